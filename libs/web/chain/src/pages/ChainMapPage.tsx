import { ArrowRightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, DatePicker, Empty, Flex, Select, Spin, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { CHAIN_TIERS, CHAIN_TIER_LABELS, INDUSTRIES } from '@lianzhao/domain';
import { ChainMapDocument } from '@lianzhao/web-data';
import { useErrorMessage, useI18n, useReferenceOptions } from '@lianzhao/web-ui';
import { LinkCard, type MapLink } from '../components/LinkCard';
import { LinkDrawer } from '../components/LinkDrawer';
import type { LinkFocus } from '../components/LinkParts';
import { ManageLinksModal } from '../components/ManageLinksModal';
import { SupplyChainPanel } from '../components/SupplyChainPanel';

const LEADING = INDUSTRIES.filter((i) => i.leading).map((i) => i.code);

export interface ChainMapPageProps {
  /** 区领导 reads the map without adding or converting targets. */
  readOnly?: boolean;
  /** 系统管理员 edits the links and the status rule. */
  canManage?: boolean;
}

/**
 * 产业链图谱: an industry's segments as tabs, each segment's links left to right from upstream to
 * downstream, coloured by status; a link opens its lists. Industry, segment and day are in the URL.
 */
export function ChainMapPage({ readOnly = false, canManage = false }: ChainMapPageProps) {
  const { t, label, pick } = useI18n();
  const toMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const industryCode = params.get('industry') ?? LEADING[1] ?? 'GREEN_ENERGY';
  const asOf = params.get('asOf') ?? undefined;
  const { industries } = useReferenceOptions();
  const { data, previousData, loading, error, refetch } = useQuery(ChainMapDocument, {
    variables: { industryCode, asOf },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const map = (data ?? previousData)?.chainMap;
  const segmentCode = params.get('segment') ?? map?.segments[0]?.code;
  const [opened, setOpened] = useState<{ linkId: string; focus?: LinkFocus; at: number } | null>(null);
  const openLinkId = opened?.linkId ?? null;
  const [managing, setManaging] = useState(false);
  const segment = map?.segments.find((s) => s.code === segmentCode);
  const openLink = map?.segments.flatMap((s) => s.links).find((l) => l.id === openLinkId) ?? null;

  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const segmentView = (links: readonly MapLink[]) =>
    links.length === 0 ? (
      <Empty description={t('chain.noLinks')} />
    ) : (
      <Flex gap={16} align="flex-start" style={{ overflowX: 'auto', paddingBottom: 8 }}>
        {CHAIN_TIERS.map((tier, index) => (
          <Fragment key={tier}>
            {index > 0 ? (
              <ArrowRightOutlined style={{ alignSelf: 'center', fontSize: 20, color: '#999' }} />
            ) : null}
            <Flex vertical gap={8}>
              <Typography.Text strong>{label(CHAIN_TIER_LABELS[tier])}</Typography.Text>
              <Flex gap={8} wrap>
                {links
                  .filter((l) => l.tier === tier)
                  .map((link) => (
                    <LinkCard
                      key={link.id}
                      link={link}
                      onOpen={(l, focus) => setOpened({ linkId: l.id, focus, at: Date.now() })}
                    />
                  ))}
              </Flex>
            </Flex>
          </Fragment>
        ))}
      </Flex>
    );

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('chain.title')}
          </Typography.Title>
        }
        extra={
          <Flex gap={8}>
            {canManage && segment ? (
              <Button onClick={() => setManaging(true)}>{t('chain.manage')}</Button>
            ) : null}
            <Select
              aria-label={t('chain.industry')}
              style={{ width: 160 }}
              value={industryCode}
              onChange={(value: string) => set({ industry: value, segment: undefined })}
              options={industries
                .filter((i) => LEADING.includes(i.code))
                .map((i) => ({ value: i.code, label: pick(i) }))}
            />
            <DatePicker
              aria-label={t('chain.asOf')}
              placeholder={t('chain.asOf')}
              value={asOf ? dayjs(asOf) : null}
              onChange={(d) => set({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
            />
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">{t('chain.intro')}</Typography.Paragraph>
        {error ? <Alert type="error" message={toMessage(error)} /> : null}
        {!map && loading ? <Spin /> : null}
        {map ? (
          <Tabs
            activeKey={segmentCode}
            onChange={(key) => set({ segment: key })}
            items={map.segments.map((segment) => ({
              key: segment.code,
              label: segment.name,
              children: segmentView(segment.links),
            }))}
          />
        ) : null}
      </Card>
      <SupplyChainPanel canEdit={!readOnly} onChanged={() => void refetch()} />
      {managing && segment ? (
        <ManageLinksModal
          segmentCode={segment.code}
          segmentName={segment.name}
          onClose={() => setManaging(false)}
          onChanged={() => void refetch()}
        />
      ) : null}
      <LinkDrawer
        key={opened ? `${opened.linkId}-${opened.at}` : 'closed'}
        link={openLink}
        asOf={asOf}
        focus={opened?.focus}
        canEdit={!readOnly && !asOf}
        onClose={() => setOpened(null)}
        onChanged={() => void refetch()}
      />
    </Flex>
  );
}
