import { useEffect, useRef } from 'react';
import { BarChart, FunnelChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartProps } from './EChart';

// Only the chart kinds the cockpit draws: the bundle's echarts chunk stays as small as it can be.
// SVG, not canvas: a printed A4 report stays sharp and a browser test can click a bar's shape.
echarts.use([
  BarChart,
  LineChart,
  FunnelChart,
  PieChart,
  GaugeChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  SVGRenderer,
]);

/** One ECharts instance in a div, resized with it; the module that pulls ECharts in, loaded lazily. */
export default function EChartCanvas({ option, onItemClick, height, ...rest }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.dataIndex === 'number') click.current?.(params.seriesIndex ?? 0, params.dataIndex);
    });
    // The grid and the card change width with the window (1920 → 1366 → a phone) and for printing.
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} style={{ width: '100%', height }} {...rest} />;
}
