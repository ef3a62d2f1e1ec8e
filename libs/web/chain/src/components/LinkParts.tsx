import { Button, Flex, Tag, Typography } from 'antd';
import type { KeyboardEvent, MouseEvent } from 'react';
import {
  LEAD_STAGE_LABELS,
  REFERRAL_STATUS_LABELS,
  type LeadStage,
  type ReferralStatus,
} from '@lianzhao/domain';
import { STAGE_COLORS, useI18n } from '@lianzhao/web-ui';

/** Which list of a link to open, narrowed to one part of its figure. */
export interface LinkFocus {
  tab: 'leads' | 'referrals';
  stage?: LeadStage;
  referralStatus?: ReferralStatus;
}

export interface StagePart {
  stage: LeadStage;
  count: number;
}
export interface StatusPart {
  status: ReferralStatus;
  count: number;
}

/** The colours the referral list gives these statuses. */
const STATUS_COLORS: Readonly<Partial<Record<ReferralStatus, string>>> = {
  PROTECTED: 'green',
  EXISTING: 'gold',
  ACCEPTED: 'blue',
};

/** An accepted referral counts on a link while its lead is open: named for that, not just 已受理. */
export function useStatusName() {
  const { t, label } = useI18n();
  return (status: ReferralStatus) =>
    status === 'ACCEPTED' ? t('chain.acceptedOpen') : label(REFERRAL_STATUS_LABELS[status]);
}

/** A part as a small tag that opens its list; the card around it is clickable too, so it stops the click. */
function PartTag({
  color,
  name,
  count,
  figure,
  onOpen,
}: {
  color: string | undefined;
  name: string;
  count: number;
  figure: string;
  onOpen: () => void;
}) {
  const { t } = useI18n();
  const open = (event: MouseEvent | KeyboardEvent) => {
    event.stopPropagation();
    onOpen();
  };
  return (
    <Tag
      color={color}
      role="button"
      tabIndex={0}
      aria-label={t('chain.partLabel', { figure, part: name, count })}
      style={{ marginInlineEnd: 0, cursor: 'pointer', fontSize: 11, lineHeight: '16px', paddingInline: 4 }}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') open(event);
      }}
    >
      {name} {count}
    </Tag>
  );
}

/** The non-zero stages of a link's open leads, in pipeline order, each opening its list. */
export function StageParts({
  parts,
  onOpen,
}: {
  parts: readonly StagePart[];
  onOpen: (focus: LinkFocus) => void;
}) {
  const { t, label } = useI18n();
  const shown = parts.filter((p) => p.count > 0);
  if (!shown.length) return null;
  return (
    <Flex gap={2} wrap data-testid="chain-stage-parts">
      {shown.map((p) => (
        <PartTag
          key={p.stage}
          color={STAGE_COLORS[p.stage]}
          name={label(LEAD_STAGE_LABELS[p.stage])}
          count={p.count}
          figure={t('chain.openLeads')}
          onOpen={() => onOpen({ tab: 'leads', stage: p.stage })}
        />
      ))}
    </Flex>
  );
}

/** The non-zero statuses of a link's pending referrals, each opening its list. */
export function StatusParts({
  parts,
  onOpen,
}: {
  parts: readonly StatusPart[];
  onOpen: (focus: LinkFocus) => void;
}) {
  const { t } = useI18n();
  const name = useStatusName();
  const shown = parts.filter((p) => p.count > 0);
  if (!shown.length) return null;
  return (
    <Flex gap={2} wrap data-testid="chain-status-parts">
      {shown.map((p) => (
        <PartTag
          key={p.status}
          color={STATUS_COLORS[p.status]}
          name={name(p.status)}
          count={p.count}
          figure={t('chain.referrals')}
          onOpen={() => onOpen({ tab: 'referrals', referralStatus: p.status })}
        />
      ))}
    </Flex>
  );
}

/**
 * Accepted referrals whose lead is still open: not waiting for a decision, so a figure of their
 * own beside 待审报备, shown when there are some; its number opens their list.
 */
export function AcceptedFigure({ count, onOpen }: { count: number; onOpen: (focus: LinkFocus) => void }) {
  const { t } = useI18n();
  if (count <= 0) return null;
  return (
    <Flex justify="space-between" align="center">
      <Typography.Text type="secondary">{t('chain.acceptedOpen')}</Typography.Text>
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto', fontWeight: 600 }}
        aria-label={t('chain.partLabel', {
          figure: t('chain.referralsWord'),
          part: t('chain.acceptedOpen'),
          count,
        })}
        onClick={(event) => {
          event.stopPropagation();
          onOpen({ tab: 'referrals', referralStatus: 'ACCEPTED' });
        }}
      >
        {count}
      </Button>
    </Flex>
  );
}

/**
 * Above a drawer list: 全部 and each part with its count, one of them chosen; the list below is
 * narrowed to the chosen part, so its total is the number on the chip.
 */
export function PartChips<P extends string>({
  all,
  parts,
  value,
  onChange,
  name,
}: {
  all: { label: string; count: number };
  parts: readonly { part: P; count: number }[];
  value: P | undefined;
  onChange: (part: P | undefined) => void;
  name: (part: P) => string;
}) {
  const shown = parts.filter((p) => p.count > 0 || p.part === value);
  return (
    <Flex gap={4} wrap style={{ marginBottom: 8 }} data-testid="chain-part-chips">
      <Tag.CheckableTag checked={value === undefined} onChange={() => onChange(undefined)}>
        {all.label} {all.count}
      </Tag.CheckableTag>
      {shown.map((p) => (
        <Tag.CheckableTag key={p.part} checked={value === p.part} onChange={() => onChange(p.part)}>
          {name(p.part)} {p.count}
        </Tag.CheckableTag>
      ))}
    </Flex>
  );
}
