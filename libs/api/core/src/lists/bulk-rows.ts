import { GraphQLError } from 'graphql';
import { badRows, type RowError } from '../errors/app-errors';

/** Errors a single action reports about its one row; anything else (a failed statement) ends the batch at once. */
const ROW_CODES = new Set(['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND']);

/**
 * Runs a single action on each row of a batch, inside the caller's transaction, and refuses the
 * whole batch if any row is refused: every row's reason is collected first, so the user sees all
 * of them at once, and the thrown error rolls the transaction back. `missing` are ids that were
 * asked for but not found (refused as well).
 */
export async function eachRowOrNone<T extends { id: string }, R>(
  rows: readonly T[],
  missing: readonly string[],
  what: { noun: string; verb: string; label: (row: T) => string },
  action: (row: T) => Promise<R>,
): Promise<R[]> {
  const failed: RowError[] = missing.map((id) => ({
    id,
    label: id,
    message: `${what.noun}不存在或您无权查看`,
  }));
  const done: R[] = [];
  for (const row of rows) {
    try {
      done.push(await action(row));
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
      if (typeof code !== 'string' || !ROW_CODES.has(code)) throw error;
      failed.push({ id: row.id, label: what.label(row), message: (error as GraphQLError).message });
    }
  }
  if (failed.length) {
    const reasons = failed.map((f) => `${f.label}（${f.message}）`).join('；');
    throw badRows(
      failed,
      `有 ${failed.length} 条${what.noun}不能${what.verb}，所选${what.noun}均未变更：${reasons}`,
    );
  }
  return done;
}
