import { Descriptions, type DescriptionsProps } from 'antd';
import type { FundDetailFragment, ReinvestmentProgressFieldsFragment } from '@lianzhao/web-data';
import { dateText, useI18n, useReferenceOptions, type Translate } from '@lianzhao/web-ui';
import { moneyGroup } from '../utils/money';
import { FUND_KIND_LABELS } from '@lianzhao/domain';
import { FundStatusTag } from './FundTags';

/** 关键指标: kind, manager, size and contribution (万元/亿元), leverage, 返投 figures, vintage, term, focus. */
export function FundFacts({ fund: f }: { fund: FundDetailFragment }) {
  const { t, label, pick, locale } = useI18n();
  const { industries } = useReferenceOptions();
  const segments = new Map(industries.flatMap((i) => i.segments.map((s) => [s.code, pick(s)] as const)));
  const r = f.reinvestment;
  const money = moneyGroup(
    [f.size, f.governmentContribution, r.obligation, r.counted, r.pending, r.pipeline, r.gap],
    locale,
  );
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 4 }}
      data-testid="fund-facts"
      items={[
        { key: 'kind', label: t('funds.kind'), children: label(FUND_KIND_LABELS[f.kind]) },
        { key: 'manager', label: t('funds.manager'), children: f.manager.name },
        { key: 'status', label: t('funds.status'), children: <FundStatusTag status={f.status} /> },
        { key: 'vintage', label: t('funds.vintageDate'), children: dateText(f.vintageDate) },
        { key: 'size', label: t('funds.size'), children: money(f.size) },
        {
          key: 'contribution',
          label: t('funds.governmentContribution'),
          children: money(f.governmentContribution),
        },
        {
          key: 'leverage',
          label: t('funds.leverage'),
          children: f.leverage ? t('funds.leverageValue', { value: f.leverage }) : '—',
        },
        {
          key: 'term',
          label: t('funds.termYears'),
          children: f.termYears !== null ? t('funds.termValue', { years: f.termYears }) : '—',
        },
        ...reinvestmentItems(r, money, t),
        {
          key: 'focus',
          label: t('funds.focus'),
          span: 'filled',
          children: f.focusSegmentCodes.length
            ? f.focusSegmentCodes.map((code) => segments.get(code) ?? code).join('、')
            : '—',
        },
      ]}
    />
  );
}

/**
 * A fund's 返投 figures as Descriptions items, so the office's fund page and the manager's portal
 * show them alike (the portal leaves out the pipeline, which is the office's to track).
 */
export function reinvestmentItems(
  r: ReinvestmentProgressFieldsFragment,
  money: (value: string | null | undefined) => string,
  t: Translate,
  { pipeline = true }: { pipeline?: boolean } = {},
): NonNullable<DescriptionsProps['items']> {
  const figure = (key: 'obligation' | 'counted' | 'pending' | 'pipeline', value: string) => ({
    key,
    label: t(`funds.${key}`),
    children: <span data-testid={`figure-${key}`}>{money(value)}</span>,
  });
  return [
    figure('obligation', r.obligation),
    figure('counted', r.counted),
    figure('pending', r.pending),
    ...(pipeline ? [figure('pipeline', r.pipeline)] : []),
    {
      key: 'gap',
      label: t('funds.gap'),
      children: (
        <span data-testid="figure-gap">{r.gap === null ? t('funds.noObligation') : money(r.gap)}</span>
      ),
    },
  ];
}
