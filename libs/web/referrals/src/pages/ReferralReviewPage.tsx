import { useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { CHANNEL_LABELS, ORGANIZATION_KIND_LABELS } from '@lianzhao/domain';
import { ReferralForReviewDocument } from '@lianzhao/web-data';
import { dateTimeText, listHref, StageTag, useErrorMessage, useI18n, usePageTrail } from '@lianzhao/web-ui';
import { AcceptReferralModal, RejectReferralModal } from '../components/DecisionModals';
import { ProtectionDate } from '../components/ProtectionDate';
import { ReferralFactsList } from '../components/ReferralFactsList';
import { ReferralHistoryTimeline } from '../components/ReferralHistoryTimeline';
import { ReferralProgressCard } from '../components/ReferralProgressCard';
import { ReferralStatusTag } from '../components/ReferralStatusTag';

export interface ReferralReviewPageProps {
  readOnly?: boolean;
}

/** An officer's page of one referral: what was filed beside what it matched, and the decision. */
export function ReferralReviewPage({ readOnly = false }: ReferralReviewPageProps) {
  const { t, label } = useI18n();
  const toMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ReferralForReviewDocument, { variables: { id } });
  const [dialog, setDialog] = useState<'accept' | 'reject' | null>(null);
  const referral = data?.referral;
  usePageTrail(
    referral
      ? [{ title: t('menu.referrals'), to: listHref('/referrals') }, { title: referral.companyName }]
      : null,
  );
  if (loading && !referral) return <Skeleton active paragraph={{ rows: 8 }} />;
  const review = referral?.review;
  const decidable = referral && !readOnly && ['PROTECTED', 'EXISTING', 'CONFLICT'].includes(referral.status);
  const acceptable = referral && (referral.status === 'PROTECTED' || referral.status === 'EXISTING');

  return (
    <Flex vertical gap={16}>
      <Link to={listHref('/referrals')}>
        <Button icon={<ArrowLeftOutlined />}>{t('referrals.backToQueue')}</Button>
      </Link>
      {error && <Alert type="error" showIcon title={toMessage(error)} />}
      {referral && review && (
        <>
          <Card
            title={
              <Typography.Title level={4} style={{ margin: 0 }}>
                {referral.companyName}
              </Typography.Title>
            }
            extra={
              decidable && (
                <Space>
                  {acceptable && (
                    <Button type="primary" onClick={() => setDialog('accept')}>
                      {t('referrals.accept')}
                    </Button>
                  )}
                  <Button danger onClick={() => setDialog('reject')}>
                    {t('referrals.reject')}
                  </Button>
                </Space>
              )
            }
          >
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                {
                  key: 'org',
                  label: t('referrals.organization'),
                  children: (
                    <Link to={`/referrals/organizations/${review.organization.id}`}>
                      {review.organization.name}（{label(ORGANIZATION_KIND_LABELS[review.organization.kind])}
                      ）
                    </Link>
                  ),
                },
                { key: 'by', label: t('referrals.filedBy'), children: review.filedBy?.displayName ?? '—' },
                {
                  key: 'lead',
                  label: t('referrals.lead'),
                  children: review.lead ? (
                    <Link to={`/leads/${review.lead.id}`}>{review.lead.projectName}</Link>
                  ) : (
                    '—'
                  ),
                },
              ]}
            />
          </Card>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card title={t('referrals.thisReferral')} size="small">
                <ReferralFactsList referral={referral} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('referrals.match')} size="small" data-testid="referral-match">
                {review.conflictWith ? (
                  <Descriptions
                    size="small"
                    column={1}
                    title={t('referrals.matchEarlier')}
                    items={[
                      {
                        key: 'company',
                        label: t('referrals.companyName'),
                        children: (
                          <Link to={`/referrals/${review.conflictWith.id}`}>
                            {review.conflictWith.companyName}
                          </Link>
                        ),
                      },
                      {
                        key: 'code',
                        label: t('referrals.creditCode'),
                        children: review.conflictWith.creditCode ?? '—',
                      },
                      {
                        key: 'org',
                        label: t('referrals.organization'),
                        children: review.conflictWith.review.organization.name,
                      },
                      {
                        key: 'status',
                        label: t('referrals.status'),
                        children: <ReferralStatusTag status={review.conflictWith.status} />,
                      },
                      {
                        key: 'until',
                        label: t('referrals.protectedUntil'),
                        children: (
                          <ProtectionDate
                            until={review.conflictWith.protectedUntil}
                            expiringSoon={review.conflictWith.expiringSoon}
                          />
                        ),
                      },
                      {
                        key: 'filed',
                        label: t('referrals.filedAt'),
                        children: dateTimeText(review.conflictWith.createdAt),
                      },
                    ]}
                  />
                ) : review.matchedLead ? (
                  <>
                    <Descriptions
                      size="small"
                      column={1}
                      title={t('referrals.matchLead')}
                      items={[
                        {
                          key: 'project',
                          label: t('referrals.lead'),
                          children: (
                            <Link to={`/leads/${review.matchedLead.id}`}>
                              {review.matchedLead.projectName}
                            </Link>
                          ),
                        },
                        {
                          key: 'enterprise',
                          label: t('referrals.companyName'),
                          children: review.matchedLead.enterprise.name,
                        },
                        {
                          key: 'code',
                          label: t('referrals.creditCode'),
                          children: review.matchedLead.enterprise.creditCode ?? '—',
                        },
                        {
                          key: 'stage',
                          label: t('referrals.leadStage'),
                          children: <StageTag stage={review.matchedLead.stage} />,
                        },
                        {
                          key: 'channel',
                          label: t('referrals.channel'),
                          children: label(CHANNEL_LABELS[review.matchedLead.channel]),
                        },
                        {
                          key: 'source',
                          label: t('referrals.source'),
                          children: review.matchedLead.sourceOrganization?.name ?? t('referrals.sourceNone'),
                        },
                        {
                          key: 'owner',
                          label: t('referrals.owner'),
                          children: review.matchedLead.owner.displayName,
                        },
                      ]}
                    />
                    {referral.status === 'EXISTING' && (
                      <Alert
                        type="info"
                        showIcon
                        title={t(
                          review.matchedLead.sourceOrganization
                            ? 'referrals.attachKeepsSource'
                            : 'referrals.attachSetsSource',
                        )}
                      />
                    )}
                  </>
                ) : (
                  <Empty description={t('referrals.matchNone')} />
                )}
              </Card>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card title={t('referrals.history')} size="small">
                <ReferralHistoryTimeline history={referral.history} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <ReferralProgressCard progress={referral.progress} />
            </Col>
          </Row>
          {dialog === 'accept' && (
            <AcceptReferralModal
              referral={referral}
              existing={Boolean(review.matchedLead)}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'reject' && <RejectReferralModal referral={referral} onClose={() => setDialog(null)} />}
        </>
      )}
    </Flex>
  );
}
