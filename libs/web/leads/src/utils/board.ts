import { allowedMoves, PIPELINE_PATH, type LeadStage } from '@lianzhao/domain';
import type { LeadBoardQueryVariables, LeadCardFragment, LeadFilter, LeadOrder } from '@lianzhao/web-data';

/** The board's columns: the six path stages, then 暂缓 and 流失 beside them. */
export const BOARD_STAGES: readonly LeadStage[] = [...PIPELINE_PATH, 'ON_HOLD', 'LOST'];

/** How a column looks while a card from `from` is dragged: its own, a legal target, or dimmed. */
export type DropState = 'self' | 'allowed' | 'blocked';

/** Every column's state for a dragged card, from the same table the server enforces. */
export function dropStates(from: LeadStage): Record<LeadStage, DropState> {
  const allowed = allowedMoves(from);
  return Object.fromEntries(
    BOARD_STAGES.map((stage) => [
      stage,
      stage === from ? 'self' : allowed.includes(stage) ? 'allowed' : 'blocked',
    ]),
  ) as Record<LeadStage, DropState>;
}

/** The columns the user filtered to (all of them when no stage filter is set). */
export function visibleStages(filter: LeadFilter): LeadStage[] {
  const chosen = filter.stages ?? [];
  return chosen.length ? BOARD_STAGES.filter((s) => chosen.includes(s)) : [...BOARD_STAGES];
}

/** One filter per column: the page's filter narrowed to that column's stage. */
export function boardVariables(
  filter: LeadFilter,
  first: number,
  orderBy?: LeadOrder,
): LeadBoardQueryVariables {
  const perStage = Object.fromEntries(BOARD_STAGES.map((stage) => [stage, { ...filter, stages: [stage] }]));
  return { first, orderBy, ...perStage };
}

/**
 * Cards by the stage they are in now. A card is placed by its own `stage` rather than by the
 * list it was loaded in, so a move the server confirmed shows at once, before the lists reload.
 */
export function groupByStage(
  lists: readonly (readonly LeadCardFragment[])[],
): Record<LeadStage, LeadCardFragment[]> {
  const groups = Object.fromEntries(BOARD_STAGES.map((s) => [s, [] as LeadCardFragment[]])) as Record<
    LeadStage,
    LeadCardFragment[]
  >;
  const seen = new Set<string>();
  for (const list of lists) {
    for (const lead of list) {
      if (seen.has(lead.id)) continue;
      seen.add(lead.id);
      groups[lead.stage].push(lead);
    }
  }
  return groups;
}

/** Closed stages start folded to a narrow strip with their count, so the open ones fit at 1366 px. */
export const FOLDED_BY_DEFAULT: readonly LeadStage[] = ['SIGNED', 'ON_HOLD', 'LOST'];

/** The column a card steps to from the keyboard: the next or previous one on the board, if any. */
export function neighbourStage(stage: LeadStage, step: 1 | -1): LeadStage | null {
  return BOARD_STAGES[BOARD_STAGES.indexOf(stage) + step] ?? null;
}

/** Pixels from an edge of a scrolling area within which a dragged card scrolls it. */
export const AUTO_SCROLL_EDGE = 56;
const AUTO_SCROLL_MAX_STEP = 24;

/**
 * How far to scroll a drag at `pointer` in an area from `start` to `end` (one axis): nothing in
 * the middle, faster the closer to an edge, negative towards the start.
 */
export function edgeScrollStep(pointer: number, start: number, end: number, edge = AUTO_SCROLL_EDGE): number {
  if (end - start <= 2 * edge) return 0;
  const speed = (depth: number) => Math.ceil((Math.min(depth, edge) / edge) * AUTO_SCROLL_MAX_STEP);
  if (pointer < start + edge) return -speed(start + edge - pointer);
  if (pointer > end - edge) return speed(pointer - (end - edge));
  return 0;
}
