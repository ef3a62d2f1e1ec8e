import { Button, Drawer, Tabs } from 'antd';
import { useState } from 'react';
import { CHAIN_TIER_LABELS, LEAD_STAGE_LABELS, type LeadStage, type ReferralStatus } from '@lianzhao/domain';
import type { ChainDrillFilter } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';
import { EnterpriseList, InvestmentList, LeadList, ReferralList, type Editing } from './DrillLists';
import { PlaceModal } from './PlaceModal';
import type { MapLink } from './LinkCard';
import { PartChips, useStatusName, type LinkFocus } from './LinkParts';
import { TargetList } from './TargetList';

/**
 * A link's lists — each tab the list behind one of the card's figures, with the same count; the
 * leads and referrals narrowed to a stage or status by the chips above them (a part clicked on
 * the card opens here chosen). Mounted afresh for each opening (its key), so it starts at `focus`.
 */
export function LinkDrawer({
  link,
  asOf,
  focus,
  canEdit,
  onClose,
  onChanged,
}: {
  link: MapLink | null;
  asOf?: string;
  focus?: LinkFocus;
  canEdit: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, label } = useI18n();
  const statusName = useStatusName();
  const filter: ChainDrillFilter = { linkId: link?.id, asOf };
  const [tab, setTab] = useState<string>(focus?.tab ?? 'targets');
  const [stage, setStage] = useState<LeadStage | undefined>(focus?.stage);
  const [referralStatus, setReferralStatus] = useState<ReferralStatus | undefined>(focus?.referralStatus);
  const [placing, setPlacing] = useState(false);
  const editing: Editing | undefined = canEdit && link ? { linkId: link.id, onChanged } : undefined;
  const count = (key: Parameters<typeof t>[0], n: number | undefined) => `${t(key)} ${n ?? 0}`;
  return (
    <Drawer
      open={link !== null}
      onClose={onClose}
      // On a phone the drawer takes the screen rather than running off it.
      size="min(880px, 100vw)"
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
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'enterprises',
              label: count('chain.localEnterprises', link.counts.localEnterprises),
              children: <EnterpriseList filter={filter} editing={editing} />,
            },
            {
              key: 'leads',
              label: count('chain.openLeads', link.counts.openLeads),
              children: (
                <>
                  <PartChips
                    all={{ label: t('chain.allOpenLeads'), count: link.counts.openLeads }}
                    parts={link.counts.openLeadsByStage.map((p) => ({ part: p.stage, count: p.count }))}
                    value={stage}
                    onChange={setStage}
                    name={(s) => label(LEAD_STAGE_LABELS[s])}
                  />
                  <LeadList key={stage ?? ''} filter={{ ...filter, stage }} editing={editing} />
                </>
              ),
            },
            {
              key: 'referrals',
              label: count('chain.referrals', link.counts.referrals),
              children: (
                <>
                  <PartChips
                    all={{ label: t('chain.allPending'), count: link.counts.referrals }}
                    parts={link.counts.referralsByStatus.map((p) => ({ part: p.status, count: p.count }))}
                    value={referralStatus}
                    onChange={setReferralStatus}
                    name={statusName}
                  />
                  <ReferralList key={referralStatus ?? ''} filter={{ ...filter, referralStatus }} />
                </>
              ),
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
    </Drawer>
  );
}
