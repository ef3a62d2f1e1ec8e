import { Tag } from 'antd';
import { Link } from 'react-router';
import {
  LeadsDocument,
  type LeadCardFragment,
  type LeadFilter,
  type LeadOrder,
  type LeadOrderField,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  dateTimeText,
  StageTag,
  useColumns,
  useConnectionQuery,
  useT,
  type ConnectionColumn,
  type ConnectionTableProps,
} from '@lianzhao/web-ui';

/** With no sort chosen the API lists newest first, so the created column shows that. */
const DEFAULT_ORDER: LeadOrder = { field: 'CREATED_AT', direction: 'DESC' };

export interface LeadTableProps {
  filter: LeadFilter;
  orderBy?: LeadOrder;
  onOrderBy: (order: LeadOrder | undefined) => void;
  /** Whether any filter is set, to tell "nothing matches" from "nothing yet". */
  filtered: boolean;
  /** Above the table with its totalCount (the cockpit's drill banner). */
  header?: ConnectionTableProps<{ id: string }>['header'];
}

/** The table view: the same filters as the board, sortable, paged through the connection. */
export function LeadTable({ filter, orderBy, onOrderBy, filtered, header }: LeadTableProps) {
  const t = useT();
  const column = useColumns();
  const page = useConnectionQuery(LeadsDocument, {
    variables: { filter, orderBy },
    select: (data) => data.leads,
  });

  const columns: ConnectionColumn<LeadCardFragment, LeadOrderField>[] = [
    { title: t('leads.projectName'), render: (_, l) => <Link to={`/leads/${l.id}`}>{l.projectName}</Link> },
    { title: t('leads.enterprise'), render: (_, l) => l.enterprise.name },
    { title: t('leads.stage'), render: (_, l) => <StageTag stage={l.stage} /> },
    column.segment(),
    column.channel(),
    column.owner(),
    column.money(t('leads.plannedInvestment'), (l) => l.plannedInvestment, 'PLANNED_INVESTMENT'),
    column.date(t('leads.expectedSigningOn'), (l) => l.expectedSigningOn, 'EXPECTED_SIGNING_ON'),
    { title: t('leads.grade'), render: (_, l) => (l.grade ? <Tag>{l.grade}</Tag> : '—') },
    { sortField: 'CREATED_AT', title: t('leads.createdAt'), render: (_, l) => dateTimeText(l.createdAt) },
  ];

  return (
    <ConnectionTable
      page={page}
      columns={columns}
      empty={t('leads.empty')}
      filtered={filtered}
      orderBy={orderBy}
      defaultOrder={DEFAULT_ORDER}
      onOrderBy={onOrderBy}
      header={header}
    />
  );
}
