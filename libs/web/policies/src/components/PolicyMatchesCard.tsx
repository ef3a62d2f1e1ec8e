import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { POLICY_ITEM_KIND_LABELS } from '@lianzhao/domain';
import { ProjectPolicyMatchesDocument, type PolicyMatchFieldsFragment } from '@lianzhao/web-data';
import { moneyText, useErrorMessage, useI18n } from '@lianzhao/web-ui';

export interface PolicyMatchListProps {
  matches: readonly PolicyMatchFieldsFragment[];
  loading: boolean;
  /** Matches shown but not added to the total: a project of the enterprise already carries the item. */
  notCounted?: ReadonlySet<string>;
}

/** 可享政策: qualified items with their estimated amounts first, then what the next ones still miss. */
export function PolicyMatchList({ matches, loading, notCounted }: PolicyMatchListProps) {
  const { t, label, locale } = useI18n();
  return (
    <List<PolicyMatchFieldsFragment>
      loading={loading}
      dataSource={[...matches]}
      locale={{ emptyText: t('policies.cardEmpty') }}
      rowKey="id"
      renderItem={(m) => (
        <List.Item data-testid="policy-match">
          <List.Item.Meta
            title={
              <Space wrap>
                <Tag color={m.qualified ? 'green' : 'default'}>{t(m.qualified ? 'policies.qualified' : 'policies.pending')}</Tag>
                <span>{m.item.name}</span>
                <Typography.Text type="secondary">{label(POLICY_ITEM_KIND_LABELS[m.item.kind])}</Typography.Text>
                {notCounted?.has(m.id) && <Tag data-testid="policy-match-carried">{t('policies.carriedByProject')}</Tag>}
              </Space>
            }
            description={
              m.missing.length > 0 ? (
                <span>
                  {t('policies.missing')}：{m.missing.join('；')}
                </span>
              ) : null
            }
          />
          <div>
            {t('policies.estimate')}：{m.amount ? moneyText(m.amount, locale) : t('policies.amountUndetermined')}
          </div>
        </List.Item>
      )}
    />
  );
}

/**
 * Rereads when the record's version moves: the server recomputes matches in the write that
 * changed the facts (a milestone, an investment, tags), which the page's own mutation does not return.
 */
export function useRefetchOnVersion(version: number | undefined, refetch: () => unknown): void {
  const seen = useRef(version);
  useEffect(() => {
    if (version !== undefined && seen.current !== undefined && version !== seen.current) void refetch();
    seen.current = version;
  }, [version, refetch]);
}

export interface ProjectPolicyMatchesProps {
  projectId: string;
  version?: number;
}

/** The 可享政策 card of the project page. */
export function ProjectPolicyMatches({ projectId, version }: ProjectPolicyMatchesProps) {
  const { t } = useI18n();
  const toMessage = useErrorMessage();
  // Matches follow the facts on every write: read afresh on each visit.
  const { data, loading, error, refetch } = useQuery(ProjectPolicyMatchesDocument, {
    variables: { id: projectId },
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnVersion(version, refetch);
  return (
    <Card title={t('policies.card')} data-testid="policy-matches-card">
      {error && <Alert type="error" title={toMessage(error)} />}
      <PolicyMatchList matches={data?.project.policyMatches ?? []} loading={loading && !data} />
    </Card>
  );
}
