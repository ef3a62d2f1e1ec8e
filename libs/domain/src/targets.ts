import type { LocalizedLabel } from './labels';
import { compareDecimals, divideDecimals, multiplyDecimals, normalizeDecimal } from './money';

/**
 * The district's yearly targets (DOMAIN.md, "Targets for 2027") as a catalogue of metrics. The
 * catalogue is code: each metric says how its actual is found (computed from the office's own
 * records, or entered by an admin from the statistics bureau's figures), its unit and how its
 * actuals add up over time. The target values themselves are data (the targets table), seeded with
 * the 2027 figures below and edited by an admin per year.
 */

export const TARGET_METRICS = [
  'INDUSTRIAL_OUTPUT',
  'LEADING_INDUSTRY_OUTPUT',
  'SPECIALIZED_ENTERPRISES',
  'STRATEGIC_EMERGING_SHARE',
  'HIGH_TECH_ENTERPRISES',
  'CHAMPION_ENTERPRISES',
  'INDUSTRIAL_LANDMARKS',
  'INNOVATION_PLATFORMS',
  'APPLICATION_SCENARIOS',
  'TECH_CONTRACT_VALUE',
  'SMART_FACTORIES',
  'GREEN_FACTORIES',
  'MANUFACTURING_LAND',
  'ACADEMICIAN_WORKSTATIONS',
  'TECH_TALENTS',
  'FUND_LEVERAGE',
  'SCI_TECH_INVESTMENTS',
  'FOREIGN_TRADE',
  'LEADING_INDUSTRY_INVESTMENT_LANDED',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** The unit a metric is shown and entered in. Money metrics are kept in 万元 and shown in 亿元. */
export const TARGET_UNITS = ['YI_YUAN', 'JIA', 'GE', 'MU', 'PERCENT'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];
export const TARGET_UNIT_LABELS: Readonly<Record<TargetUnit, LocalizedLabel>> = {
  YI_YUAN: { zh: '亿元', en: '×100M CNY' },
  JIA: { zh: '家', en: 'enterprises' },
  GE: { zh: '个', en: 'items' },
  MU: { zh: '亩', en: 'mu' },
  PERCENT: { zh: '%', en: '%' },
};

/** How the target reads: 「> 2600 家」, 「≥ 30 个」, or a plain 「3600 亿元」 (reach it). */
export const TARGET_COMPARATORS = ['GT', 'GTE', 'EQ'] as const;
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];
export const TARGET_COMPARATOR_LABELS: Readonly<Record<TargetComparator, LocalizedLabel>> = {
  GT: { zh: '>', en: '>' },
  GTE: { zh: '≥', en: '≥' },
  EQ: { zh: '=', en: '=' },
};

/**
 * PER_YEAR: a figure of the year alone (the year's output, land secured in the year); the actual
 * starts again at zero each January. CUMULATIVE: a stock or a running total (enterprises holding a
 * title, new ones since the plan began, the funds' leverage); last year's figure carries on.
 */
export const TARGET_ACCUMULATIONS = ['PER_YEAR', 'CUMULATIVE'] as const;
export type TargetAccumulation = (typeof TARGET_ACCUMULATIONS)[number];
export const TARGET_ACCUMULATION_LABELS: Readonly<Record<TargetAccumulation, LocalizedLabel>> = {
  PER_YEAR: { zh: '年度', en: 'Per year' },
  CUMULATIVE: { zh: '累计', en: 'Cumulative' },
};

/** COMPUTED from the office's records; ENTERED by an admin (figures the office cannot know). */
export const TARGET_SOURCES = ['COMPUTED', 'ENTERED'] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];
export const TARGET_SOURCE_LABELS: Readonly<Record<TargetSource, LocalizedLabel>> = {
  COMPUTED: { zh: '系统计算', en: 'Computed' },
  ENTERED: { zh: '人工填报', en: 'Entered' },
};

export interface TargetMetricDefinition {
  readonly code: TargetMetric;
  readonly label: LocalizedLabel;
  readonly unit: TargetUnit;
  readonly comparator: TargetComparator;
  readonly accumulation: TargetAccumulation;
  readonly source: TargetSource;
  /** The 2027 target in the metric's unit (DOMAIN.md), null where the table sets none. */
  readonly target2027: string | null;
}

function metric(
  code: TargetMetric,
  zh: string,
  en: string,
  unit: TargetUnit,
  comparator: TargetComparator,
  accumulation: TargetAccumulation,
  source: TargetSource,
  target2027: string | null,
): TargetMetricDefinition {
  return { code, label: { zh, en }, unit, comparator, accumulation, source, target2027 };
}

