import { Link } from 'react-router';
import { PROJECT_TYPE_LABELS } from '@lianzhao/domain';
import {
  ProjectsDocument,
  type ProjectFilter,
  type ProjectOrder,
  type ProjectOrderField,
  type ProjectRowFragment,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  useColumns,
  useConnectionQuery,
  useI18n,
  type ConnectionColumn,
  type ConnectionTableProps,
  useMilestoneLabel,
} from '@lianzhao/web-ui';
import { HealthTag } from './HealthTag';
import { MilestoneProgress } from './MilestoneProgress';

/** With no sort chosen the API lists the latest signed first. */
const DEFAULT_ORDER: ProjectOrder = { field: 'SIGNED_ON', direction: 'DESC' };

export interface ProjectTableProps {
  filter: ProjectFilter;
  orderBy?: ProjectOrder;
  onOrderBy: (order: ProjectOrder | undefined) => void;
  filtered: boolean;
  /** Above the table with its totalCount (the cockpit's drill banner). */
  header?: ConnectionTableProps<{ id: string }>['header'];
}

/** The project list: a milestone progress bar per project, sortable, paged through the connection. */
export function ProjectTable({ filter, orderBy, onOrderBy, filtered, header }: ProjectTableProps) {
  const { t, label } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  const column = useColumns();
  const page = useConnectionQuery(ProjectsDocument, {
    variables: { filter, orderBy },
    select: (data) => data.projects,
    pageInUrl: true,
  });

  const columns: ConnectionColumn<ProjectRowFragment, ProjectOrderField>[] = [
    {
      title: t('projects.name'),
      render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link>,
    },
    { title: t('projects.enterprise'), render: (_, p) => p.enterprise.name },
    { title: t('projects.type'), render: (_, p) => label(PROJECT_TYPE_LABELS[p.type]) },
    { title: t('projects.progress'), render: (_, p) => <MilestoneProgress milestones={p.milestones} /> },
    {
      sortField: 'DAYS_LATE',
      title: t('projects.health'),
      render: (_, p) => <HealthTag health={p.health} daysLate={p.daysLate} />,
    },
    {
      title: t('projects.nextMilestone'),
      render: (_, p) => (p.nextMilestone ? milestoneLabel(p.nextMilestone) : '—'),
    },
    column.segment(),
    column.town(),
    column.owner(),
    column.money(t('projects.contractInvestment'), (p) => p.contractInvestment, 'CONTRACT_INVESTMENT'),
    column.date(t('projects.signedOn'), (p) => p.signedOn, 'SIGNED_ON'),
    column.date(t('projects.landedShort'), (p) => p.landedOn, 'LANDED_ON'),
  ];

  return (
    <ConnectionTable
      page={page}
      columns={columns}
      empty={t('projects.empty')}
      filtered={filtered}
      orderBy={orderBy}
      defaultOrder={DEFAULT_ORDER}
      onOrderBy={onOrderBy}
      header={header}
    />
  );
}
