import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { MyReferralDocument } from '@lianzhao/web-data';
import { dateText, listHref, moneyText, useErrorMessage, useI18n, usePageTrail } from '@lianzhao/web-ui';
import { ReferralFactsList } from '../components/ReferralFactsList';
import { ReferralHistoryTimeline } from '../components/ReferralHistoryTimeline';
import { ReferralProgressCard } from '../components/ReferralProgressCard';

/** The partner's page of one of its referrals: what it filed, the history, the project's progress. */
export function MyReferralDetailPage() {
  const { t, locale } = useI18n();
  const toMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(MyReferralDocument, { variables: { id } });
  const referral = data?.referral;
  usePageTrail(
    referral
      ? [{ title: t('menu.myReferrals'), to: listHref('/my-referrals') }, { title: referral.companyName }]
      : null,
  );
  if (loading && !referral) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <Flex vertical gap={16}>
      <Link to={listHref('/my-referrals')}>
        <Button icon={<ArrowLeftOutlined />}>{t('referrals.backToMine')}</Button>
      </Link>
      {error && <Alert type="error" showIcon title={toMessage(error)} />}
      {referral && (
        <>
          <Card
            title={
              <Typography.Title level={4} style={{ margin: 0 }}>
                {referral.companyName}
              </Typography.Title>
            }
          >
            <ReferralFactsList referral={referral} />
          </Card>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card title={t('referrals.history')} size="small">
                <ReferralHistoryTimeline history={referral.history} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Flex vertical gap={16}>
                <ReferralProgressCard progress={referral.progress} />
                {referral.reward.eligible && (
                  <Card title={t('referrals.reward')} size="small">
                    {referral.reward.rewardedOn
                      ? t('referrals.rewardPaid', {
                          amount: moneyText(referral.reward.amount, locale),
                          date: dateText(referral.reward.rewardedOn),
                        })
                      : t('referrals.rewardEligible', { date: dateText(referral.reward.eligibleOn) })}
                  </Card>
                )}
              </Flex>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
