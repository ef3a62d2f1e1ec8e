import type { ReactNode } from 'react';
import { Statistic, Tooltip } from 'antd';
import { Link } from 'react-router';
import { useT } from '@lianzhao/web-ui';
import { figureHref, type DrillableFigure } from '../utils/figures';

export interface FigureStatProps {
  title: ReactNode;
  /** The number as shown (already formatted: 1,234 / 3.5 亿元 / 45.0%). */
  text: string;
  /** The figure whose drill the number opens; none for a derived number (a share, a median). */
  figure?: DrillableFigure | null;
  suffix?: ReactNode;
  'data-testid'?: string;
}

/** An antd Statistic that opens the rows behind its number (issue 13: every number drills down). */
export function FigureStat({ title, text, figure, suffix, 'data-testid': testId }: FigureStatProps) {
  const t = useT();
  const statistic = <Statistic title={title} value={text} suffix={suffix} />;
  if (!figure)
    return (
      <div className="cockpit-stat" data-testid={testId}>
        {statistic}
      </div>
    );
  return (
    <Tooltip title={t('cockpit.drillHint')}>
      <Link className="cockpit-stat" to={figureHref(figure)} data-testid={testId}>
        {statistic}
      </Link>
    </Tooltip>
  );
}
