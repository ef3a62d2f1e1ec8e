import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Segmented, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import {
  isReferralStatus,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  type ReferralStatus,
} from '@lianzhao/domain';
import { MyReferralsDocument, MyRewardsDocument, type ReferralRowFragment } from '@lianzhao/web-data';
import {
  CursorPager,
  dateText,
  dateTimeText,
  moneyText,
  useCursorPagination,
  useErrorMessage,
  useI18n,
  useUrlFilters,
} from '@lianzhao/web-ui';
import { FileReferralModal } from '../components/FileReferralModal';
import { ProtectionDate } from '../components/ProtectionDate';
import { ReferralStatusTag } from '../components/ReferralStatusTag';

const PAGE_SIZE = 20;
const FILTER_KEYS = ['status'] as const;

/** 我的报备: the partner's own referrals with their status and protection, filing, and rewards. */
export function MyReferralsPage() {
  const { t, label, pick, locale } = useI18n();
  const toMessage = useErrorMessage();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const status = isReferralStatus(filters.status) ? filters.status : undefined;
  const [filing, setFiling] = useState(false);
  const pager = useCursorPagination(status ?? '');
  const { data, previousData, loading, error } = useQuery(MyReferralsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter: status ? { status } : undefined },
    notifyOnNetworkStatusChange: true,
  });
  const rewards = useQuery(MyRewardsDocument);
  const connection = (data ?? previousData)?.referrals;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('referrals.myTitle')}
          </Typography.Title>
        }
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            {t('referrals.file')}
          </Button>
        }
      >
        <Segmented<string>
          aria-label={t('referrals.status')}
          style={{ marginBottom: 16 }}
          value={status ?? ''}
          onChange={(value) => setFilters({ status: value || undefined })}
          options={[
            { value: '', label: t('common.all') },
            ...REFERRAL_STATUSES.map((s: ReferralStatus) => ({
              value: s,
              label: label(REFERRAL_STATUS_LABELS[s]),
            })),
          ]}
        />
        {error && <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />}
        <Table<ReferralRowFragment>
          rowKey="id"
          dataSource={rows}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={status ? t('common.noMatch') : t('referrals.empty')} /> }}
          columns={[
            {
              title: t('referrals.companyName'),
              render: (_, r) => <Link to={`/my-referrals/${r.id}`}>{r.companyName}</Link>,
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
      <Card title={t('referrals.rewards')}>
        <Table
          rowKey="id"
          size="small"
          loading={rewards.loading}
          pagination={false}
          dataSource={rewards.data?.referralRewards ?? []}
          locale={{ emptyText: <Empty description={t('referrals.rewardsEmpty')} /> }}
          columns={[
            {
              title: t('referrals.companyName'),
              render: (_, r) => <Link to={`/my-referrals/${r.id}`}>{r.companyName}</Link>,
            },
            { title: t('referrals.eligibleOn'), render: (_, r) => dateText(r.reward.eligibleOn) },
            { title: t('referrals.rewardAmount'), render: (_, r) => moneyText(r.reward.amount, locale) },
            {
              title: t('referrals.rewardedOn'),
              render: (_, r) =>
                r.reward.rewardedOn ? dateText(r.reward.rewardedOn) : t('referrals.rewardPending'),
            },
          ]}
        />
      </Card>
      {filing && (
        <FileReferralModal
          onClose={() => setFiling(false)}
          onFiled={(r) => navigate(`/my-referrals/${r.id}`)}
        />
      )}
    </Flex>
  );
}
