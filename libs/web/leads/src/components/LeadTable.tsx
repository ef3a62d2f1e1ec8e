import { useState, type Key } from 'react';
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
  TagList,
  useColumns,
  useConnectionQuery,
  useT,
  type ConnectionColumn,
  type ConnectionTableProps,
  type ListView,
} from '@lianzhao/web-ui';
import { LeadBulkBar } from './LeadBulkBar';

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
  /** The page's saved views and table settings (columns, density, page size). */
  view?: ListView;
  /** Row checkboxes and the bulk actions (officers). */
  selectable?: boolean;
}

/** The table view: the same filters as the board, sortable, paged through the connection. */
export function LeadTable({
  filter,
  orderBy,
  onOrderBy,
  filtered,
  header,
  view,
  selectable,
}: LeadTableProps) {
  const t = useT();
  const column = useColumns();
  const page = useConnectionQuery(LeadsDocument, {
    variables: { filter, orderBy },
    select: (data) => data.leads,
    pageSize: view?.settings.pageSize,
    pageInUrl: true,
  });
  // Kept across pages, so a selection can gather leads from several.
  const [selected, setSelected] = useState<Key[]>([]);

  const columns: ConnectionColumn<LeadCardFragment, LeadOrderField>[] = [
    {
      key: 'projectName',
      title: t('leads.projectName'),
      render: (_, l) => <Link to={`/leads/${l.id}`}>{l.projectName}</Link>,
    },
    { key: 'enterprise', title: t('leads.enterprise'), render: (_, l) => l.enterprise.name },
    { key: 'stage', title: t('leads.stage'), render: (_, l) => <StageTag stage={l.stage} /> },
    { ...column.segment(), key: 'segment' },
    { ...column.channel(), key: 'channel' },
    { ...column.owner(), key: 'owner' },
    column.money(t('leads.plannedInvestment'), (l) => l.plannedInvestment, 'PLANNED_INVESTMENT'),
    column.date(t('leads.expectedSigningOn'), (l) => l.expectedSigningOn, 'EXPECTED_SIGNING_ON'),
    { key: 'grade', title: t('leads.grade'), render: (_, l) => (l.grade ? <Tag>{l.grade}</Tag> : '—') },
    { key: 'tags', title: t('leads.tags'), render: (_, l) => <TagList codes={l.tagCodes} /> },
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
      view={view}
      toolbar={
        selectable && selected.length > 0 ? (
          <LeadBulkBar ids={selected.map(String)} orderBy={orderBy} onClear={() => setSelected([])} />
        ) : undefined
      }
      rowSelection={
        selectable
          ? { selectedRowKeys: selected, onChange: setSelected, preserveSelectedRowKeys: true, fixed: true }
          : undefined
      }
    />
  );
}
