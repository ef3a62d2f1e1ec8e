import { Button, Drawer, Tabs } from 'antd';
import { useState } from 'react';
import { CHAIN_TIER_LABELS } from '@lianzhao/domain';
import type { ChainDrillFilter } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';
import { EnterpriseList, InvestmentList, LeadList, ReferralList, type Editing } from './DrillLists';
import { PlaceModal } from './PlaceModal';
import type { MapLink } from './LinkCard';
import { TargetList } from './TargetList';

/** A link's lists — each tab the list behind one of the card's figures, with the same count. */
export function LinkDrawer({
  link,
  asOf,
  canEdit,
  onClose,
  onChanged,
}: {
  link: MapLink | null;
  asOf?: string;
  canEdit: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, label } = useI18n();
  const filter: ChainDrillFilter = { linkId: link?.id, asOf };
  const [placing, setPlacing] = useState(false);
  const editing: Editing | undefined = canEdit && link ? { linkId: link.id, onChanged } : undefined;
  const count = (key: Parameters<typeof t>[0], n: number | undefined) => `${t(key)} ${n ?? 0}`;
  return (
    <Drawer
      open={link !== null}
      onClose={onClose}
      width={880}
      title={link ? `${link.name}（${label(CHAIN_TIER_LABELS[link.tier])}）` : ''}
      destroyOnHidden
      extra={
        editing ? (
          <Button type="primary" onClick={() => setPlacing(true)}>
            {t('chain.place')}
          </Button>
        ) : null
      }
    >
      {link ? (
        <Tabs
          defaultActiveKey="targets"
          items={[
            {
              key: 'enterprises',
              label: count('chain.localEnterprises', link.counts.localEnterprises),
              children: <EnterpriseList filter={filter} editing={editing} />,
            },
            {
              key: 'leads',
              label: count('chain.openLeads', link.counts.openLeads),
              children: <LeadList filter={filter} editing={editing} />,
            },
            {
              key: 'referrals',
              label: count('chain.referrals', link.counts.referrals),
              children: <ReferralList filter={filter} />,
            },
            {
              key: 'targets',
              label: count('chain.targets', link.counts.targets),
              children: (
                <TargetList filter={filter} linkId={link.id} canEdit={canEdit} onChanged={onChanged} />
              ),
            },
            {
              key: 'investments',
              label: count('chain.investments', link.counts.investments),
              children: <InvestmentList filter={filter} />,
            },
          ]}
        />
      ) : null}
      {link && editing ? (
        <PlaceModal
          linkId={link.id}
          open={placing}
          onClose={() => setPlacing(false)}
          onPlaced={() => {
            setPlacing(false);
            onChanged();
          }}
        />
      ) : null}
      {link && editing ? (
        <PlaceModal
          linkId={link.id}
          open={placing}
          onClose={() => setPlacing(false)}
          onPlaced={() => {
            setPlacing(false);
            onChanged();
          }}
        />
      ) : null}
    </Drawer>
  );
}