/** The catalogue, in the order of the DOMAIN.md table (the cockpit shows them in this order). */
export const TARGET_METRIC_DEFINITIONS: readonly TargetMetricDefinition[] = [
  metric(
    'INDUSTRIAL_OUTPUT',
    '规上工业产值',
    'Industrial output above designated size',
    'YI_YUAN',
    'EQ',
    'PER_YEAR',
    'ENTERED',
    '3600',
  ),
  metric(
    'LEADING_INDUSTRY_OUTPUT',
    '四大主导产业产值',
    'Output of the four leading industries',
    'YI_YUAN',
    'EQ',
    'PER_YEAR',
    'ENTERED',
    '2500',
  ),
  metric(
    'SPECIALIZED_ENTERPRISES',
    '专精特新企业',
    'Specialised and innovative enterprises',
    'JIA',
    'EQ',
    'CUMULATIVE',
    'ENTERED',
    '1500',
  ),
  metric(
    'STRATEGIC_EMERGING_SHARE',
    '战略性新兴产业占比',
    'Share of strategic emerging industries',
    'PERCENT',
    'EQ',
    'PER_YEAR',
    'ENTERED',
    '50',
  ),
  metric(
    'HIGH_TECH_ENTERPRISES',
    '国家高新技术企业',
    'National high-tech enterprises',
    'JIA',
    'GT',
    'CUMULATIVE',
    'ENTERED',
    '2600',
  ),
  metric(
    'CHAMPION_ENTERPRISES',
    '单项冠军、独角兽、科创上市企业（新增）',
    'New champions, unicorns and STAR listings',
    'JIA',
    'EQ',
    'CUMULATIVE',
    'ENTERED',
    '10',
  ),
  metric(
    'INDUSTRIAL_LANDMARKS',
    '新增产业地标',
    'New industrial landmarks',
    'GE',
    'EQ',
    'CUMULATIVE',
    'ENTERED',
    '5',
  ),
  metric(
    'INNOVATION_PLATFORMS',
    '市级及以上创新创业平台',
    'Municipal-level innovation platforms',
    'JIA',
    'EQ',
    'CUMULATIVE',
    'ENTERED',
    '30',
  ),
  metric(
    'APPLICATION_SCENARIOS',
    '新技术应用场景',
    'New technology application scenarios',
    'GE',
    'GTE',
    'PER_YEAR',
    'ENTERED',
    '30',
  ),
  metric(
    'TECH_CONTRACT_VALUE',
    '技术合同成交额',
    'Technology contract turnover',
    'YI_YUAN',
    'GT',
    'PER_YEAR',
    'ENTERED',
    '100',
  ),
  metric(
    'SMART_FACTORIES',
    '新增市级智能工厂',
    'New municipal smart factories',
    'JIA',
    'EQ',
    'CUMULATIVE',
    'ENTERED',
    '20',
  ),
  metric('GREEN_FACTORIES', '绿色工厂', 'Green factories', 'JIA', 'EQ', 'CUMULATIVE', 'ENTERED', '30'),
  metric(
    'MANUFACTURING_LAND',
    '制造业用地新增和消化',
    'Manufacturing land secured',
    'MU',
    'EQ',
    'PER_YEAR',
    'COMPUTED',
    '2000',
  ),
  metric(
    'ACADEMICIAN_WORKSTATIONS',
    '院士（专家）工作站（新增）',
    'New academician workstations',
    'JIA',
    'EQ',
    'CUMULATIVE',
    'ENTERED',
    '20',
  ),
  metric(
    'TECH_TALENTS',
    '科技领军/青年科技人才（新增）',
    'New leading and young tech talents',
    'GE',
    'GTE',
    'CUMULATIVE',
    'ENTERED',
    '400',
  ),
  metric(
    'FUND_LEVERAGE',
    '政府引导基金撬动规模',
    'Capital mobilised by government funds',
    'YI_YUAN',
    'GT',
    'CUMULATIVE',
    'COMPUTED',
    '300',
  ),
  metric(
    'SCI_TECH_INVESTMENTS',
    '投资科创项目',
    'Sci-tech projects invested',
    'GE',
    'GT',
    'CUMULATIVE',
    'COMPUTED',
    '100',
  ),
  metric(
    'FOREIGN_TRADE',
    '外贸进出口总额',
    'Foreign trade volume',
    'YI_YUAN',
    'EQ',
    'PER_YEAR',
    'ENTERED',
    '1500',
  ),
  metric(
    'LEADING_INDUSTRY_INVESTMENT_LANDED',
    '四大主导产业落地投资',
    'Investment landed in the four leading industries',
    'YI_YUAN',
    'EQ',
    'PER_YEAR',
    'COMPUTED',
    null,
  ),
];

