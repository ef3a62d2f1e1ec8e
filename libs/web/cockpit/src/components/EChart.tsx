import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';

export interface EChartProps {
  option: EChartsCoreOption;
  /** A click on a data item (bar, point, funnel layer, gauge): its series and data index. */
  onItemClick?: (seriesIndex: number, dataIndex: number) => void;
  height: number;
  'data-testid'?: string;
  /** The chart's figures as JSON ({ name, value, href }[]), for tests and assistive reading. */
  'data-figures'?: string;
  'aria-label'?: string;
  role?: string;
}

// ECharts is large: it is fetched with the first chart of the cockpit, never with the login page
// or the other pages (a type-only import above costs nothing at run time).
const EChartCanvas = lazy(() => import('./EChartCanvas'));

/** A chart, drawn once ECharts has loaded; a skeleton of its height until then. */
export function EChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height }} />}>
      <EChartCanvas {...props} />
    </Suspense>
  );
}
