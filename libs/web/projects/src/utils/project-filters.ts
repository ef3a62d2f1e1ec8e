import { PROJECT_HEALTH_LABELS, PROJECT_HEALTHS, PROJECT_TYPE_LABELS, PROJECT_TYPES } from '@lianzhao/domain';
import type { ProjectFilter, ProjectOrder, ProjectOrderField } from '@lianzhao/web-data';
import {
  attributionFields,
  choices,
  dateRangeField,
  filterFromUrl,
  searchField,
  parseSort,
  type FilterField,
  type ListUrlSpec,
} from '@lianzhao/web-ui';

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

/** Every filter of the 项目落地 page, shared by list and Gantt; the attribution ones as on the pipeline. */
export const PROJECT_FILTER_FIELDS: readonly FilterField<ProjectUrlKey, ProjectFilter>[] = [
  searchField('projects.search', 280),
  {
    kind: 'select',
    key: 'health',
    to: 'healths',
    multiple: true,
    ...choices(PROJECT_HEALTHS, PROJECT_HEALTH_LABELS),
    label: 'projects.health',
    placeholder: 'projects.allHealths',
    style: { minWidth: 150 },
  },
  {
    // By the names admins keep (节点模板 → 改名), as the table's 下一节点 column shows them.
    kind: 'milestone',
    key: 'next',
    to: 'nextMilestone',
    label: 'projects.nextMilestone',
    placeholder: 'projects.allNext',
    style: { width: 150 },
  },
  {
    kind: 'select',
    key: 'type',
    to: 'type',
    ...choices(PROJECT_TYPES, PROJECT_TYPE_LABELS),
    label: 'projects.type',
    placeholder: 'projects.allTypes',
    style: { width: 120 },
  },
  ...attributionFields<ProjectUrlKey, ProjectFilter>(),
  {
    kind: 'park',
    key: 'park',
    to: 'parkCode',
    label: 'projects.park',
    placeholder: 'projects.park',
    style: { width: 160 },
  },
  dateRangeField(['signedFrom', 'signedTo'], ['signedFrom', 'signedTo'], 'projects.signedRange', [
    'projects.signedFrom',
    'projects.signedTo',
  ]),
  dateRangeField(['landedFrom', 'landedTo'], ['landedFrom', 'landedTo'], 'projects.landedRange', [
    'projects.landedFrom',
    'projects.landedTo',
  ]),
];

/** The API filter for what the URL says; malformed values (an edited link) are dropped, not sent. */
export function toProjectFilter(state: ProjectUrlState): ProjectFilter {
  return filterFromUrl(PROJECT_FILTER_FIELDS, state);
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
