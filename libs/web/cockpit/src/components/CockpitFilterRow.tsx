import { DatePicker, Flex, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CHANNEL_LABELS, CHANNELS } from '@lianzhao/domain';
import type { DashboardFilter } from '@lianzhao/web-data';
import { choices, FilterBar, useT, type FilterField } from '@lianzhao/web-ui';
import type { CockpitFilters } from '../hooks/useCockpitFilters';
import {
  periodParam,
  switchPeriodKind,
  type CockpitUrlKey,
  type PeriodChoice,
} from '../utils/cockpit-filters';

const PERIOD_CHOICES: readonly PeriodChoice[] = ['MONTH', 'QUARTER', 'YEAR', 'CUSTOM'];
const PICKERS = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' } as const;

/** 产业 / 细分赛道, 镇街 and 招商渠道 (one), drawn by the shared filter bar. */
export const COCKPIT_ATTRIBUTION_FIELDS: readonly FilterField<CockpitUrlKey, DashboardFilter>[] = [
  {
    kind: 'segment',
    keys: ['industry', 'segment'],
    to: ['industryCode', 'segmentCode'],
    label: 'attribution.segment',
    placeholder: 'attribution.allIndustries',
    style: { width: 220 },
  },
  {
    kind: 'place',
    key: 'town',
    to: 'town',
    label: 'attribution.town',
    placeholder: 'attribution.allTowns',
    style: { width: 150 },
  },
  {
    kind: 'select',
    key: 'channel',
    to: 'channel',
    ...choices(CHANNELS, CHANNEL_LABELS),
    label: 'attribution.channel',
    placeholder: 'attribution.allChannels',
    style: { width: 150 },
  },
];

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export interface CockpitFilterRowProps {
  filters: CockpitFilters;
  /** Shanghai's today: the default period's anchor and the last day 截至日 may take. */
  today: string;
}

/** The page's one filter row: period (month / quarter / year / custom), 截至日, 产业 and 赛道, 镇街, 渠道. */
export function CockpitFilterRow({ filters, today }: CockpitFilterRowProps) {
  const t = useT();
  const { selection, state, update, reset } = filters;
  const anchor = selection.range?.from ?? selection.asOf ?? today;
  const future = (d: Dayjs) => day(d) > today;
  return (
    <Flex wrap gap={12} align="flex-start" className="cockpit-filters" data-testid="cockpit-filters">
      <Segmented<PeriodChoice>
        aria-label={t('cockpit.period')}
        value={selection.kind}
        onChange={(kind) => update(switchPeriodKind(kind, selection, today))}
        options={PERIOD_CHOICES.map((kind) => ({ value: kind, label: t(`cockpit.period.${kind}`) }))}
      />
      {selection.kind === 'CUSTOM' ? (
        <DatePicker.RangePicker
          aria-label={t('cockpit.periodPick')}
          placeholder={[t('cockpit.periodFrom'), t('cockpit.periodTo')]}
          allowClear={false}
          value={selection.range ? [dayjs(selection.range.from), dayjs(selection.range.to)] : null}
          onChange={(range) => {
            if (range?.[0] && range[1]) update({ period: undefined, from: day(range[0]), to: day(range[1]) });
          }}
        />
      ) : (
        <DatePicker
          aria-label={t('cockpit.periodPick')}
          picker={PICKERS[selection.kind]}
          allowClear={false}
          value={dayjs(anchor)}
          onChange={(value) => {
            if (value && selection.kind !== 'CUSTOM')
              update({ period: periodParam(selection.kind, day(value)), from: undefined, to: undefined });
          }}
        />
      )}
      <DatePicker
        aria-label={t('cockpit.asOf')}
        placeholder={t('cockpit.asOfToday')}
        disabledDate={future}
        value={selection.asOf ? dayjs(selection.asOf) : null}
        onChange={(value) => update({ asOf: value ? day(value) : undefined })}
      />
      <FilterBar
        fields={COCKPIT_ATTRIBUTION_FIELDS}
        state={state}
        onChange={update}
        onReset={reset}
        style={{}}
      />
    </Flex>
  );
}
