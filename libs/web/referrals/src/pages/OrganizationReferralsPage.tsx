import { useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Skeleton,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { ORGANIZATION_KIND_LABELS } from '@lianzhao/domain';
import {
  AwardReferralDocument,
  ExportReferralsDocument,
  OrganizationReferralsDocument,
  ReviewQueueDocument,
  type ExportReferralsQuery,
  type ReferralRowFragment,
  type ReviewQueueQuery,
} from '@lianzhao/web-data';
import {
  amountText,
  type ConnectionColumn,
  ConnectionTable,
  dateString,
  ExportButton,
  dateText,
  dateTimeText,
  listHref,
  useConnectionQuery,
  useErrorMessage,
  useFormErrors,
  useFormRules,
  useI18n,
  usePageTrail,
  useReferenceOptions,
} from '@lianzhao/web-ui';
import type { Dayjs } from 'dayjs';
import { ProtectionDate } from '../components/ProtectionDate';
import { ReferralStatusTag } from '../components/ReferralStatusTag';

type QueueRow = ReviewQueueQuery['referrals']['edges'][number]['node'];

type RewardRow = ReferralRowFragment & {
  reward: {
    eligible: boolean;
    eligibleOn: string | null;
    suggestedAmount: string | null;
    amount: string | null;
    rewardedOn: string | null;
  };
};

function AwardModal({ referral, onClose }: { referral: RewardRow; onClose: () => void }) {
  const { t } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ amount: string; rewardedOn: Dayjs }>();
  const onError = useFormErrors(form, ['amount', 'rewardedOn']);
  const [award, awarding] = useMutation(AwardReferralDocument, { refetchQueries: ['OrganizationReferrals'] });
  return (
    <Modal
      open
      title={t('referrals.award')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={awarding.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{referral.companyName}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ amount: referral.reward.suggestedAmount ?? undefined }}
        onFinish={async (values) => {
          try {
            await award({
              variables: {
                input: {
                  id: referral.id,
                  version: referral.version,
                  amount: values.amount.trim(),
                  rewardedOn: dateString(values.rewardedOn) ?? '',
                },
              },
            });
            void message.success(t('common.saved'));
            onClose();
          } catch (error) {
            onError(error);
          }
        }}
      >
        <Form.Item
          name="amount"
          label={t('referrals.rewardAmount')}
          extra={
            referral.reward.suggestedAmount
              ? t('referrals.suggestedHint', { amount: referral.reward.suggestedAmount })
              : undefined
          }
          rules={[rules.required(t('referrals.rewardAmount')), rules.money]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item
          name="rewardedOn"
          label={t('referrals.rewardedOn')}
          rules={[rules.select(t('referrals.rewardedOn')), rules.notFuture(t('referrals.rewardedOn'))]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const pickExport = (data: ExportReferralsQuery) => data.referralsExport;

/** An organisation's page for officers: its referrals, conversion (报备 → 受理 → 签约 → 落地) and rewards. */
export function OrganizationReferralsPage({ readOnly = false }: { readOnly?: boolean }) {
  const { t, label, pick } = useI18n();
  const toMessage = useErrorMessage();
  const { id = '' } = useParams();
  const reference = useReferenceOptions();
  const { data, loading, error } = useQuery(OrganizationReferralsDocument, { variables: { id } });
  // The organisation's referrals, as many a page as the API gives at once; the pager past that.
  const referralFilter = { organizationId: id };
  const referrals = useConnectionQuery(ReviewQueueDocument, {
    variables: { filter: referralFilter },
    select: (answer) => answer.referrals,
    pageSize: 100,
  });
  const referralColumns: ConnectionColumn<QueueRow>[] = [
    {
      title: t('referrals.companyName'),
      render: (_, r) => <Link to={`/referrals/${r.id}`}>{r.companyName}</Link>,
    },
    { title: t('referrals.segment'), render: (_, r) => `${pick(r.industry)} / ${pick(r.segment)}` },
    { title: t('referrals.status'), render: (_, r) => <ReferralStatusTag status={r.status} /> },
    {
      title: t('referrals.protectedUntil'),
      render: (_, r) => <ProtectionDate until={r.protectedUntil} expiringSoon={r.expiringSoon} />,
    },
    { title: t('referrals.filedAt'), render: (_, r) => dateTimeText(r.createdAt) },
  ];
  const [awarding, setAwarding] = useState<RewardRow | null>(null);
  const organization = data?.organization;
  usePageTrail(
    organization
      ? [{ title: t('menu.referrals'), to: listHref('/referrals') }, { title: organization.name }]
      : null,
  );
  if (loading && !organization) return <Skeleton active paragraph={{ rows: 8 }} />;
  const segmentName = (code: string) => {
    const segment = reference.industries.flatMap((i) => i.segments).find((s) => s.code === code);
    return segment ? pick(segment) : code;
  };
  const funnel = organization?.referralFunnel;
  return (
    <Flex vertical gap={16}>
      <Link to={listHref('/referrals')}>
        <Button icon={<ArrowLeftOutlined />}>{t('referrals.backToQueue')}</Button>
      </Link>
      {error && <Alert type="error" showIcon title={toMessage(error)} />}
      {organization && funnel && (
        <>
          <Card
            title={
              <Typography.Title level={4} style={{ margin: 0 }}>
                {organization.name}
              </Typography.Title>
            }
          >
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                {
                  key: 'kind',
                  label: t('orgs.kind'),
                  children: label(ORGANIZATION_KIND_LABELS[organization.kind]),
                },
                ...(organization.kind === 'PLATFORM'
                  ? [
                      {
                        key: 'certified',
                        label: t('orgs.certifiedOn'),
                        children: dateText(organization.certifiedOn),
                      },
                      {
                        key: 'contract',
                        label: t('orgs.contract'),
                        children: `${dateText(organization.contractStartsOn)} ~ ${dateText(organization.contractEndsOn)}`,
                      },
                    ]
                  : []),
                ...(organization.segmentCodes.length
                  ? [
                      {
                        key: 'segments',
                        label: t('orgs.segments'),
                        children: organization.segmentCodes.map(segmentName).join('、'),
                      },
                    ]
                  : []),
              ]}
            />
            <Row gutter={16} style={{ marginTop: 16 }} data-testid="referral-funnel">
              {(['filed', 'accepted', 'signed', 'landed'] as const).map((step) => (
                <Col key={step} xs={12} md={6}>
                  <Statistic title={t(`referrals.funnel.${step}`)} value={funnel[step]} />
                </Col>
              ))}
            </Row>
          </Card>
          <Card title={t('referrals.orgReferrals')}>
            <ConnectionTable<QueueRow>
              page={referrals}
              columns={referralColumns}
              empty={t('referrals.queueEmpty')}
              size="small"
              toolbar={
                <ExportButton
                  query={ExportReferralsDocument}
                  variables={{ filter: referralFilter }}
                  pick={pickExport}
                />
              }
            />
          </Card>
          <Card title={t('referrals.rewards')}>
            <Table<RewardRow>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data?.referralRewards ?? []}
              locale={{ emptyText: <Empty description={t('referrals.rewardsEmpty')} /> }}
              columns={[
                {
                  title: t('referrals.companyName'),
                  render: (_, r) => <Link to={`/referrals/${r.id}`}>{r.companyName}</Link>,
                },
                { title: t('referrals.eligibleOn'), render: (_, r) => dateText(r.reward.eligibleOn) },
                {
                  title: t('referrals.rewardAmount'),
                  render: (_, r) =>
                    r.reward.rewardedOn
                      ? amountText(r.reward.amount)
                      : r.reward.suggestedAmount
                        ? t('referrals.suggested', { amount: amountText(r.reward.suggestedAmount) })
                        : '—',
                },
                {
                  title: t('referrals.rewardedOn'),
                  render: (_, r) =>
                    r.reward.rewardedOn ? dateText(r.reward.rewardedOn) : t('referrals.rewardPending'),
                },
                ...(readOnly
                  ? []
                  : [
                      {
                        title: t('common.actions'),
                        render: (_: unknown, r: RewardRow) =>
                          r.reward.rewardedOn ? null : (
                            <Button size="small" onClick={() => setAwarding(r)}>
                              {t('referrals.award')}
                            </Button>
                          ),
                      },
                    ]),
              ]}
            />
          </Card>
          {awarding && <AwardModal referral={awarding} onClose={() => setAwarding(null)} />}
        </>
      )}
    </Flex>
  );
}
