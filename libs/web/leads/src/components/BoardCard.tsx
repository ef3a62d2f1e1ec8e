import { useEffect, useRef, type DragEvent, type KeyboardEvent } from 'react';
import { SwapOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Flex, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { allowedMoves, LEAD_STAGE_LABELS, type LeadStage } from '@lianzhao/domain';
import type { LeadCardFragment } from '@lianzhao/web-data';
import { moneyText, useI18n } from '@lianzhao/web-ui';
import { neighbourStage } from '../utils/board';

export interface BoardCardProps {
  lead: LeadCardFragment;
  /** Whether the card may move at all (not read-only, not signed). */
  movable: boolean;
  moving: boolean;
  /** Set on the card just moved by keyboard, so focus follows it into its new column. */
  focused: boolean;
  onDragStart: (lead: LeadCardFragment) => void;
  onDragEnd: () => void;
  /** A move asked for from the keyboard or the card's menu; the board applies the drag's rules. */
  onMove: (lead: LeadCardFragment, to: LeadStage) => void;
}

/**
 * One lead on the board: project, company, amount and owner. It changes stage by drag and drop,
 * or — for keyboard users — Shift+←/→ on the focused card or its 移动 menu, through the same rules.
 */
export function BoardCard({
  lead,
  movable,
  moving,
  focused,
  onDragStart,
  onDragEnd,
  onMove,
}: BoardCardProps) {
  const { t, label, locale } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused) ref.current?.focus();
  }, [focused]);

  const start = (event: DragEvent<HTMLDivElement>) => {
    // The id travels with the drag as well, for drops the page did not see start (another window).
    event.dataTransfer?.setData('text/plain', lead.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    onDragStart(lead);
  };
  const keyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!movable || event.target !== event.currentTarget || !event.shiftKey) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const to = neighbourStage(lead.stage, step);
    if (to) onMove(lead, to);
  };
  const moves = allowedMoves(lead.stage);

  return (
    <div
      ref={ref}
      tabIndex={0}
      draggable={movable}
      onDragStart={movable ? start : undefined}
      onDragEnd={onDragEnd}
      onKeyDown={keyDown}
      aria-label={lead.projectName}
      aria-keyshortcuts={movable ? 'Shift+ArrowLeft Shift+ArrowRight' : undefined}
      data-testid="lead-card"
      data-lead-id={lead.id}
      className="board-card"
      style={{ cursor: movable ? 'grab' : 'default', borderRadius: 8 }}
    >
      <Spin spinning={moving} size="small">
        <Card size="small" hoverable styles={{ body: { padding: 8 } }}>
          <Flex vertical gap={2}>
            <Flex justify="space-between" align="start" gap={4}>
              <Link to={`/leads/${lead.id}`} draggable={false} style={{ minWidth: 0 }}>
                <Typography.Text strong>{lead.projectName}</Typography.Text>
              </Link>
              {movable && moves.length > 0 && (
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: moves.map((s) => ({ key: s, label: label(LEAD_STAGE_LABELS[s]) })),
                    onClick: ({ key }) => onMove(lead, key as LeadStage),
                  }}
                >
                  <Button
                    type="text"
                    size="small"
                    icon={<SwapOutlined />}
                    aria-label={t('leads.moveCard', { name: lead.projectName })}
                  />
                </Dropdown>
              )}
            </Flex>
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {lead.enterprise.name}
            </Typography.Text>
            <Flex justify="space-between" align="center" gap={4} wrap>
              <Typography.Text style={{ fontSize: 12 }}>
                {moneyText(lead.plannedInvestment, locale)}
              </Typography.Text>
              {lead.grade && (
                <Tag
                  color={lead.grade === 'A' ? 'red' : lead.grade === 'B' ? 'orange' : 'default'}
                  style={{ marginInlineEnd: 0 }}
                >
                  {lead.grade}
                </Tag>
              )}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {lead.owner.displayName}
              {lead.expectedSigningOn && ` · ${t('leads.expectedSigningShort')} ${lead.expectedSigningOn}`}
            </Typography.Text>
          </Flex>
        </Card>
      </Spin>
    </div>
  );
}
