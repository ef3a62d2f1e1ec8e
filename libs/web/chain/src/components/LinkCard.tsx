import { Card, Flex, Tag, Typography } from 'antd';
import { CHAIN_LINK_STATUS_LABELS, type ChainLinkStatus } from '@lianzhao/domain';
import type { ChainMapQuery } from '@lianzhao/web-data';
import { moneyText, useI18n } from '@lianzhao/web-ui';
import { AcceptedFigure, StageParts, StatusParts, type LinkFocus } from './LinkParts';

export type MapLink = ChainMapQuery['chainMap']['segments'][number]['links'][number];

/** 缺失 red, 薄弱 orange, 完备 green: the card's border and its status tag. */
export const STATUS_COLORS: Readonly<
  Record<ChainLinkStatus, { tag: string; border: string; background: string }>
> = {
  MISSING: { tag: 'error', border: '#ff4d4f', background: '#fff1f0' },
  WEAK: { tag: 'warning', border: '#faad14', background: '#fffbe6' },
  COMPLETE: { tag: 'success', border: '#52c41a', background: '#f6ffed' },
};

/**
 * One link of the chain: its status and its counts, open leads by stage and referrals by status
 * under theirs; a click opens its lists, a click on a part the list of that part.
 */
export function LinkCard({
  link,
  onOpen,
}: {
  link: MapLink;
  onOpen: (link: MapLink, focus?: LinkFocus) => void;
}) {
  const { t, label, locale } = useI18n();
  const colors = STATUS_COLORS[link.status];
  const figure = (key: Parameters<typeof t>[0], value: number | string) => (
    <Flex justify="space-between" key={key}>
      <Typography.Text type="secondary">{t(key)}</Typography.Text>
      <Typography.Text strong>{value}</Typography.Text>
    </Flex>
  );
  return (
    <Card
      size="small"
      hoverable
      data-testid={`chain-link-${link.name}`}
      data-status={link.status}
      onClick={() => onOpen(link)}
      style={{ borderColor: colors.border, background: colors.background, width: 200 }}
      title={link.name}
      extra={<Tag color={colors.tag}>{label(CHAIN_LINK_STATUS_LABELS[link.status])}</Tag>}
    >
      <Flex vertical gap={2}>
        {figure('chain.localEnterprises', link.counts.localEnterprises)}
        {link.counts.chainMasters > 0 ? figure('chain.chainMasters', link.counts.chainMasters) : null}
        {figure('chain.openLeads', link.counts.openLeads)}
        <StageParts parts={link.counts.openLeadsByStage} onOpen={(focus) => onOpen(link, focus)} />
        {figure('chain.referrals', link.counts.referrals)}
        <StatusParts
          parts={link.counts.referralsByStatus.filter((p) => p.status !== 'ACCEPTED')}
          onOpen={(focus) => onOpen(link, focus)}
        />
        <AcceptedFigure
          count={link.counts.referralsByStatus.find((p) => p.status === 'ACCEPTED')?.count ?? 0}
          onOpen={(focus) => onOpen(link, focus)}
        />
        {figure('chain.targets', link.counts.targets)}
        {figure('chain.investments', link.counts.investments)}
        {figure('chain.expectedOutput', moneyText(link.counts.expectedOutput, locale))}
      </Flex>
    </Card>
  );
}
