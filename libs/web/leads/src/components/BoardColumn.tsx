import { useRef, useState, type DragEvent } from 'react';
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Skeleton, theme, Typography } from 'antd';
import { LEAD_STAGE_LABELS, type LeadStage } from '@lianzhao/domain';
import type { LeadCardFragment } from '@lianzhao/web-data';
import { STAGE_COLORS, useI18n } from '@lianzhao/web-ui';
import { edgeScrollStep, type DropState } from '../utils/board';
import { BoardCard } from './BoardCard';

export interface BoardColumnProps {
  stage: LeadStage;
  leads: readonly LeadCardFragment[];
  /** The column's count from the server (all matching leads, not only those loaded). */
  count: number;
  /** The column's planned-investment sum, already in the unit all columns share. */
  sumText: string;
  /** Set while a card is dragged: whether this column would take it. */
  dropState: DropState | null;
  /** Folded to a narrow strip with its name and count (closed stages, by default). */
  folded: boolean;
  /** Closed stages may be folded; the open ones are where the work is, so they always show. */
  foldable: boolean;
  readOnly: boolean;
  movingId: string | null;
  focusId: string | null;
  onToggleFold: (stage: LeadStage) => void;
  onDragStart: (lead: LeadCardFragment) => void;
  onDragEnd: () => void;
  onDrop: (stage: LeadStage, leadId: string | null) => void;
  onMove: (lead: LeadCardFragment, to: LeadStage) => void;
  /** Opens the table filtered to this stage, for columns with more cards than the board holds. */
  onShowAll: (stage: LeadStage) => void;
  /** The board has not answered yet: placeholders, never a count of 0 or 暂无线索 it does not know. */
  loading?: boolean;
}

/**
 * One stage of the board, with its count and planned-investment sum from the server. The column
 * fills the board's height and scrolls its own cards, so the board's horizontal scrollbar stays
 * in sight; a dragged card near its top or bottom edge scrolls it.
 */
export function BoardColumn(props: BoardColumnProps) {
  const { stage, leads, count, dropState, folded, readOnly, movingId } = props;
  const { t, label } = useI18n();
  const { token } = theme.useToken();
  const [over, setOver] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const name = label(LEAD_STAGE_LABELS[stage]);
  const color = STAGE_COLORS[stage] === 'default' ? token.colorTextQuaternary : STAGE_COLORS[stage];

  const dragOver = (event: DragEvent<HTMLElement>) => {
    if (!dropState) return;
    // Accepting the drop everywhere lets a refused one be explained instead of silently ignored.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
    const el = list.current;
    if (el) {
      const rect = el.getBoundingClientRect();
      const step = edgeScrollStep(event.clientY, rect.top, rect.bottom);
      if (step) el.scrollTop += step;
    }
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
  const toggle = (
    <Button
      type="text"
      size="small"
      icon={folded ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
      aria-label={t(folded ? 'leads.unfoldColumn' : 'leads.foldColumn', { stage: name })}
      aria-expanded={!folded}
      onClick={() => props.onToggleFold(stage)}
    />
  );

  return (
    <section
      aria-label={name}
      data-stage={stage}
      data-drop={dropState ?? undefined}
      data-folded={folded || undefined}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={dropState ? drop : undefined}
      style={{
        flex: folded ? '0 0 40px' : '1 0 156px',
        minWidth: folded ? 40 : 156,
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        border,
        padding: folded ? '6px 2px' : 6,
        opacity: dropState === 'blocked' ? 0.35 : 1,
        transition: 'opacity 0.15s',
        display: 'flex',
        flexDirection: 'column',
        alignItems: folded ? 'center' : undefined,
        gap: 6,
        minHeight: 0,
      }}
    >
      {folded ? (
        <>
          {toggle}
          <Badge color={color} />
          <Typography.Text strong style={{ writingMode: 'vertical-rl', letterSpacing: 2 }}>
            {name}
          </Typography.Text>
          {!props.loading && (
            <Typography.Text type="secondary" data-testid="column-count" style={{ fontSize: 12 }}>
              {count}
            </Typography.Text>
          )}
        </>
      ) : (
        <>
          <Flex vertical gap={0} style={{ padding: '2px 2px 0' }}>
            <Flex justify="space-between" align="center" gap={4}>
              <Badge color={color} text={<Typography.Text strong>{name}</Typography.Text>} />
              <Flex align="center" gap={2}>
                {props.loading ? (
                  <Skeleton.Input active size="small" style={{ width: 40, minWidth: 40 }} />
                ) : (
                  <Typography.Text type="secondary" data-testid="column-count" style={{ fontSize: 12 }}>
                    {t('leads.columnCount', { count })}
                  </Typography.Text>
                )}
                {props.foldable && toggle}
              </Flex>
            </Flex>
            {props.loading ? (
              <Skeleton.Input active size="small" style={{ width: 120, minWidth: 120, height: 16 }} />
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="column-sum">
                {t('leads.columnSum', { sum: props.sumText })}
              </Typography.Text>
            )}
          </Flex>
          <Flex ref={list} vertical gap={6} style={{ overflowY: 'auto', flex: 1, minHeight: 0, padding: 2 }}>
            {props.loading ? (
              <Skeleton active title={false} paragraph={{ rows: 3 }} />
            ) : leads.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.emptyColumn')} />
            ) : (
              leads.map((lead) => (
                <BoardCard
                  key={lead.id}
                  lead={lead}
                  movable={!readOnly && lead.stage !== 'SIGNED'}
                  moving={movingId === lead.id}
                  focused={props.focusId === lead.id}
                  onDragStart={props.onDragStart}
                  onDragEnd={props.onDragEnd}
                  onMove={props.onMove}
                />
              ))
            )}
            {count > leads.length && (
              <Button type="link" size="small" onClick={() => props.onShowAll(stage)}>
                {t('leads.showAll', { shown: leads.length, count })}
              </Button>
            )}
          </Flex>
        </>
      )}
    </section>
  );
}
