import { LEAD_GRADES, LEAD_STAGE_LABELS, LEAD_STAGES, LEAD_TAG_GROUPS } from '@lianzhao/domain';
import type { LeadFilter, LeadOrder, LeadOrderField } from '@lianzhao/web-data';
import {
  amountRangeField,
  attributionFields,
  choices,
  dateRangeField,
  filterFromUrl,
  searchField,
  parseSort,
  type FilterField,
  type ListUrlSpec,
} from '@lianzhao/web-ui';
import { BOARD_STAGES } from './board';

/**
 * Query-string keys of the pipeline page. Short, because people paste these links into chats;
 * lists (stage, channel, grade) are comma-separated.
 */
export const LEAD_URL_KEYS = [
  'view',
  'q',
  'stage',
  'industry',
  'segment',
  'channel',
  'org',
  'owner',
  'town',
  'grade',
  'tags',
  'from',
  'to',
  'signFrom',
  'signTo',
  'invMin',
  'invMax',
  'outMin',
  'outMax',
  'landMin',
  'landMax',
  'spaceMin',
  'spaceMax',
  'sort',
] as const;
export type LeadUrlKey = (typeof LEAD_URL_KEYS)[number];
export type LeadUrlState = Readonly<Partial<Record<LeadUrlKey, string>>>;

export type LeadView = 'board' | 'table';

export const SORT_FIELDS: readonly LeadOrderField[] = [
  'CREATED_AT',
  'PLANNED_INVESTMENT',
  'EXPECTED_SIGNING_ON',
];

/** The pipeline's filters, shared by board and table; the signing date and amounts sit behind 更多筛选. */
export const LEAD_FILTER_FIELDS: readonly FilterField<LeadUrlKey, LeadFilter>[] = [
  searchField('leads.search', 300),
  {
    kind: 'select',
    key: 'stage',
    to: 'stages',
    multiple: true,
    ...choices(BOARD_STAGES, LEAD_STAGE_LABELS),
    allowed: LEAD_STAGES,
    label: 'leads.stage',
    placeholder: 'leads.allStages',
    maxTagCount: 2,
    style: { minWidth: 160 },
  },
  ...attributionFields<LeadUrlKey, LeadFilter>(),
  {
    kind: 'select',
    key: 'grade',
    to: 'grades',
    multiple: true,
    values: LEAD_GRADES,
    label: 'leads.grade',
    placeholder: 'leads.allGrades',
    style: { minWidth: 120 },
  },
  {
    kind: 'tags',
    key: 'tags',
    to: 'tagCodes',
    groups: LEAD_TAG_GROUPS,
    label: 'leads.tags',
    placeholder: 'leads.allTags',
    style: { minWidth: 160 },
  },
  dateRangeField(['from', 'to'], ['createdFrom', 'createdTo'], 'leads.createdRange', [
    'leads.createdFrom',
    'leads.createdTo',
  ]),
  dateRangeField(
    ['signFrom', 'signTo'],
    ['expectedSigningFrom', 'expectedSigningTo'],
    'leads.expectedSigningOn',
    ['leads.signingFrom', 'leads.signingTo'],
    true,
  ),
  amountRangeField(
    ['invMin', 'invMax'],
    ['investmentMin', 'investmentMax'],
    'money',
    'leads.plannedInvestmentWan',
  ),
  amountRangeField(['outMin', 'outMax'], ['outputMin', 'outputMax'], 'money', 'leads.expectedOutputWan'),
  amountRangeField(['landMin', 'landMax'], ['landMin', 'landMax'], 'area', 'leads.landNeedMu'),
  amountRangeField(['spaceMin', 'spaceMax'], ['spaceMin', 'spaceMax'], 'area', 'leads.spaceNeedM2'),
];

export function leadView(state: LeadUrlState): LeadView {
  return state.view === 'table' ? 'table' : 'board';
}

/**
 * The API filter for what the URL says. Anything malformed (a hand-edited link, an old
 * bookmark) is dropped rather than sent, so a bad link shows more leads instead of an error.
 */
export function toLeadFilter(state: LeadUrlState): LeadFilter {
  return filterFromUrl(LEAD_FILTER_FIELDS, state);
}

/** `sort=PLANNED_INVESTMENT.ASC` → the API order; the default (newest first) is no parameter. */
export function toLeadOrder(state: LeadUrlState): LeadOrder | undefined {
  return parseSort(state.sort, SORT_FIELDS);
}

export const LEAD_LIST: ListUrlSpec<LeadUrlKey, LeadFilter, LeadOrder, LeadView> = {
  keys: LEAD_URL_KEYS,
  toFilter: toLeadFilter,
  toOrder: toLeadOrder,
  view: leadView,
  defaultView: 'board',
};
