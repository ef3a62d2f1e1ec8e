/** The codes in display order (sortOrder, then code, as the API sorts ties). */
export function inDisplayOrder<T extends { code: string; sortOrder: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
}

/**
 * The order after moving one entry a step up (-1) or down (+1) among its group, or null when it
 * is already at that end: the reorder mutation is then not sent at all.
 */
export function moved(codes: readonly string[], code: string, step: -1 | 1): string[] | null {
  const from = codes.indexOf(code);
  const to = from + step;
  if (from < 0 || to < 0 || to >= codes.length) return null;
  const next = [...codes];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
