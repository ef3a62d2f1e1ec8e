import { useMemo } from 'react';
import { Empty } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '@lianzhao/web-ui';
import { chartFigures, chartItemHref, figureChartOption, type FigureChartSpec } from '../utils/chart-options';
import { EChart } from './EChart';

export interface FigureChartProps {
  spec: FigureChartSpec;
  height?: number;
  'data-testid'?: string;
  title: string;
}

/** A bar / line chart of figures; clicking a bar or a point opens the rows behind it. */
export function FigureChart({ spec, height = 260, title, 'data-testid': testId }: FigureChartProps) {
  const t = useT();
  const navigate = useNavigate();
  const [wan, yi] = [t('cockpit.unitWan'), t('cockpit.unitYi')];
  const option = useMemo(
    () => figureChartOption({ ...spec, amountUnit: (unit) => (unit === 'YI' ? yi : wan) }),
    [spec, wan, yi],
  );
  if (spec.categories.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />;
  return (
    <EChart
      option={option}
      height={height}
      role="img"
      aria-label={title}
      data-testid={testId}
      data-figures={JSON.stringify(chartFigures(spec))}
      onItemClick={(seriesIndex, dataIndex) => {
        const href = chartItemHref(spec, seriesIndex, dataIndex);
        if (href) navigate(href);
      }}
    />
  );
}