const BY_CODE = new Map(TARGET_METRIC_DEFINITIONS.map((d) => [d.code, d]));

export function targetMetricDefinition(code: TargetMetric): TargetMetricDefinition {
  const found = BY_CODE.get(code);
  if (!found) throw new RangeError(`Unknown target metric: ${code}`);
  return found;
}

export function isTargetMetric(value: unknown): value is TargetMetric {
  return typeof value === 'string' && BY_CODE.has(value as TargetMetric);
}

export const TARGET_METRIC_LABELS: Readonly<Record<TargetMetric, LocalizedLabel>> = Object.fromEntries(
  TARGET_METRIC_DEFINITIONS.map((d) => [d.code, d.label]),
) as Record<TargetMetric, LocalizedLabel>;

/** The first year the plan's targets count from: CUMULATIVE 「新增」 metrics start here. */
export const TARGET_PLAN_START_YEAR = 2025;

// Values: money is stored in 万元 (numeric(18,4), as every amount of the system) and shown in 亿元,
// so a conversion only moves the decimal point by four places and stays exact. Other units are
// stored as they are shown.

/** Decimals a value may carry in its unit: 亿元 to 0.0001 万元 (one yuan), others to two places. */
export function targetValueDecimals(unit: TargetUnit): number {
  return unit === 'YI_YUAN' ? 8 : 2;
}

/** A value in the metric's unit as stored: 亿元 → 万元, others unchanged. Exact. */
export function targetValueToStored(unit: TargetUnit, value: string): string {
  return unit === 'YI_YUAN' ? multiplyDecimals(value, '10000') : normalizeDecimal(value);
}

/** A stored value in the metric's unit: 万元 → 亿元, others unchanged. Exact. */
export function targetValueFromStored(unit: TargetUnit, stored: string): string {
  return unit === 'YI_YUAN' ? multiplyDecimals(stored, '0.0001') : normalizeDecimal(stored);
}

/**
 * Why a typed value cannot be a target or an actual in `unit` (null when it can): a non-negative
 * decimal with the unit's places that fits the numeric(18,4) column once stored, and a share of at
 * most 100%.
 */
export function targetValueProblem(unit: TargetUnit, value: string): string | null {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return '请输入数字';
  if (value.startsWith('-')) return '不能为负数';
  const decimals = targetValueDecimals(unit);
  const frac = value.split('.')[1] ?? '';
  if (frac.replace(/0+$/, '').length > decimals) return `最多保留 ${decimals} 位小数`;
  if (unit === 'PERCENT' && compareDecimals(value, '100') > 0) return '占比不能超过 100%';
  const stored = targetValueToStored(unit, value);
  if (stored.split('.')[0].length > 14) return '数值过大';
  return null;
}

/** actual ÷ target to four places (0.5 = 50%), null without a positive target. */
export function targetShare(actual: string | null, target: string | null): string | null {
  if (actual === null || target === null || compareDecimals(target, '0') <= 0) return null;
  return divideDecimals(actual, target, 4);
}

/** Whether the actual meets the target as the comparator reads (a plain target: reached). */
export function targetMet(
  comparator: TargetComparator,
  actual: string | null,
  target: string | null,
): boolean | null {
  if (actual === null || target === null) return null;
  const order = compareDecimals(actual, target);
  return comparator === 'GT' ? order > 0 : order >= 0;
}

/** An entered actual as the progress reads it: the figure as it stood at the end of `periodEnd`. */
export interface TargetActualEntry {
  readonly periodEnd: string;
  readonly value: string;
  /** When it was entered (ISO timestamp): of two entries for one day, the later one corrects the earlier. */
  readonly enteredAt: string;
}

/**
 * The entered actual that stands at the end of `day` for `year`: statistics are published as
 * year-to-date (累计) figures, so the latest entry wins rather than a sum. A PER_YEAR metric only
 * reads entries of that year; a CUMULATIVE one carries the last earlier figure on. Entries are
 * those known at the time (the caller leaves out ones entered later).
 */
export function standingActual<E extends TargetActualEntry>(
  accumulation: TargetAccumulation,
  year: number,
  day: string,
  entries: readonly E[],
): E | null {
  const from = accumulation === 'PER_YEAR' ? `${year}-01-01` : '0001-01-01';
  let best: E | null = null;
  for (const e of entries) {
    if (e.periodEnd < from || e.periodEnd > day) continue;
    if (
      !best ||
      e.periodEnd > best.periodEnd ||
      (e.periodEnd === best.periodEnd && e.enteredAt > best.enteredAt)
    ) {
      best = e;
    }
  }
  return best;
}
