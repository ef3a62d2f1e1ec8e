import {
  areaProblem,
  CHANNELS,
  compareDecimals,
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

/** A 万元 amount as the API takes it (canonical), or undefined when the link's text is not one. */
export function urlAmount(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parsed = parseWanYuan(value);
  return parsed.ok ? parsed.value : undefined;
}

/** Land (亩) or space (m²): an amount that also fits the area columns, as the server checks it. */
export function urlArea(value: string | undefined): string | undefined {
  const canonical = urlAmount(value);
  return canonical !== undefined && areaProblem(canonical) === null ? canonical : undefined;
}

/**
 * A range read from a link: an upper bound below the lower one would be refused by the server,
 * so such a range is dropped as a whole, like any other malformed parameter.
 */
function range<T>(
  low: T | undefined,
  high: T | undefined,
  compare: (a: T, b: T) => number,
): [T | undefined, T | undefined] {
  return low !== undefined && high !== undefined && compare(low, high) > 0
    ? [undefined, undefined]
    : [low, high];
}

const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The URL keys of the filters behind 更多筛选, to show how many of them are set. */
export const MORE_FILTER_KEYS = [
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
] as const satisfies readonly LeadUrlKey[];

export function leadView(state: LeadUrlState): LeadView {
  return state.view === 'table' ? 'table' : 'board';
}

/**
 * The API filter for what the URL says. Anything malformed (a hand-edited link, an old
 * bookmark) is dropped rather than sent, so a bad link shows more leads instead of an error.
 */
export function toLeadFilter(state: LeadUrlState): LeadFilter {
  const [createdFrom, createdTo] = range(urlDate(state.from), urlDate(state.to), compareDates);
  const [expectedSigningFrom, expectedSigningTo] = range(
    urlDate(state.signFrom),
    urlDate(state.signTo),
    compareDates,
  );
  const [investmentMin, investmentMax] = range(
    urlAmount(state.invMin),
    urlAmount(state.invMax),
    compareDecimals,
  );
  const [outputMin, outputMax] = range(urlAmount(state.outMin), urlAmount(state.outMax), compareDecimals);
  const [landMin, landMax] = range(urlArea(state.landMin), urlArea(state.landMax), compareDecimals);
  const [spaceMin, spaceMax] = range(urlArea(state.spaceMin), urlArea(state.spaceMax), compareDecimals);
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
    createdFrom,
    createdTo,
    expectedSigningFrom,
    expectedSigningTo,
    investmentMin,
    investmentMax,
    outputMin,
    outputMax,
    landMin,
    landMax,
    spaceMin,
    spaceMax,
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
