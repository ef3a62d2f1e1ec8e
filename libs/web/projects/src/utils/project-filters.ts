import {
  CHANNELS,
  MILESTONE_CODES,
  PROJECT_HEALTHS,
  PROJECT_TYPES,
  type Channel,
  type MilestoneCode,
  type ProjectHealth,
  type ProjectType,
} from '@lianzhao/domain';
import type { ProjectFilter, ProjectOrder, ProjectOrderField, SortDirection } from '@lianzhao/web-data';

/** Query-string keys of the 项目落地 page; lists (health, channel) are comma-separated. */
export const PROJECT_URL_KEYS = [
  'view',
  'q',
  'health',
  'next',
  'type',
  'industry',
  'segment',
  'channel',
  'org',
  'owner',
  'town',
  'park',
  'signedFrom',
  'signedTo',
  'landedFrom',
  'landedTo',
  'sort',
] as const;
export type ProjectUrlKey = (typeof PROJECT_URL_KEYS)[number];
export type ProjectUrlState = Readonly<Partial<Record<ProjectUrlKey, string>>>;

export type ProjectView = 'table' | 'gantt';

export const PROJECT_SORT_FIELDS: readonly ProjectOrderField[] = [
  'SIGNED_ON',
  'LANDED_ON',
  'CONTRACT_INVESTMENT',
  'DAYS_LATE',
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(value: string | undefined, allowed: readonly T[]): T[] | undefined {
  const items = (value ?? '')
    .split(',')
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
  return items.length ? [...new Set(items)] : undefined;
}

function one<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function date(value: string | undefined): string | undefined {
  return value && DATE.test(value) ? value : undefined;
}

export function projectView(state: ProjectUrlState): ProjectView {
  return state.view === 'gantt' ? 'gantt' : 'table';
}

/** The API filter for what the URL says; malformed values (an edited link) are dropped, not sent. */
export function toProjectFilter(state: ProjectUrlState): ProjectFilter {
  const filter: ProjectFilter = {
    search: state.q?.trim() || undefined,
    healths: list<ProjectHealth>(state.health, PROJECT_HEALTHS),
    nextMilestone: one<MilestoneCode>(state.next, MILESTONE_CODES),
    type: one<ProjectType>(state.type, PROJECT_TYPES),
    industryCode: state.industry || undefined,
    segmentCode: state.segment || undefined,
    channels: list<Channel>(state.channel, CHANNELS),
    sourceOrganizationId: state.org || undefined,
    ownerId: state.owner || undefined,
    townCode: state.town || undefined,
    park: state.park?.trim() || undefined,
    signedFrom: date(state.signedFrom),
    signedTo: date(state.signedTo),
    landedFrom: date(state.landedFrom),
    landedTo: date(state.landedTo),
  };
  // Unset keys stay out: the filter doubles as a cache and pagination key.
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as ProjectFilter;
}

/** `sort=DAYS_LATE.DESC` → the API order; the default (latest signed first) is no parameter. */
export function toProjectOrder(state: ProjectUrlState): ProjectOrder | undefined {
  const [field, direction] = (state.sort ?? '').split('.');
  if (!(PROJECT_SORT_FIELDS as readonly string[]).includes(field)) return undefined;
  if (direction !== 'ASC' && direction !== 'DESC') return undefined;
  return { field: field as ProjectOrderField, direction: direction as SortDirection };
}

export function projectSortParam(order: ProjectOrder | undefined): string | undefined {
  return order ? `${order.field}.${order.direction}` : undefined;
}

export function joinList(values: readonly string[] | undefined): string | undefined {
  return values && values.length ? values.join(',') : undefined;
}
