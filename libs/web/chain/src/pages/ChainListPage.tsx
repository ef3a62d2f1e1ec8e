import { Card, Flex, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { ChainDrillFilter } from '@lianzhao/web-data';
import { useI18n, useReferenceOptions, type MessageKey } from '@lianzhao/web-ui';
import { EnterpriseList, InvestmentList, LeadList, ReferralList } from '../components/DrillLists';
import { TargetList } from '../components/TargetList';

const TITLES: Readonly<Record<string, MessageKey>> = {
  ENTERPRISES: 'chain.localEnterprises',
  LEADS: 'chain.openLeads',
  REFERRALS: 'chain.referrals',
  TARGETS: 'chain.targets',
  INVESTMENTS: 'chain.investments',
};

/** A figure of the overview as its list: an industry's (or segment's) chain, as of a day. */
export function ChainListPage() {
  const { t, pick } = useI18n();
  const [params] = useSearchParams();
  const { industries } = useReferenceOptions();
  const kind = params.get('kind') ?? 'TARGETS';
  const industryCode = params.get('industry') ?? undefined;
  const filter: ChainDrillFilter = {
    industryCode,
    segmentCode: params.get('segment') ?? undefined,
    asOf: params.get('asOf') ?? undefined,
  };
  const industry = industries.find((i) => i.code === industryCode);
  const list =
    kind === 'ENTERPRISES' ? (
      <EnterpriseList filter={filter} />
    ) : kind === 'LEADS' ? (
      <LeadList filter={filter} />
    ) : kind === 'REFERRALS' ? (
      <ReferralList filter={filter} />
    ) : kind === 'INVESTMENTS' ? (
      <InvestmentList filter={filter} />
    ) : (
      <TargetList filter={filter} canEdit={false} />
    );
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('chain.listTitle', {
            industry: industry ? pick(industry) : '',
            list: t(TITLES[kind] ?? 'chain.targets'),
          })}
        </Typography.Title>
      }
      extra={<Link to={`/chain?industry=${industryCode ?? ''}`}>{t('chain.title')}</Link>}
    >
      <Flex vertical>{list}</Flex>
    </Card>
  );
}
