import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Typography } from 'antd';
import { Link } from 'react-router';
import { enterpriseMatchCounted, type SubjectMatch } from '@lianzhao/domain';
import { EnterprisePolicyMatchesDocument, type PolicyMatchFieldsFragment } from '@lianzhao/web-data';
import { moneyText, useErrorMessage, useI18n } from '@lianzhao/web-ui';
import { PolicyMatchList, useRefetchOnVersion } from './PolicyMatchesCard';

interface ProjectGroup {
  id: string;
  name: string;
  matches: PolicyMatchFieldsFragment[];
}

function asSubjectMatch(m: PolicyMatchFieldsFragment): SubjectMatch {
  return { subject: m.subject, itemId: m.item.id, qualified: m.qualified, amount: m.amount ?? null };
}

/**
 * The 可享政策 card of the enterprise page: what the enterprise qualifies for on its own facts
 * (tags, industry, segment; project facts show as missing), then each of its projects' matches, and
 * the estimated total, in which an item a project already carries is not counted again for the
 * enterprise (the rule and the total are libs/domain's and the API's).
 */
export function EnterprisePolicyMatches({ enterpriseId, version }: { enterpriseId: string; version?: number }) {
  const { t, locale } = useI18n();
  const toMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(EnterprisePolicyMatchesDocument, {
    variables: { id: enterpriseId },
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnVersion(version, refetch);
  const all = data?.enterprise.policyMatches;
  const { own, projects, notCounted } = useMemo(() => {
    const matches = all ?? [];
    const subjects = matches.map(asSubjectMatch);
    const groups = new Map<string, ProjectGroup>();
    for (const m of matches) {
      if (!m.project) continue;
      const group = groups.get(m.project.id) ?? { id: m.project.id, name: m.project.name, matches: [] };
      group.matches.push(m);
      groups.set(m.project.id, group);
    }
    return {
      own: matches.filter((m) => m.subject === 'ENTERPRISE'),
      projects: [...groups.values()],
      notCounted: new Set(matches.filter((m, i) => m.qualified && !enterpriseMatchCounted(subjects[i], subjects)).map((m) => m.id)),
    };
  }, [all]);
  const total = data?.enterprise.policyEstimate;
  return (
    <Card
      title={t('policies.card')}
      data-testid="policy-matches-card"
      extra={total !== undefined && <span data-testid="policy-estimate-total">{t('policies.estimateTotal', { amount: moneyText(total, locale) })}</span>}
    >
      {error && <Alert type="error" title={toMessage(error)} />}
      <Typography.Title level={5} data-testid="policy-group-enterprise">
        {t('policies.ownGroup')}
      </Typography.Title>
      {projects.length === 0 && data && <Typography.Paragraph type="secondary">{t('policies.noProjectHint')}</Typography.Paragraph>}
      <PolicyMatchList matches={own} loading={loading && !data} notCounted={notCounted} />
      {projects.map((p) => (
        <div key={p.id} data-testid="policy-group-project">
          <Typography.Title level={5}>
            {t('policies.projectGroup')}：<Link to={`/projects/${p.id}`}>{p.name}</Link>
          </Typography.Title>
          <PolicyMatchList matches={p.matches} loading={false} />
        </div>
      ))}
    </Card>
  );
}
