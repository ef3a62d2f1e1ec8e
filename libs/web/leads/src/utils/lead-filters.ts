import { LEAD_GRADES, LEAD_STAGE_LABELS, LEAD_STAGES, type LeadStage } from '@lianzhao/domain';
import type { LeadFilter, LeadOrder, LeadOrderField } from '@lianzhao/web-data';
import {
  attributionFields,
  filterFromUrl,
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
  {
    kind: 'text',
    key: 'q',
    to: 'search',
    label: 'common.search',
    placeholder: 'leads.search',
    enterButton: true,
    maxLength: 50,
    style: { width: 300 },
  },
  {
    kind: 'select',
    key: 'stage',
    to: 'stages',
    multiple: true,
    values: BOARD_STAGES,
    allowed: LEAD_STAGES,
    optionLabel: (s) => LEAD_STAGE_LABELS[s as LeadStage],
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
    kind: 'dateRange',
    keys: ['from', 'to'],
    to: ['createdFrom', 'createdTo'],
    label: 'leads.createdRange',
    placeholders: ['leads.createdFrom', 'leads.createdTo'],
  },
  {
    kind: 'dateRange',
    keys: ['signFrom', 'signTo'],
    to: ['expectedSigningFrom', 'expectedSigningTo'],
    label: 'leads.expectedSigningOn',
    placeholders: ['leads.signingFrom', 'leads.signingTo'],
    more: true,
  },
  {
    kind: 'amountRange',
    keys: ['invMin', 'invMax'],
    to: ['investmentMin', 'investmentMax'],
    unit: 'money',
    label: 'leads.plannedInvestmentWan',
    more: true,
  },
  {
    kind: 'amountRange',
    keys: ['outMin', 'outMax'],
    to: ['outputMin', 'outputMax'],
    unit: 'money',
    label: 'leads.expectedOutputWan',
    more: true,
  },
  {
    kind: 'amountRange',
    keys: ['landMin', 'landMax'],
    to: ['landMin', 'landMax'],
    unit: 'area',
    label: 'leads.landNeedMu',
    more: true,
  },
  {
    kind: 'amountRange',
    keys: ['spaceMin', 'spaceMax'],
    to: ['spaceMin', 'spaceMax'],
    unit: 'area',
    label: 'leads.spaceNeedM2',
    more: true,
  },
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
