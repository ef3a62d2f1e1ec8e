import { Card, Flex, Segmented, Tag, Typography, Button } from 'antd';
import { useState } from 'react';
import { SUPPLY_RELATION_LABELS } from '@lianzhao/domain';
import { SupplyChainEntriesDocument } from '@lianzhao/web-data';
import { ConnectionTable, useConnectionQuery, useI18n, type ConnectionColumn } from '@lianzhao/web-ui';
import { AddTargetModal } from './TargetList';

type LocalFilter = 'all' | 'notLocal' | 'local';

/** The office's view of chain masters' supply chains: which companies are not yet local, each one click from the target list. */
export function SupplyChainPanel({ canEdit, onChanged }: { canEdit: boolean; onChanged: () => void }) {
  const { t, label } = useI18n();
  const [local, setLocal] = useState<LocalFilter>('notLocal');
  const page = useConnectionQuery(SupplyChainEntriesDocument, {
    variables: { filter: { local: local === 'all' ? undefined : local === 'local' } },
    select: (d) => d.supplyChainEntries,
    fetchPolicy: 'cache-and-network',
  });
  type Row = NonNullable<typeof page.connection>['edges'][number]['node'];
  const [target, setTarget] = useState<Row | null>(null);
  const columns: ConnectionColumn<Row>[] = [
    { title: t('chain.companyName'), render: (_, r) => r.companyName },
    { title: t('chain.chainMaster'), render: (_, r) => r.organizationName },
    { title: t('chain.relation'), render: (_, r) => label(SUPPLY_RELATION_LABELS[r.relation]) },
    { title: t('chain.link'), render: (_, r) => r.link?.name ?? '—' },
    { title: t('chain.supplies'), render: (_, r) => r.supplies },
    {
      title: t('chain.local'),
      render: (_, r) =>
        r.local ? (
          <Tag color="success">{t('chain.isLocal')}</Tag>
        ) : (
          <Tag color="error">{t('chain.notLocal')}</Tag>
        ),
    },
    {
      title: '',
      render: (_, r) =>
        canEdit && !r.local && r.link ? (
          <Button size="small" onClick={() => setTarget(r)}>
            {t('chain.makeTarget')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Card
      title={t('chain.supplyTitle')}
      extra={
        <Segmented<LocalFilter>
          value={local}
          onChange={setLocal}
          options={[
            { value: 'notLocal', label: t('chain.onlyNotLocal') },
            { value: 'local', label: t('chain.onlyLocal') },
            { value: 'all', label: t('chain.allLocal') },
          ]}
        />
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('chain.supplyIntro')}</Typography.Text>
        <ConnectionTable page={page} columns={columns} empty={t('chain.empty')} size="small" />
      </Flex>
      {target?.link ? (
        <AddTargetModal
          open
          linkId={target.link.id}
          supplyChainEntryId={target.id}
          companyName={target.companyName}
          onClose={() => setTarget(null)}
          onAdded={() => {
            setTarget(null);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}
