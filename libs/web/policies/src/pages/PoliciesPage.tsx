import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { POLICY_ITEM_KIND_LABELS, type PolicyAmount, type PolicyCondition } from '@lianzhao/domain';
import {
  evictRootFields,
  ExportPoliciesDocument,
  PoliciesDocument,
  RetirePolicyItemDocument,
  type ExportPoliciesQuery,
  type PolicyFieldsFragment,
  type PolicyItemFieldsFragment,
} from '@lianzhao/web-data';
import { dateText, ExportButton, useErrorMessage, useI18n, useShowError } from '@lianzhao/web-ui';
import { PolicyFormModal } from '../components/PolicyFormModal';
import { PolicyItemFormModal } from '../components/PolicyItemFormModal';
import { anyRecomputing, MatchJobStatus } from '../components/MatchJobStatus';
import { amountParts, conditionText } from '../utils/rule-text';

const pickExport = (data: ExportPoliciesQuery) => data.policiesExport;

type ItemEditor = { policyId: string; item: PolicyItemFieldsFragment | null };
const POLL_MS = 1000;

/** 政策库 (admin): policy documents and their items, each item's rule in words. */
export function PoliciesPage() {
  const { t, label, locale } = useI18n();
  const toMessage = useErrorMessage();
  const showError = useShowError();
  const { message } = App.useApp();
  const { data, loading, error, startPolling, stopPolling } = useQuery(PoliciesDocument);
  // A saved item's matches are recomputed in the background: follow the progress until done.
  const recomputing = anyRecomputing((data?.policies ?? []).flatMap((p) => p.items));
  useEffect(() => {
    if (!recomputing) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [recomputing, startPolling, stopPolling]);
  const [editingPolicy, setEditingPolicy] = useState<PolicyFieldsFragment | null | undefined>(undefined);
  const [editingItem, setEditingItem] = useState<ItemEditor | null>(null);
  const [retire] = useMutation(RetirePolicyItemDocument, { update: (cache) => evictRootFields(cache, 'policies') });

  const amountText = (amount: unknown) => {
    if (!amount) return t('policies.amountUndetermined');
    const parts = amountParts(amount as PolicyAmount, locale);
    return parts.kind === 'fixed'
      ? t('policies.fixedAmount', { amount: parts.amount })
      : t('policies.rateAmount', {
          rate: parts.rate,
          base: parts.base,
          cap: parts.cap ? t('policies.capText', { cap: parts.cap }) : '',
        });
  };

  const onRetire = async (item: PolicyItemFieldsFragment) => {
    try {
      await retire({ variables: { input: { id: item.id, version: item.version } } });
      void message.success(t('policies.saved'));
    } catch (e) {
      showError(e);
    }
  };

  const policies = data?.policies ?? [];
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('policies.title')}
        </Typography.Title>
      }
      extra={
        <Space>
          <ExportButton query={ExportPoliciesDocument} variables={{}} pick={pickExport} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditingPolicy(null)}>
            {t('policies.create')}
          </Button>
        </Space>
      }
      loading={loading && !data}
    >
      {error && <Alert type="error" showIcon title={toMessage(error)} />}
      {!loading && policies.length === 0 && <Empty description={t('policies.empty')} />}
      <Space orientation="vertical" style={{ width: '100%' }} size="large">
        {policies.map((policy) => (
          <Card
            key={policy.id}
            type="inner"
            data-testid="policy-card"
            title={`${policy.docNumber} ${policy.title}`}
            extra={
              <Space>
                <Typography.Text type="secondary">
                  {t('policies.issuedOn')} {dateText(policy.issuedOn)} · {t('policies.validUntil')}{' '}
                  {policy.validUntil ?? t('policies.validForever')}
                </Typography.Text>
                <Button size="small" onClick={() => setEditingPolicy(policy)}>
                  {t('policies.edit')}
                </Button>
                <Button size="small" icon={<PlusOutlined />} onClick={() => setEditingItem({ policyId: policy.id, item: null })}>
                  {t('policies.addItem')}
                </Button>
              </Space>
            }
          >
            <Table<PolicyItemFieldsFragment>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={policy.items}
              locale={{ emptyText: t('policies.noItems') }}
              columns={[
                {
                  title: t('policies.itemName'),
                  render: (_, item) => (
                    <Space>
                      {item.name}
                      {item.retiredAt && <Tag>{t('policies.retired')}</Tag>}
                    </Space>
                  ),
                },
                { title: t('policies.kind'), render: (_, item) => label(POLICY_ITEM_KIND_LABELS[item.kind]) },
                { title: t('policies.summary'), render: (_, item) => conditionText(item.condition as unknown as PolicyCondition) },
                { title: t('policies.amount').replace(/（JSON）|\(JSON\)/, ''), render: (_, item) => amountText(item.amount) },
                { title: t('policies.matchStatus'), width: 220, render: (_, item) => <MatchJobStatus item={item} /> },
                {
                  title: '',
                  width: 140,
                  render: (_, item) =>
                    item.retiredAt ? null : (
                      <Space>
                        <Button size="small" type="link" onClick={() => setEditingItem({ policyId: policy.id, item })}>
                          {t('policies.edit')}
                        </Button>
                        <Popconfirm title={t('policies.retireConfirm')} onConfirm={() => void onRetire(item)}>
                          <Button size="small" type="link" danger>
                            {t('policies.retire')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                },
              ]}
            />
          </Card>
        ))}
      </Space>
      {editingPolicy !== undefined && <PolicyFormModal policy={editingPolicy} onClose={() => setEditingPolicy(undefined)} />}
      {editingItem && (
        <PolicyItemFormModal policyId={editingItem.policyId} item={editingItem.item} onClose={() => setEditingItem(null)} />
      )}
    </Card>
  );
}
