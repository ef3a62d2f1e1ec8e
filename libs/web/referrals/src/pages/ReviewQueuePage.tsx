import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Card, Empty, Input, Table, Tabs, Typography } from 'antd';
import { Link } from 'react-router';
import { isReferralStatus, REFERRAL_STATUS_LABELS, REFERRAL_STATUSES } from '@lianzhao/domain';
import { ReferralCountsDocument, ReviewQueueDocument } from '@lianzhao/web-data';
import {
  CursorPager,
  dateTimeText,
  useCursorPagination,
  useErrorMessage,
  useI18n,
  useUrlFilters,
} from '@lianzhao/web-ui';
import { ProtectionDate } from '../components/ProtectionDate';
import { ReferralStatusTag } from '../components/ReferralStatusTag';

const PAGE_SIZE = 20;
const FILTER_KEYS = ['status', 'search'] as const;
const ALL = 'ALL';

/** 报备审核: every organisation's referrals by status, with the counts on the tabs. */
export function ReviewQueuePage() {
  const { t, label, pick } = useI18n();
  const toMessage = useErrorMessage();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const status = isReferralStatus(filters.status) ? filters.status : undefined;
  const filter = { status, search: filters.search };
  const pager = useCursorPagination(JSON.stringify(filter));
  const counts = useQuery(ReferralCountsDocument, { fetchPolicy: 'cache-and-network' });
  const { data, previousData, loading, error } = useQuery(ReviewQueueDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.referrals;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const countOf = (s: string) => counts.data?.referralCounts.byStatus.find((c) => c.status === s)?.count ?? 0;
  const total = counts.data?.referralCounts.byStatus.reduce((sum, c) => sum + c.count, 0) ?? 0;

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('referrals.reviewTitle')}
        </Typography.Title>
      }
      extra={
        <Input.Search
          allowClear
          aria-label={t('referrals.search')}
          placeholder={t('referrals.search')}
          defaultValue={filters.search}
          onSearch={(value) => setFilters({ search: value.trim() || undefined })}
        />
      }
    >
      <Tabs
        activeKey={status ?? ALL}
        onChange={(key) => setFilters({ status: key === ALL ? undefined : key })}
        items={[
          { key: ALL, label: `${t('common.all')} ${total}` },
          ...REFERRAL_STATUSES.map((s) => ({
            key: s,
            label: (
              <Badge
                count={countOf(s)}
                showZero={false}
                offset={[10, -2]}
                color={s === 'PROTECTED' || s === 'EXISTING' ? 'red' : 'gray'}
              >
                {label(REFERRAL_STATUS_LABELS[s])}
              </Badge>
            ),
          })),
        ]}
      />
      {error && <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="id"
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('referrals.queueEmpty')} /> }}
        columns={[
          {
            title: t('referrals.companyName'),
            render: (_, r) => <Link to={`/referrals/${r.id}`}>{r.companyName}</Link>,
          },
          {
            title: t('referrals.organization'),
            render: (_, r) => (
              <Link to={`/referrals/organizations/${r.review.organization.id}`}>
                {r.review.organization.name}
              </Link>
            ),
          },
          { title: t('referrals.segment'), render: (_, r) => `${pick(r.industry)} / ${pick(r.segment)}` },
          { title: t('referrals.status'), render: (_, r) => <ReferralStatusTag status={r.status} /> },
          {
            title: t('referrals.protectedUntil'),
            render: (_, r) => <ProtectionDate until={r.protectedUntil} expiringSoon={r.expiringSoon} />,
          },
          { title: t('referrals.filedAt'), render: (_, r) => dateTimeText(r.createdAt) },
        ]}
      />
      <CursorPager
        page={pager.page}
        pageSize={PAGE_SIZE}
        total={connection?.totalCount ?? 0}
        hasNext={connection?.pageInfo.hasNextPage ?? false}
        onPrev={pager.prev}
        onNext={() => pager.next(connection?.pageInfo.endCursor)}
        loading={loading}
      />
    </Card>
  );
}
