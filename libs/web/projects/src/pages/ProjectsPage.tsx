import { Card, Flex, Segmented, Space, Typography } from 'antd';
import type { ProjectFilter } from '@lianzhao/web-data';
import { DrillBanner, FilterBar, useDrill, useI18n } from '@lianzhao/web-ui';
import { ExportProjectsButton } from '../components/ExportProjectsButton';
import { MilestoneAlertsPanel } from '../components/MilestoneAlertsPanel';
import { ProjectGantt } from '../components/ProjectGantt';
import { ProjectTable } from '../components/ProjectTable';
import { useProjectFilters } from '../hooks/useProjectFilters';
import { PROJECT_FILTER_FIELDS, type ProjectView } from '../utils/project-filters';

/** 项目落地: 逾期提醒, then the projects under one set of URL filters as a list or a Gantt chart. */
export function ProjectsPage() {
  const { t } = useI18n();
  const filters = useProjectFilters();
  // From the cockpit: its figure's filter, exactly, in the table.
  const drill = useDrill<ProjectFilter>();
  const filter = drill.filter ?? filters.filter;
  return (
    <Flex vertical gap={16}>
      <MilestoneAlertsPanel />
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('projects.title')}
          </Typography.Title>
        }
        extra={
          <Space wrap>
            {!drill.filter && (
              <Segmented<ProjectView>
                aria-label={t('projects.view')}
                value={filters.view}
                onChange={filters.setView}
                options={[
                  { value: 'table', label: t('projects.viewTable') },
                  { value: 'gantt', label: t('projects.viewGantt') },
                ]}
              />
            )}
            <ExportProjectsButton filter={filter} orderBy={filters.orderBy} />
          </Space>
        }
      >
        {!drill.filter && (
          <FilterBar
            fields={PROJECT_FILTER_FIELDS}
            state={filters.state}
            onChange={filters.update}
            onReset={filters.reset}
          />
        )}
        {filters.view === 'gantt' && !drill.filter ? (
          <ProjectGantt filter={filters.filter} orderBy={filters.orderBy} />
        ) : (
          <ProjectTable
            filter={filter}
            orderBy={filters.orderBy}
            onOrderBy={filters.setOrderBy}
            filtered={filters.filtered || drill.filter !== null}
            header={drill.filter ? (total) => <DrillBanner total={total} onClose={drill.clear} /> : undefined}
          />
        )}
      </Card>
    </Flex>
  );
}
