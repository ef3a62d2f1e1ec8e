import {
  CHANNELS,
  LEAD_GRADES,
  LEAD_STAGES,
  parseWanYuan,
  type Channel,
  type LeadGrade,
  type LeadStage,
} from '@lianzhao/domain';
import type { LeadFilter, LeadOrder, LeadOrderField, SortDirection } from '@lianzhao/web-data';

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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(value: string | undefined, allowed: readonly T[]): T[] | undefined {
  const items = (value ?? '')
    .split(',')
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
  return items.length ? [...new Set(items)] : undefined;
}

function date(value: string | undefined): string | undefined {
  return value && DATE.test(value) ? value : undefined;
}

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
    stages: list<LeadStage>(state.stage, LEAD_STAGES),
    industryCode: state.industry || undefined,
    segmentCode: state.segment || undefined,
    channels: list<Channel>(state.channel, CHANNELS),
    sourceOrganizationId: state.org || undefined,
    ownerId: state.owner || undefined,
    townCode: state.town || undefined,
    grades: list<LeadGrade>(state.grade, LEAD_GRADES),
    createdFrom: date(state.from),
    createdTo: date(state.to),
    investmentMin: amount(state.invMin),
    investmentMax: amount(state.invMax),
  };
  // Leave unset keys out entirely: the filter doubles as a cache and pagination key.
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as LeadFilter;
}

/** `sort=PLANNED_INVESTMENT.ASC` → the API order; the default (newest first) is no parameter. */
export function toLeadOrder(state: LeadUrlState): LeadOrder | undefined {
  const [field, direction] = (state.sort ?? '').split('.');
  if (!(SORT_FIELDS as readonly string[]).includes(field)) return undefined;
  if (direction !== 'ASC' && direction !== 'DESC') return undefined;
  return { field: field as LeadOrderField, direction: direction as SortDirection };
}

export function sortParam(order: LeadOrder | undefined): string | undefined {
  return order ? `${order.field}.${order.direction}` : undefined;
}

/** A list filter as it goes into the URL. */
export function joinList(values: readonly string[] | undefined): string | undefined {
  return values && values.length ? values.join(',') : undefined;
}
