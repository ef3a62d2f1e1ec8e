import type { FundFilter, FundOrder, FundOrderField } from '@lianzhao/web-data';
import {
  choices,
  filterFromUrl,
  parseSort,
  searchField,
  type FilterField,
  type ListUrlSpec,
} from '@lianzhao/web-ui';
import { FUND_KIND_LABELS, FUND_KINDS, FUND_STATUS_LABELS, FUND_STATUSES } from '@lianzhao/domain';

/** Query-string keys of the 基金 list; kinds and statuses are comma-separated, `manager` is an organisation id. */
export const FUND_URL_KEYS = ['q', 'kind', 'status', 'manager', 'sort'] as const;
export type FundUrlKey = (typeof FUND_URL_KEYS)[number];
export type FundUrlState = Readonly<Partial<Record<FundUrlKey, string>>>;

export const FUND_SORT_FIELDS: readonly FundOrderField[] = ['NAME', 'SIZE', 'VINTAGE_DATE'];

export const FUND_FILTER_FIELDS: readonly FilterField<FundUrlKey, FundFilter>[] = [
  searchField('funds.search', 260),
  {
    kind: 'select',
    key: 'kind',
    to: 'kinds',
    multiple: true,
    ...choices(FUND_KINDS, FUND_KIND_LABELS),
    label: 'funds.kind',
    placeholder: 'funds.allKinds',
    style: { minWidth: 160 },
  },
  {
    kind: 'select',
    key: 'status',
    to: 'statuses',
    multiple: true,
    ...choices(FUND_STATUSES, FUND_STATUS_LABELS),
    label: 'funds.status',
    placeholder: 'funds.allStatuses',
    style: { minWidth: 140 },
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The API filter for what the URL says; malformed values (an edited link) are dropped, not sent.
 * The manager is picked from the server's fund managers beside the bar (no field kind of the
 * kit picks one organisation of a kind), so it is read here.
 */
export function toFundFilter(state: FundUrlState): FundFilter {
  const filter = filterFromUrl(FUND_FILTER_FIELDS, state);
  return state.manager && UUID.test(state.manager)
    ? { ...filter, managerOrganizationIds: [state.manager] }
    : filter;
}

/** `sort=SIZE.DESC` → the API order; the default order is no parameter. */
export function toFundOrder(state: FundUrlState): FundOrder | undefined {
  return parseSort(state.sort, FUND_SORT_FIELDS);
}

export const FUND_LIST: ListUrlSpec<FundUrlKey, FundFilter, FundOrder, 'table'> = {
  keys: FUND_URL_KEYS,
  toFilter: toFundFilter,
  toOrder: toFundOrder,
  view: () => 'table',
  defaultView: 'table',
};
