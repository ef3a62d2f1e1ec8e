import { useMemo } from 'react';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { POLICY_ITEM_KIND_LABELS, POLICY_SUBJECT_LABELS } from '@lianzhao/domain';
import {
  PolicyQualifiedDocument,
  PolicyQualifiedExportDocument,
  type PolicyQualifiedExportQuery,
  type PolicyQualifiedQuery,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  dateString,
  dateTimeText,
  moneyText,
  useConnectionQuery,
  useExcelDownload,
  useI18n,
  useUrlFilters,
  type ConnectionColumn,
} from '@lianzhao/web-ui';

type Row = PolicyQualifiedQuery['policyQualified']['edges'][number]['node'];
const URL_KEYS = ['since'] as const;
const pickFile = (data: PolicyQualifiedExportQuery) => data.policyQualifiedExport;

/** The default window: what became claimable in the last 30 days. */
function defaultSince(): string {
  return dayjs().subtract(30, 'day').format('YYYY-MM-DD');
}

/**
 * 免申即享: projects, and enterprises on their own, newly qualifying for a policy item since a day (in
 * the URL), newest first, with the estimated amount — the office tells the company instead of
 * waiting for an application. 对象 says which.
 */
export function PolicyQualifiedPage() {
  const { t, label, locale } = useI18n();
  const { message } = App.useApp();
  const [state, update] = useUrlFilters(URL_KEYS);
  const since = state.since ?? defaultSince();
  const variables = useMemo(() => ({ since }), [since]);
  const page = useConnectionQuery(PolicyQualifiedDocument, {
    variables,
    select: (data) => data.policyQualified,
    fetchPolicy: 'cache-and-network',
    pageInUrl: true,
  });
  const { download, loading: exporting } = useExcelDownload(PolicyQualifiedExportDocument, pickFile);
  const onExport = async () => {
    const file = await download({ since });
    if (file) void message.success(t('policies.exported', { name: file.filename }));
  };
  const columns: ConnectionColumn<Row>[] = [
    { title: t('policies.subject'), key: 'subject', render: (_, r) => <Tag>{label(POLICY_SUBJECT_LABELS[r.subject])}</Tag> },
    {
      title: t('policies.project'),
      render: (_, r) => (r.project ? <Link to={`/projects/${r.project.id}`}>{r.project.name}</Link> : '—'),
    },
    {
      title: t('policies.enterprise'),
      render: (_, r) => (r.enterprise ? <Link to={`/enterprises/${r.enterprise.id}`}>{r.enterprise.name}</Link> : null),
    },
    { title: t('policies.item'), render: (_, r) => r.item.name },
    { title: t('policies.kind'), render: (_, r) => label(POLICY_ITEM_KIND_LABELS[r.item.kind]) },
    {
      title: t('policies.estimate'),
      align: 'right',
      render: (_, r) => (r.amount ? moneyText(r.amount, locale) : t('policies.amountUndetermined')),
    },
    { title: t('policies.qualifiedAt'), render: (_, r) => dateTimeText(r.qualifiedAt) },
  ];
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('policies.qualifiedTitle')}
        </Typography.Title>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{t('policies.since')}</span>
        <DatePicker
          aria-label={t('policies.since')}
          allowClear={false}
          value={dayjs(since)}
          onChange={(value) => update({ since: dateString(value) ?? undefined })}
        />
        <Button icon={<ReloadOutlined />} onClick={page.refetch}>
          {t('common.refresh')}
        </Button>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()}>
          {t('policies.export')}
        </Button>
      </Space>
      <ConnectionTable<Row> page={page} columns={columns} empty={t('policies.qualifiedEmpty')} />
    </Card>
  );
}
