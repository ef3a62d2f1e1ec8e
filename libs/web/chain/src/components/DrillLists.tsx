import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Input, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { CHANNEL_LABELS, INVESTMENT_STAGE_LABELS, REFERRAL_STATUS_LABELS } from '@lianzhao/domain';
import {
  ChainEnterprisesDocument,
  ChainInvestmentsDocument,
  ChainLeadsDocument,
  ChainListExportDocument,
  ChainReferralsDocument,
  RemoveFromLinkDocument,
  type ChainEntityType,
  type ChainDrillFilter,
  type ChainListExportQuery,
  type ChainListKind,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  dateText,
  dateTimeText,
  amountText,
  StageTag,
  useConnectionQuery,
  useExcelDownload,
  useI18n,
  useShowError,
  type ConnectionColumn,
} from '@lianzhao/web-ui';

const pickFile = (data: ChainListExportQuery) => data.chainListExport;

/** 导出 Excel of one drill-down list under its filter. */
export function ExportButton({ kind, filter }: { kind: ChainListKind; filter: ChainDrillFilter }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { download, loading } = useExcelDownload(ChainListExportDocument, pickFile);
  const onClick = async () => {
    const file = await download({ kind, filter });
    if (file) void message.success(t('chain.exported', { name: file.filename }));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={() => void onClick()}>
      {t('chain.export')}
    </Button>
  );
}

/** A drill-down list's frame: name search and export over the table. */
function Frame({
  kind,
  filter,
  onSearch,
  children,
}: {
  kind: ChainListKind;
  filter: ChainDrillFilter;
  onSearch: (v: string) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} justify="space-between">
        <Input.Search
          allowClear
          placeholder={t('chain.search')}
          style={{ maxWidth: 280 }}
          onSearch={onSearch}
        />
        <ExportButton kind={kind} filter={filter} />
      </Flex>
      {children}
    </Flex>
  );
}

/** Where a list sits on one link an officer may change: the 移出 button of each row. */
export interface Editing {
  linkId: string;
  onChanged: () => void;
}

