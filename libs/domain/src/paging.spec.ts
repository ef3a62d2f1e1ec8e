import { lastJumpPage, MAX_JUMP_OFFSET, pageCount } from './paging';

describe('paging', () => {
  it.each([
    [0, 20, 1],
    [1, 20, 1],
    [20, 20, 1],
    [21, 20, 2],
    [101, 50, 3],
  ])('%i rows at %i a page make %i pages', (total, size, pages) => {
    expect(pageCount(total, size)).toBe(pages);
  });

  it.each([10, 20, 50, 100])('a jump at %i a page starts at most MAX_JUMP_OFFSET rows in', (size) => {
    const last = lastJumpPage(size);
    expect((last - 1) * size).toBeLessThanOrEqual(MAX_JUMP_OFFSET);
    expect(last * size).toBeGreaterThan(MAX_JUMP_OFFSET);
  });
});
