import { useState, type DragEvent } from 'react';
import { Badge, Button, Empty, Flex, Skeleton, theme, Typography } from 'antd';
import { LEAD_STAGE_LABELS, type LeadStage } from '@lianzhao/domain';
import type { LeadCardFragment, StageSummaryFieldsFragment } from '@lianzhao/web-data';
import { moneyText, STAGE_COLORS, useI18n } from '@lianzhao/web-ui';
import type { DropState } from '../utils/board';
import { BoardCard } from './BoardCard';

export interface BoardColumnProps {
  stage: LeadStage;
  leads: readonly LeadCardFragment[];
  summary: StageSummaryFieldsFragment | undefined;
  /** Set while a card is dragged: whether this column would take it. */
  dropState: DropState | null;
  readOnly: boolean;
  movingId: string | null;
  onDragStart: (lead: LeadCardFragment) => void;
  onDragEnd: () => void;
  onDrop: (stage: LeadStage, leadId: string | null) => void;
  /** Opens the table filtered to this stage, for columns with more cards than the board holds. */
  onShowAll: (stage: LeadStage) => void;
  /** The board has not answered yet: placeholders, never a count of 0 or 暂无线索 it does not know. */
  loading?: boolean;
}

/** One stage of the board, with its count and planned-investment sum from the server. */
export function BoardColumn(props: BoardColumnProps) {
  const { stage, leads, summary, dropState, readOnly, movingId } = props;
  const { t, label, locale } = useI18n();
  const { token } = theme.useToken();
  const [over, setOver] = useState(false);
  const count = summary?.count ?? leads.length;

  const dragOver = (event: DragEvent<HTMLElement>) => {
    if (!dropState) return;
    // Accepting the drop everywhere lets a refused one be explained instead of silently ignored.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
  };
  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    props.onDrop(stage, event.dataTransfer?.getData('text/plain') || null);
  };

  const border =
    dropState === 'allowed'
      ? `2px dashed ${over ? token.colorPrimary : token.colorPrimaryBorder}`
      : `2px solid transparent`;

  return (
    <section
      aria-label={label(LEAD_STAGE_LABELS[stage])}
      data-stage={stage}
      data-drop={dropState ?? undefined}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={dropState ? drop : undefined}
      style={{
        flex: '0 0 260px',
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        border,
        padding: 8,
        opacity: dropState === 'blocked' ? 0.35 : 1,
        transition: 'opacity 0.15s',
        display: 'flex',
        flexDirection: 'column',
        gap: 8,
        minHeight: 240,
      }}
    >
      <Flex vertical gap={2} style={{ padding: '4px 4px 0' }}>
        <Flex justify="space-between" align="center">
          <Badge
            color={STAGE_COLORS[stage] === 'default' ? token.colorTextQuaternary : STAGE_COLORS[stage]}
            text={<Typography.Text strong>{label(LEAD_STAGE_LABELS[stage])}</Typography.Text>}
          />
          {props.loading ? (
            <Skeleton.Input active size="small" style={{ width: 40, minWidth: 40 }} />
          ) : (
            <Typography.Text type="secondary" data-testid="column-count">
              {t('leads.columnCount', { count })}
            </Typography.Text>
          )}
        </Flex>
        {props.loading ? (
          <Skeleton.Input active size="small" style={{ width: 120, minWidth: 120, height: 16 }} />
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="column-sum">
            {t('leads.columnSum', { sum: moneyText(summary?.plannedInvestment ?? '0', locale) })}
          </Typography.Text>
        )}
      </Flex>
      {props.loading ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} />
      ) : leads.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.emptyColumn')} />
      ) : (
        leads.map((lead) => (
          <BoardCard
            key={lead.id}
            lead={lead}
            draggable={!readOnly && lead.stage !== 'SIGNED'}
            moving={movingId === lead.id}
            onDragStart={props.onDragStart}
            onDragEnd={props.onDragEnd}
          />
        ))
      )}
      {count > leads.length && (
        <Button type="link" size="small" onClick={() => props.onShowAll(stage)}>
          {t('leads.showAll', { shown: leads.length, count })}
        </Button>
      )}
    </section>
  );
}
