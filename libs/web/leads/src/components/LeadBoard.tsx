import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Flex, Spin } from 'antd';
import type { LeadStage } from '@lianzhao/domain';
import {
  LeadBoardDocument,
  type LeadCardFragment,
  type LeadFilter,
  type LeadOrder,
} from '@lianzhao/web-data';
import { useErrorMessage } from '@lianzhao/web-ui';
import { useLeadMover } from '../hooks/useLeadMover';
import { BOARD_STAGES, boardVariables, dropStates, groupByStage, visibleStages } from '../utils/board';
import { BoardColumn } from './BoardColumn';

/** Cards loaded per column; the table view pages through the rest. */
export const CARDS_PER_COLUMN = 30;

export interface LeadBoardProps {
  filter: LeadFilter;
  orderBy?: LeadOrder;
  readOnly: boolean;
  onShowAll: (stage: LeadStage) => void;
}

/**
 * 线索管道 as a kanban board. Cards move by native HTML5 drag and drop; while one is dragged,
 * the columns it may not go to (per the domain's pipeline table) are dimmed.
 */
export function LeadBoard({ filter, orderBy, readOnly, onShowAll }: LeadBoardProps) {
  const toMessage = useErrorMessage();
  const mover = useLeadMover();
  const [dragging, setDragging] = useState<LeadCardFragment | null>(null);
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

  const drop = (stage: LeadStage, leadId: string | null) => {
    const lead = dragging ?? BOARD_STAGES.flatMap((s) => groups[s]).find((l) => l.id === leadId);
    setDragging(null);
    if (lead) mover.request(lead, stage);
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />}
      <Spin spinning={loading && Boolean(board)}>
        <Flex gap={12} style={{ overflowX: 'auto', paddingBottom: 8 }} data-testid="lead-board">
          {visibleStages(filter).map((stage) => (
            <BoardColumn
              key={stage}
              stage={stage}
              leads={groups[stage]}
              summary={summary.find((s) => s.stage === stage)}
              dropState={states?.[stage] ?? null}
              readOnly={readOnly}
              movingId={mover.movingId}
              onDragStart={setDragging}
              onDragEnd={() => setDragging(null)}
              onDrop={drop}
              onShowAll={onShowAll}
              loading={!board}
            />
          ))}
        </Flex>
      </Spin>
      {mover.modal}
    </>
  );
}
