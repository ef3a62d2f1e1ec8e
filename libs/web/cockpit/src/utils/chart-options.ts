import type { EChartsCoreOption } from 'echarts/core';
import { amountScale, figureHref, type DrillableFigure } from './figures';

/** A figure a chart plots: a count (a number) or a 万元 amount (a decimal string), with its drill. */
export interface PlottedFigure extends DrillableFigure {
  value: number | string;
}

export interface ChartSeries {
  name: string;
  type: 'bar' | 'line';
  /** One per category; null where the group has no such figure. */
  figures: readonly (PlottedFigure | null)[];
  /** 万元 amounts, plotted in 万元 or 亿元 on the second axis. */
  amount?: boolean;
  stack?: string;
  color?: string;
}

export interface FigureChartSpec {
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Bars along the y axis (long names: partners, parks, towns). */
  horizontal?: boolean;
  /** The money axis's name, e.g. 亿元 (given in the page's language). */
  amountUnit?: (unit: 'WAN' | 'YI') => string;
}

/** The bar colours; the e2e test finds a bar by its fill (the SVG renderer writes it as given). */
export const CHART_COLORS = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#eb2f96', '#13c2c2'];

/** The value a figure plots: counts as they are, amounts in the chart's money unit. */
function plotted(figure: PlottedFigure | null, toNumber: (v: string) => number): number | null {
  if (!figure) return null;
  return typeof figure.value === 'number' ? figure.value : toNumber(figure.value);
}

/**
 * The ECharts option of a figure chart: counts on the first axis, amounts (when there are some) on a second
 * one in 万元 or 亿元, a legend when there is more than one series. Pure, so its numbers and
 * their drills are tested without drawing.
 */
export function figureChartOption(spec: FigureChartSpec): EChartsCoreOption {
  const amounts = spec.series
    .filter((s) => s.amount)
    .flatMap((s) => s.figures.map((f) => (f ? String(f.value) : null)));
  const scale = amountScale(amounts);
  const hasAmount = spec.series.some((s) => s.amount);
  const hasCount = spec.series.some((s) => !s.amount);
  const category = {
    type: 'category',
    data: [...spec.categories],
    axisLabel: { interval: 0, hideOverlap: true },
  };
  const valueAxes = [
    ...(hasCount ? [{ type: 'value', minInterval: 1 }] : []),
    ...(hasAmount
      ? [{ type: 'value', name: spec.amountUnit?.(scale.unit), splitLine: { show: !hasCount } }]
      : []),
  ];
  const amountAxis = hasCount ? 1 : 0;
  return {
    color: CHART_COLORS,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: spec.series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 8, top: spec.series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    xAxis: spec.horizontal ? valueAxes : category,
    yAxis: spec.horizontal ? { ...category, inverse: true } : valueAxes,
    series: spec.series.map((s) => ({
      name: s.name,
      type: s.type,
      stack: s.stack,
      color: s.color,
      cursor: 'pointer',
      barMaxWidth: 36,
      label:
        s.type === 'bar' && !s.stack
          ? { show: true, position: spec.horizontal ? 'right' : 'top' }
          : undefined,
      [spec.horizontal ? 'xAxisIndex' : 'yAxisIndex']: s.amount ? amountAxis : 0,
      data: s.figures.map((f) => plotted(f, scale.toNumber)),
    })),
  };
}

/** What a chart element opens: the drill of that series' figure at that category, or null where it has none. */
export function chartItemHref(spec: FigureChartSpec, seriesIndex: number, dataIndex: number): string | null {
  const figure = spec.series[seriesIndex]?.figures[dataIndex];
  return figure ? figureHref(figure) : null;
}

/** The first series as `{ name, value, href }` rows: a chart's figures for tests and screen readers. */
export function chartFigures(
  spec: FigureChartSpec,
): { name: string; value: number | string; href: string }[] {
  const first = spec.series[0];
  if (!first) return [];
  return spec.categories.flatMap((name, i) => {
    const figure = first.figures[i];
    return figure ? [{ name, value: figure.value, href: figureHref(figure) }] : [];
  });
}