function RemoveButton({
  editing,
  entityType,
  entityId,
  refetch,
}: {
  editing: Editing;
  entityType: ChainEntityType;
  entityId: string;
  refetch: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const [remove, { loading }] = useMutation(RemoveFromLinkDocument);
  const onClick = async () => {
    try {
      await remove({ variables: { input: { linkId: editing.linkId, entityType, entityId } } });
      void message.success(t('chain.removed'));
      refetch();
      editing.onChanged();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Button size="small" loading={loading} onClick={() => void onClick()}>
      {t('chain.remove')}
    </Button>
  );
}

function useSearch(base: ChainDrillFilter): [ChainDrillFilter, (v: string) => void] {
  const [search, setSearch] = useState('');
  return [{ ...base, search: search || undefined }, setSearch];
}

export function EnterpriseList({ filter: base, editing }: { filter: ChainDrillFilter; editing?: Editing }) {
  const { t } = useI18n();
  const [filter, setSearch] = useSearch(base);
  const page = useConnectionQuery(ChainEnterprisesDocument, {
    variables: { filter },
    select: (d) => d.chainEnterprises,
    fetchPolicy: 'cache-and-network',
  });
  type Row = NonNullable<typeof page.connection>['edges'][number]['node'];
  const columns: ConnectionColumn<Row>[] = [
    { title: t('chain.name'), render: (_, e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link> },
    { title: t('chain.creditCode'), render: (_, e) => e.creditCode ?? '—' },
    {
      title: t('chain.localSince'),
      render: (_, e) => (e.localStockSince ? dateText(e.localStockSince) : '—'),
    },
    {
      title: '',
      render: (_, e) =>
        e.tagCodes.includes('CHAIN_MASTER') ? <Tag color="gold">{t('chain.chainMasters')}</Tag> : null,
    },
    ...(editing
      ? [
          {
            title: '',
            render: (_: unknown, e: Row) => (
              <RemoveButton
                editing={editing}
                entityType="ENTERPRISE"
                entityId={e.id}
                refetch={page.refetch}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Frame kind="ENTERPRISES" filter={filter} onSearch={setSearch}>
      <ConnectionTable page={page} columns={columns} empty={t('chain.empty')} size="small" />
    </Frame>
  );
}

export function LeadList({ filter: base, editing }: { filter: ChainDrillFilter; editing?: Editing }) {
  const { t, label } = useI18n();
  const [filter, setSearch] = useSearch(base);
  const page = useConnectionQuery(ChainLeadsDocument, {
    variables: { filter },
    select: (d) => d.chainLeads,
    fetchPolicy: 'cache-and-network',
  });
  type Row = NonNullable<typeof page.connection>['edges'][number]['node'];
  const columns: ConnectionColumn<Row>[] = [
    { title: t('chain.name'), render: (_, l) => <Link to={`/leads/${l.id}`}>{l.projectName}</Link> },
    { title: t('chain.stage'), render: (_, l) => <StageTag stage={l.stage} /> },
    { title: '', render: (_, l) => label(CHANNEL_LABELS[l.channel]) },
    { title: t('chain.amountWan'), align: 'right', render: (_, l) => amountText(l.plannedInvestment) },
    { title: t('chain.owner'), render: (_, l) => l.owner.displayName },
    ...(editing
      ? [
          {
            title: '',
            render: (_: unknown, l: Row) => (
              <RemoveButton editing={editing} entityType="LEAD" entityId={l.id} refetch={page.refetch} />
            ),
          },
        ]
      : []),
  ];
  return (
    <Frame kind="LEADS" filter={filter} onSearch={setSearch}>
      <ConnectionTable page={page} columns={columns} empty={t('chain.empty')} size="small" />
    </Frame>
  );
}

export function ReferralList({ filter: base }: { filter: ChainDrillFilter }) {
  const { t, label } = useI18n();
  const [filter, setSearch] = useSearch(base);
  const page = useConnectionQuery(ChainReferralsDocument, {
    variables: { filter },
    select: (d) => d.chainReferrals,
    fetchPolicy: 'cache-and-network',
  });
  type Row = NonNullable<typeof page.connection>['edges'][number]['node'];
  const columns: ConnectionColumn<Row>[] = [
    { title: t('chain.name'), render: (_, r) => <Link to={`/referrals/${r.id}`}>{r.companyName}</Link> },
    { title: t('chain.status'), render: (_, r) => label(REFERRAL_STATUS_LABELS[r.status]) },
    { title: t('chain.date'), render: (_, r) => dateTimeText(r.createdAt) },
  ];
  return (
    <Frame kind="REFERRALS" filter={filter} onSearch={setSearch}>
      <ConnectionTable page={page} columns={columns} empty={t('chain.empty')} size="small" />
    </Frame>
  );
}

export function InvestmentList({ filter: base }: { filter: ChainDrillFilter }) {
  const { t, label } = useI18n();
  const [filter, setSearch] = useSearch(base);
  const page = useConnectionQuery(ChainInvestmentsDocument, {
    variables: { filter },
    select: (d) => d.chainInvestments,
    fetchPolicy: 'cache-and-network',
  });
  type Row = NonNullable<typeof page.connection>['edges'][number]['node'];
  const columns: ConnectionColumn<Row>[] = [
    { title: t('chain.name'), render: (_, i) => i.enterpriseName },
    { title: t('chain.date'), render: (_, i) => dateText(i.date) },
    { title: t('chain.amountWan'), align: 'right', render: (_, i) => amountText(i.amount) },
    { title: t('chain.status'), render: (_, i) => label(INVESTMENT_STAGE_LABELS[i.stage]) },
  ];
  return (
    <Frame kind="INVESTMENTS" filter={filter} onSearch={setSearch}>
      <ConnectionTable page={page} columns={columns} empty={t('chain.empty')} size="small" />
    </Frame>
  );
}
