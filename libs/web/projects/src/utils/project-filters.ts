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
import type { ProjectFilter, ProjectOrder, ProjectOrderField } from '@lianzhao/web-data';
import { parseSort, urlDate, urlList, urlOne, withoutUnset, type ListUrlSpec } from '@lianzhao/web-ui';

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

export function projectView(state: ProjectUrlState): ProjectView {
  return state.view === 'gantt' ? 'gantt' : 'table';
}

/** The API filter for what the URL says; malformed values (an edited link) are dropped, not sent. */
export function toProjectFilter(state: ProjectUrlState): ProjectFilter {
  const filter: ProjectFilter = {
    search: state.q?.trim() || undefined,
    healths: urlList<ProjectHealth>(state.health, PROJECT_HEALTHS),
    nextMilestone: urlOne<MilestoneCode>(state.next, MILESTONE_CODES),
    type: urlOne<ProjectType>(state.type, PROJECT_TYPES),
    industryCode: state.industry || undefined,
    segmentCode: state.segment || undefined,
    channels: urlList<Channel>(state.channel, CHANNELS),
    sourceOrganizationId: state.org || undefined,
    ownerId: state.owner || undefined,
    townCode: state.town || undefined,
    park: state.park?.trim() || undefined,
    signedFrom: urlDate(state.signedFrom),
    signedTo: urlDate(state.signedTo),
    landedFrom: urlDate(state.landedFrom),
    landedTo: urlDate(state.landedTo),
  };
  return withoutUnset(filter);
}

/** `sort=DAYS_LATE.DESC` → the API order; the default (latest signed first) is no parameter. */
export function toProjectOrder(state: ProjectUrlState): ProjectOrder | undefined {
  return parseSort(state.sort, PROJECT_SORT_FIELDS);
}

export const PROJECT_LIST: ListUrlSpec<ProjectUrlKey, ProjectFilter, ProjectOrder, ProjectView> = {
  keys: PROJECT_URL_KEYS,
  toFilter: toProjectFilter,
  toOrder: toProjectOrder,
  view: projectView,
  defaultView: 'table',
};
