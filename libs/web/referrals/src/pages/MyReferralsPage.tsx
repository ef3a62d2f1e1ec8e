import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import {
  ExportReferralsDocument,
  MyReferralsDocument,
  MyRewardsDocument,
  type ExportReferralsQuery,
  type ReferralRowFragment,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  dateText,
  dateTimeText,
  ExportButton,
  FilterBar,
  filterFromUrl,
  amountText,
  useConnectionQuery,
  useI18n,
  useListView,
  useUrlFilters,
  type ConnectionColumn,
} from '@lianzhao/web-ui';
import { FileReferralModal } from '../components/FileReferralModal';
import { ProtectionDate } from '../components/ProtectionDate';
import { ReferralStatusTag } from '../components/ReferralStatusTag';
import { REFERRAL_STATUS_FIELD, REFERRAL_URL_KEYS } from '../utils/referral-filters';

const FIELDS = [REFERRAL_STATUS_FIELD];
const pickExport = (data: ExportReferralsQuery) => data.referralsExport;

/** 我的报备: the partner's own referrals with their status and protection, filing, and rewards. */
export function MyReferralsPage() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const [filters, setFilters, resetFilters] = useUrlFilters(REFERRAL_URL_KEYS);
  const filter = filterFromUrl(FIELDS, filters);
  const filtered = Object.keys(filter).length > 0;
  const [filing, setFiling] = useState(false);
  const view = useListView('my-referrals');
  const page = useConnectionQuery(MyReferralsDocument, {
    variables: { filter: filtered ? filter : undefined },
    select: (data) => data.referrals,
    pageSize: view.settings.pageSize,
    pageInUrl: true,
  });
  const rewards = useQuery(MyRewardsDocument);
  const columns: ConnectionColumn<ReferralRowFragment>[] = [
    {
      key: 'companyName',
      title: t('referrals.companyName'),
      render: (_, r) => <Link to={`/my-referrals/${r.id}`}>{r.companyName}</Link>,
    },
    {
      key: 'segment',
      title: t('referrals.segment'),
      render: (_, r) => `${pick(r.industry)} / ${pick(r.segment)}`,
    },
    {
      key: 'status',
      title: t('referrals.status'),
      render: (_, r) => <ReferralStatusTag status={r.status} />,
    },
    {
      key: 'protectedUntil',
      title: t('referrals.protectedUntil'),
      render: (_, r) => <ProtectionDate until={r.protectedUntil} expiringSoon={r.expiringSoon} />,
    },
    { key: 'filedAt', title: t('referrals.filedAt'), render: (_, r) => dateTimeText(r.createdAt) },
  ];

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
        <FilterBar fields={FIELDS} state={filters} onChange={setFilters} onReset={resetFilters} noReset />
        <ConnectionTable
          page={page}
          columns={columns}
          empty={t('referrals.empty')}
          filtered={filtered}
          view={view}
          toolbar={
            <ExportButton
              query={ExportReferralsDocument}
              variables={{ filter: filtered ? filter : undefined }}
              pick={pickExport}
            />
          }
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
            { title: t('referrals.rewardAmount'), render: (_, r) => amountText(r.reward.amount) },
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
