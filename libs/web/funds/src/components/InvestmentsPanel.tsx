import type { InvestmentFilter } from '@lianzhao/web-data';
import { InvestmentsDocument } from '@lianzhao/web-data';
import { useConnectionQuery } from '@lianzhao/web-ui';
import { PortfolioTable } from './PortfolioTable';

export interface InvestmentsPanelProps {
  /** The company or project whose fund investments are shown. */
  filter: Pick<InvestmentFilter, 'enterpriseIds' | 'projectIds'>;
}

/** 基金 on an enterprise or project page: the funds' investments in it, their stage, recognition and landing. */
export function InvestmentsPanel({ filter }: InvestmentsPanelProps) {
  const page = useConnectionQuery(InvestmentsDocument, {
    variables: { filter },
    select: (data) => data.investments,
    // A company or project has few investments: shown whole.
    pageSize: 100,
    // 返投 recognition follows other contexts' records: refreshed on every visit.
    fetchPolicy: 'cache-and-network',
  });
  return (
    <PortfolioTable
      investments={page.connection?.edges.map((e) => e.node) ?? []}
      showFund
      loading={page.loading}
    />
  );
}

export function EnterpriseInvestments({ enterpriseId }: { enterpriseId: string }) {
  return <InvestmentsPanel filter={{ enterpriseIds: [enterpriseId] }} />;
}

/** The investments whose landing this project tracks (linked to it on 签约, or a subsidiary's project). */
export function ProjectInvestments({ projectId }: { projectId: string }) {
  return <InvestmentsPanel filter={{ projectIds: [projectId] }} />;
}
