import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Flex, Spin, Typography } from 'antd';
import type { LeadStage } from '@lianzhao/domain';
import {
  LeadBoardDocument,
  type LeadCardFragment,
  type LeadFilter,
  type LeadOrder,
} from '@lianzhao/web-data';
import { moneySummary, useErrorMessage, useI18n } from '@lianzhao/web-ui';
import { useFillWindowHeight } from '../hooks/useFillWindowHeight';
import { useLeadMover } from '../hooks/useLeadMover';
import {
  BOARD_STAGES,
  boardVariables,
  dropStates,
  edgeScrollStep,
  FOLDED_BY_DEFAULT,
  groupByStage,
  visibleStages,
} from '../utils/board';
import { BoardColumn } from './BoardColumn';

/** Cards loaded per column; the table view pages through the rest. */
export const CARDS_PER_COLUMN = 30;

/** Which closed columns the user folded, kept per browser so the board opens as they left it. */
const FOLDED_KEY = 'lianzhao.leads.board.folded';

function readFolded(): LeadStage[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(FOLDED_KEY) ?? 'null');
    return Array.isArray(stored) ? BOARD_STAGES.filter((s) => stored.includes(s)) : [...FOLDED_BY_DEFAULT];
  } catch {
    return [...FOLDED_BY_DEFAULT];
  }
}

export interface LeadBoardProps {
  filter: LeadFilter;
  orderBy?: LeadOrder;
  readOnly: boolean;
  onShowAll: (stage: LeadStage) => void;
}

/**
 * 线索管道 as a kanban board. Cards move by native HTML5 drag and drop — the board scrolls when a
 * card is dragged near its edge — or from the keyboard; while one is dragged, the columns it may
 * not go to (per the domain's pipeline table) are dimmed. The board reaches down to the bottom of
 * the window and each column scrolls its own cards, so its horizontal scrollbar is in sight.
 */
export function LeadBoard({ filter, orderBy, readOnly, onShowAll }: LeadBoardProps) {
  const { t, locale } = useI18n();
  const toMessage = useErrorMessage();
  const mover = useLeadMover();
  const [dragging, setDragging] = useState<LeadCardFragment | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [folded, setFolded] = useState<LeadStage[]>(readFolded);
  const area = useRef<HTMLDivElement>(null);
  const height = useFillWindowHeight(area);
  const { data, previousData, loading, error } = useQuery(LeadBoardDocument, {
    variables: boardVariables(filter, CARDS_PER_COLUMN, orderBy),
    notifyOnNetworkStatusChange: true,
  });
  const board = data ?? previousData;
  const groups = useMemo(
    () => groupByStage(board ? BOARD_STAGES.map((stage) => board[stage].edges.map((e) => e.node)) : []),
    [board],
  );
  const states = dragging ? dropStates(dragging.stage) : null;
  const summary = board?.NEW.stageSummary ?? [];
  // Column sums are read side by side: one unit for all of them.
  const sums = moneySummary(
    summary.map((s) => s.plannedInvestment),
    locale,
    { maxFractionDigits: 2 },
  );

  const toggleFold = useCallback((stage: LeadStage) => {
    setFolded((current) => {
      const next = current.includes(stage) ? current.filter((s) => s !== stage) : [...current, stage];
      localStorage.setItem(FOLDED_KEY, JSON.stringify(next));
      return next;
    });
  }, []);

  const drop = (stage: LeadStage, leadId: string | null) => {
    const lead = dragging ?? BOARD_STAGES.flatMap((s) => groups[s]).find((l) => l.id === leadId);
    setDragging(null);
    if (lead) mover.request(lead, stage);
  };
  const move = (lead: LeadCardFragment, to: LeadStage) => {
    setFocusId(lead.id);
    mover.request(lead, to);
  };
  const dragOver = (event: DragEvent<HTMLDivElement>) => {
    const el = area.current;
    if (!dragging || !el) return;
    const rect = el.getBoundingClientRect();
    const step = edgeScrollStep(event.clientX, rect.left, rect.right);
    if (step) el.scrollLeft += step;
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />}
      {!readOnly && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 8 }}>
          {t('leads.boardKeyboardHint')}
        </Typography.Text>
      )}
      <Spin spinning={loading && Boolean(board)}>
        <Flex
          ref={area}
          gap={8}
          onDragOver={dragOver}
          data-testid="lead-board"
          style={{
            overflowX: 'auto',
            paddingBottom: 4,
            height,
          }}
        >
          {visibleStages(filter).map((stage) => {
            const stageSummary = summary.find((s) => s.stage === stage);
            return (
              <BoardColumn
                key={stage}
                stage={stage}
                leads={groups[stage]}
                count={stageSummary?.count ?? groups[stage].length}
                sumText={sums.text(stageSummary?.plannedInvestment ?? '0')}
                dropState={states?.[stage] ?? null}
                // A board filtered to some stages shows them in full: they are what the user asked for.
                folded={folded.includes(stage) && !filter.stages?.length}
                foldable={FOLDED_BY_DEFAULT.includes(stage)}
                readOnly={readOnly}
                movingId={mover.movingId}
                focusId={focusId}
                onToggleFold={toggleFold}
                onDragStart={(lead) => {
                  setFocusId(null);
                  setDragging(lead);
                }}
                onDragEnd={() => setDragging(null)}
                onDrop={drop}
                onMove={move}
                onShowAll={onShowAll}
                loading={!board}
              />
            );
          })}
        </Flex>
      </Spin>
      {mover.modal}
    </>
  );
}
