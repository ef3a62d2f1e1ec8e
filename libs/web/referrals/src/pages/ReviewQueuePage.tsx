import { useState, type Key } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Card, Tabs, Typography } from 'antd';
import { Link } from 'react-router';
import { REFERRAL_STATUS_LABELS, REFERRAL_STATUSES } from '@lianzhao/domain';
import {
  ExportReferralsDocument,
  MeDocument,
  ReferralCountsDocument,
  ReviewQueueDocument,
  type ExportReferralsQuery,
  type ReferralFilter,
  type ReviewQueueQuery,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  dateTimeText,
  DrillBanner,
  ExportButton,
  FilterBar,
  useDrill,
  useFilteredConnection,
  useI18n,
  type ConnectionColumn,
} from '@lianzhao/web-ui';
import { ProtectionDate } from '../components/ProtectionDate';
import { ReferralBulkBar } from '../components/ReferralBulkBar';
import { ReferralStatusTag } from '../components/ReferralStatusTag';
import { REFERRAL_SEARCH_FIELD, REFERRAL_STATUS_FIELD, REFERRAL_URL_KEYS } from '../utils/referral-filters';

const ALL = 'ALL';
/** The status is read like any filter but chosen on the tabs, which carry the counts. */
const READ_FIELDS = [REFERRAL_STATUS_FIELD, REFERRAL_SEARCH_FIELD];
const BAR_FIELDS = [REFERRAL_SEARCH_FIELD];

type QueueRow = ReviewQueueQuery['referrals']['edges'][number]['node'];
const pickExport = (data: ExportReferralsQuery) => data.referralsExport;

/** 报备审核: every organisation's referrals by status, with the counts on the tabs. */
export function ReviewQueuePage() {
  const { t, label, pick } = useI18n();
  // From the cockpit: its figure's filter, exactly; the status tabs and search step aside.
  const drill = useDrill<ReferralFilter>();
  const { state, setFilters, resetFilters, filter, page, view } = useFilteredConnection(ReviewQueueDocument, {
    keys: REFERRAL_URL_KEYS,
    fields: READ_FIELDS,
    filterOverride: drill.filter,
    select: (data) => data.referrals,
    fetchPolicy: 'cache-and-network',
    listKey: 'referral-review',
  });
  const status = filter.status ?? undefined;
  const counts = useQuery(ReferralCountsDocument, { fetchPolicy: 'cache-and-network' });
  const [selected, setSelected] = useState<Key[]>([]);
  // Deciding stays with officers and administrators; a leader reads the queue without checkboxes.
  const me = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const decides = me.data?.me.role === 'OFFICER' || me.data?.me.role === 'ADMIN';
  const columns: ConnectionColumn<QueueRow>[] = [
    {
      key: 'companyName',
      title: t('referrals.companyName'),
      render: (_, r) => <Link to={`/referrals/${r.id}`}>{r.companyName}</Link>,
    },
    {
      key: 'organization',
      title: t('referrals.organization'),
      render: (_, r) => (
        <Link to={`/referrals/organizations/${r.review.organization.id}`}>{r.review.organization.name}</Link>
      ),
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
        !drill.filter && (
          <FilterBar
            fields={BAR_FIELDS}
            state={state}
            onChange={setFilters}
            onReset={resetFilters}
            noReset
            style={{}}
          />
        )
      }
    >
      {!drill.filter && (
        <Tabs
          activeKey={status ?? ALL}
          onChange={(key) => setFilters({ status: key === ALL ? undefined : key })}
          items={[
            { key: ALL, label: `${t('common.all')} ${total}` },
            ...REFERRAL_STATUSES.map((s) => ({
              key: s,
              // The count sits beside the name, not over its corner, so it never covers the next tab.
              label: (
                <span>
                  {label(REFERRAL_STATUS_LABELS[s])}
                  <Badge
                    count={countOf(s)}
                    showZero={false}
                    size="small"
                    style={{ marginInlineStart: 6 }}
                    color={s === 'PROTECTED' || s === 'EXISTING' ? 'red' : 'gray'}
                  />
                </span>
              ),
            })),
          ]}
        />
      )}
      <ConnectionTable<QueueRow>
        page={page}
        empty={t('referrals.queueEmpty')}
        columns={columns}
        filtered={drill.filter !== null}
        header={drill.filter ? (total) => <DrillBanner total={total} onClose={drill.clear} /> : undefined}
        view={view}
        toolbar={
          <>
            <ExportButton query={ExportReferralsDocument} variables={{ filter }} pick={pickExport} />
            {decides && selected.length > 0 && (
              <ReferralBulkBar ids={selected.map(String)} onClear={() => setSelected([])} />
            )}
          </>
        }
        rowSelection={
          decides
            ? { selectedRowKeys: selected, onChange: setSelected, preserveSelectedRowKeys: true, fixed: true }
            : undefined
        }
      />
    </Card>
  );
}
