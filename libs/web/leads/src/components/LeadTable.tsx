import { Tag } from 'antd';
import { Link } from 'react-router';
import { CHANNEL_LABELS } from '@lianzhao/domain';
import {
  LeadsDocument,
  type LeadCardFragment,
  type LeadFilter,
  type LeadOrder,
  type LeadOrderField,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  dateText,
  dateTimeText,
  moneyText,
  StageTag,
  useConnectionQuery,
  useI18n,
  type ConnectionColumn,
} from '@lianzhao/web-ui';

/** With no sort chosen the API lists newest first, so the created column shows that. */
const DEFAULT_ORDER: LeadOrder = { field: 'CREATED_AT', direction: 'DESC' };

export interface LeadTableProps {
  filter: LeadFilter;
  orderBy?: LeadOrder;
  onOrderBy: (order: LeadOrder | undefined) => void;
  /** Whether any filter is set, to tell "nothing matches" from "nothing yet". */
  filtered: boolean;
}

/** The table view: the same filters as the board, sortable, paged through the connection. */
export function LeadTable({ filter, orderBy, onOrderBy, filtered }: LeadTableProps) {
  const { t, label, pick, locale } = useI18n();
  const page = useConnectionQuery(LeadsDocument, {
    variables: { filter, orderBy },
    select: (data) => data.leads,
  });

  const columns: ConnectionColumn<LeadCardFragment, LeadOrderField>[] = [
    { title: t('leads.projectName'), render: (_, l) => <Link to={`/leads/${l.id}`}>{l.projectName}</Link> },
    { title: t('leads.enterprise'), render: (_, l) => l.enterprise.name },
    { title: t('leads.stage'), render: (_, l) => <StageTag stage={l.stage} /> },
    { title: t('attribution.segment'), render: (_, l) => `${pick(l.industry)} / ${pick(l.segment)}` },
    { title: t('attribution.channel'), render: (_, l) => label(CHANNEL_LABELS[l.channel]) },
    { title: t('attribution.owner'), render: (_, l) => l.owner.displayName },
    {
      sortField: 'PLANNED_INVESTMENT',
      title: t('leads.plannedInvestment'),
      align: 'right',
      render: (_, l) => moneyText(l.plannedInvestment, locale),
    },
    {
      sortField: 'EXPECTED_SIGNING_ON',
      title: t('leads.expectedSigningOn'),
      render: (_, l) => dateText(l.expectedSigningOn),
    },
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
    />
  );
}
