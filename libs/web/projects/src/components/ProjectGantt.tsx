import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Flex, Spin, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { ProjectsDocument, type ProjectFilter, type ProjectOrder } from '@lianzhao/web-data';
import { useErrorMessage, useI18n, useMilestoneLabel } from '@lianzhao/web-ui';
import { ganttMonths, ganttPosition } from '../utils/gantt';
import { shanghaiToday, STATUS_COLORS } from '../utils/milestone-colors';

const MAX_ROWS = 100;
const NAME_WIDTH = 220;
const MONTH_WIDTH = 56;

function Marker({
  left,
  color,
  filled,
  title,
}: {
  left: number;
  color: string;
  filled: boolean;
  title: string;
}) {
  return (
    <Tooltip title={title}>
      <span
        data-testid={filled ? 'gantt-actual' : 'gantt-planned'}
        style={{
          position: 'absolute',
          left: `calc(${left * 100}% - 5px)`,
          top: filled ? 6 : 14,
          width: 10,
          height: 10,
          transform: 'rotate(45deg)',
          background: filled ? color : '#fff',
          border: `2px solid ${color}`,
        }}
      />
    </Tooltip>
  );
}

/**
 * 甘特图: projects as rows, months as columns; each milestone's plan as a hollow diamond (red when
 * overdue) and its actual date as a filled one, with a line for today. Plain CSS, no chart library.
 */
export function ProjectGantt({ filter, orderBy }: { filter: ProjectFilter; orderBy?: ProjectOrder }) {
  const { t } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  const toMessage = useErrorMessage();
  const { data, loading, error } = useQuery(ProjectsDocument, {
    variables: { first: MAX_ROWS, filter, orderBy },
  });
  const projects = useMemo(() => data?.projects.edges.map((e) => e.node) ?? [], [data]);
  const today = shanghaiToday();
  const months = useMemo(
    () =>
      ganttMonths(
        projects.flatMap((p) => p.milestones.flatMap((m) => [m.plannedDate, m.actualDate])),
        today,
      ),
    [projects, today],
  );
  const todayAt = ganttPosition(today, months);
  const width = months.length * MONTH_WIDTH;

  if (error) return <Alert type="error" showIcon title={toMessage(error)} />;
  if (!loading && projects.length === 0) return <Empty description={t('projects.ganttEmpty')} />;

  return (
    <Spin spinning={loading}>
      <Flex gap={16} style={{ marginBottom: 8 }} wrap>
        <Typography.Text type="secondary">
          {t('projects.ganttShown', { count: Math.min(MAX_ROWS, data?.projects.totalCount ?? 0) })}
        </Typography.Text>
        <Typography.Text>◇ {t('projects.ganttLegendPlanned')}</Typography.Text>
        <Typography.Text>◆ {t('projects.ganttLegendActual')}</Typography.Text>
        <Typography.Text type="danger">◇ {t('projects.ganttLegendOverdue')}</Typography.Text>
      </Flex>
      <div style={{ overflowX: 'auto' }} data-testid="project-gantt">
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: `${NAME_WIDTH}px ${width}px`,
            minWidth: NAME_WIDTH + width,
          }}
        >
          <div />
          <div style={{ display: 'grid', gridTemplateColumns: `repeat(${months.length}, 1fr)` }}>
            {months.map((m) => (
              <div
                key={m.key}
                style={{
                  fontSize: 11,
                  textAlign: 'center',
                  borderLeft: '1px solid #f0f0f0',
                  padding: '2px 0',
                }}
              >
                {m.key.endsWith('-01') ? m.key : m.key.slice(5)}
              </div>
            ))}
          </div>
          {projects.map((p) => (
            <div key={p.id} style={{ display: 'contents' }}>
              <div
                style={{
                  padding: '4px 8px 4px 0',
                  borderTop: '1px solid #f0f0f0',
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                }}
              >
                <Link to={`/projects/${p.id}`} title={`${p.name} · ${p.enterprise.name}`}>
                  {p.name}
                </Link>
              </div>
              <div
                data-testid="gantt-row"
                style={{
                  position: 'relative',
                  height: 30,
                  borderTop: '1px solid #f0f0f0',
                  backgroundImage: `repeating-linear-gradient(to right, #f5f5f5 0, #f5f5f5 1px, transparent 1px, transparent ${MONTH_WIDTH}px)`,
                }}
              >
                {todayAt !== null && (
                  <span
                    style={{
                      position: 'absolute',
                      left: `${todayAt * 100}%`,
                      top: 0,
                      bottom: 0,
                      borderLeft: '1px dashed #1677ff',
                    }}
                  />
                )}
                {p.milestones.map((m) => {
                  const name = milestoneLabel(m.code);
                  const planned = m.plannedDate ? ganttPosition(m.plannedDate, months) : null;
                  const actual = m.actualDate ? ganttPosition(m.actualDate, months) : null;
                  return (
                    <span key={m.code}>
                      {planned !== null && m.plannedDate && (
                        <Marker
                          left={planned}
                          filled={false}
                          color={m.status === 'OVERDUE' ? STATUS_COLORS.OVERDUE : '#1677ff'}
                          title={`${name} · ${t('projects.planned')} ${m.plannedDate}`}
                        />
                      )}
                      {actual !== null && m.actualDate && (
                        <Marker
                          left={actual}
                          filled
                          color={STATUS_COLORS.DONE}
                          title={`${name} · ${t('projects.actual')} ${m.actualDate}`}
                        />
                      )}
                    </span>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      </div>
    </Spin>
  );
}
