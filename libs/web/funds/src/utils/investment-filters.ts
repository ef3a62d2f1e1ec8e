import {
  INVESTMENT_RECOGNITION_LABELS,
  INVESTMENT_RECOGNITIONS,
  INVESTMENT_STAGE_LABELS,
  INVESTMENT_STAGES,
} from '@lianzhao/domain';
import type { InvestmentFilter } from '@lianzhao/web-data';
import { choices, dateRangeField, filterFromUrl, type FilterField } from '@lianzhao/web-ui';

/** Query-string keys of 基金投资 (all funds' investments); lists are comma-separated, `fund` is a fund id. */
export const INVESTMENT_URL_KEYS = ['fund', 'stage', 'recognition', 'from', 'to'] as const;
export type InvestmentUrlKey = (typeof INVESTMENT_URL_KEYS)[number];
export type InvestmentUrlState = Readonly<Partial<Record<InvestmentUrlKey, string>>>;

export const INVESTMENT_FILTER_FIELDS: readonly FilterField<InvestmentUrlKey, InvestmentFilter>[] = [
  {
    kind: 'select',
    key: 'stage',
    to: 'stages',
    multiple: true,
    ...choices(INVESTMENT_STAGES, INVESTMENT_STAGE_LABELS),
    label: 'funds.stage',
    placeholder: 'funds.allStages',
    style: { minWidth: 150 },
  },
  {
    kind: 'select',
    key: 'recognition',
    to: 'recognition',
    multiple: true,
    ...choices(INVESTMENT_RECOGNITIONS, INVESTMENT_RECOGNITION_LABELS),
    label: 'funds.recognition',
    placeholder: 'funds.allRecognitions',
    style: { minWidth: 160 },
  },
  dateRangeField(['from', 'to'], ['dateFrom', 'dateTo'], 'funds.investedOn', [
    'funds.investedFrom',
    'funds.investedTo',
  ]),
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The API filter for what the URL says; malformed values are dropped. The fund is picked with the
 * shared fund search beside the bar (the kit has no field kind for one fund), so it is read here.
 */
export function toInvestmentFilter(state: InvestmentUrlState): InvestmentFilter {
  const filter = filterFromUrl(INVESTMENT_FILTER_FIELDS, state);
  return state.fund && UUID.test(state.fund) ? { ...filter, fundIds: [state.fund] } : filter;
}
