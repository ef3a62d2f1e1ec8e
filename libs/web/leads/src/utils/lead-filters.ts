import {
  CHANNELS,
  LEAD_GRADES,
  LEAD_STAGES,
  parseWanYuan,
  type Channel,
  type LeadGrade,
  type LeadStage,
} from '@lianzhao/domain';
import type { LeadFilter, LeadOrder, LeadOrderField } from '@lianzhao/web-data';
import { parseSort, urlDate, urlList, withoutUnset, type ListUrlSpec } from '@lianzhao/web-ui';

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
  'invMin',
  'invMax',
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

function amount(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parsed = parseWanYuan(value);
  return parsed.ok ? parsed.value : undefined;
}

export function leadView(state: LeadUrlState): LeadView {
  return state.view === 'table' ? 'table' : 'board';
}

/**
 * The API filter for what the URL says. Anything malformed (a hand-edited link, an old
 * bookmark) is dropped rather than sent, so a bad link shows more leads instead of an error.
 */
export function toLeadFilter(state: LeadUrlState): LeadFilter {
  const filter: LeadFilter = {
    search: state.q?.trim() || undefined,
    stages: urlList<LeadStage>(state.stage, LEAD_STAGES),
    industryCode: state.industry || undefined,
    segmentCode: state.segment || undefined,
    channels: urlList<Channel>(state.channel, CHANNELS),
    sourceOrganizationId: state.org || undefined,
    ownerId: state.owner || undefined,
    townCode: state.town || undefined,
    grades: urlList<LeadGrade>(state.grade, LEAD_GRADES),
    createdFrom: urlDate(state.from),
    createdTo: urlDate(state.to),
    investmentMin: amount(state.invMin),
    investmentMax: amount(state.invMax),
  };
  return withoutUnset(filter);
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
