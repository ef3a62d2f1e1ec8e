import { useQuery } from '@apollo/client/react';
import { InvestmentsDocument, ProjectDocument, type InvestmentFilter, type InvestmentRowFragment } from '@lianzhao/web-data';
import { useConnectionQuery } from '@lianzhao/web-ui';
import { PortfolioTable } from './PortfolioTable';

/** Up to a hundred investments concern one company or project: the panel shows them whole. */
const ALL = 100;

function useInvestments(filter: InvestmentFilter) {
  const page = useConnectionQuery(InvestmentsDocument, {
    variables: { filter },
    select: (data) => data.investments,
    pageSize: ALL,
    // 返投 recognition follows other contexts' records: refreshed on every visit.
    fetchPolicy: 'cache-and-network',
  });
  return { rows: page.connection?.edges.map((e) => e.node) ?? [], loading: page.loading };
}

/** 基金 on an enterprise page: the funds' investments in it, their stage, recognition and landing. */
export function EnterpriseInvestments({ enterpriseId }: { enterpriseId: string }) {
  const { rows, loading } = useInvestments({ enterpriseIds: [enterpriseId] });
  return <PortfolioTable investments={rows} showFund loading={loading} />;
}

/**
 * 基金 on a project page: the investments this project tracks — those naming it (a local
 * subsidiary's project) and those of its enterprise whose lead signed into it. The API's project
 * filter reads the investment's own project only, so the company's investments are read too and
 * kept when their lead's project is this one.
 */
export function ProjectInvestments({ projectId }: { projectId: string }) {
  // The project page has just read the project: this answers from the cache.
  const project = useQuery(ProjectDocument, { variables: { id: projectId } });
  const enterpriseId = project.data?.project.enterprise.id;
  if (!enterpriseId) return <PortfolioTable investments={[]} showFund loading />;
  return <TrackedInvestments projectId={projectId} enterpriseId={enterpriseId} />;
}

function TrackedInvestments({ projectId, enterpriseId }: { projectId: string; enterpriseId: string }) {
  const named = useInvestments({ projectIds: [projectId] });
  const company = useInvestments({ enterpriseIds: [enterpriseId] });
  const tracked = (i: InvestmentRowFragment) => (i.project ?? i.lead?.project)?.id === projectId;
  const rows = [...named.rows, ...company.rows.filter((i) => !named.rows.some((n) => n.id === i.id))].filter(tracked);
  return <PortfolioTable investments={rows} showFund loading={named.loading || company.loading} />;
}
