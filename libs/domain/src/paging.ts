/**
 * How deep a list may jump by page number. A jump is an SQL OFFSET: the database reads and throws
 * away every row before the page, so page 20,000 of 500,000 leads costs as much as reading them
 * all (seconds of both cores). Up to this offset a jump stays a few milliseconds; beyond it,
 * 下一页 (keyset, as cheap on page 20,000 as on page 2) or a narrower filter gets there.
 */
export const MAX_JUMP_OFFSET = 10_000;

/** How many pages `total` rows make at `pageSize` a page; an empty list still has page 1. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The last page a jump may reach at `pageSize` a page (its first row at most MAX_JUMP_OFFSET in). */
export function lastJumpPage(pageSize: number): number {
  return Math.floor(MAX_JUMP_OFFSET / pageSize) + 1;
}
