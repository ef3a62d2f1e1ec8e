import { joinList, parseSort, sortParam, urlDate, urlList, urlOne, withoutUnset } from './url-values';

describe('query-string values of list pages', () => {
  it.each([
    ['A,C', ['A', 'C']],
    ['A,X,A', ['A']],
    ['X', undefined],
    [undefined, undefined],
  ])('urlList(%p) keeps allowed values once: %p', (value, expected) => {
    expect(urlList(value, ['A', 'B', 'C'])).toEqual(expected);
  });

  it.each([
    ['B', 'B'],
    ['Z', undefined],
    ['', undefined],
  ])('urlOne(%p) → %p', (value, expected) => {
    expect(urlOne(value, ['A', 'B'])).toBe(expected);
  });

  it.each([
    ['2026-11-25', '2026-11-25'],
    ['2026-1-5', undefined],
    ['yesterday', undefined],
  ])('urlDate(%p) → %p', (value, expected) => {
    expect(urlDate(value)).toBe(expected);
  });

  it.each([
    ['SIGNED_ON.DESC', { field: 'SIGNED_ON', direction: 'DESC' }],
    ['SIGNED_ON.UP', undefined],
    ['OTHER.ASC', undefined],
    [undefined, undefined],
  ])('parseSort(%p) → %p, and sortParam gives it back', (value, expected) => {
    const order = parseSort(value, ['SIGNED_ON', 'DAYS_LATE']);
    expect(order).toEqual(expected);
    if (order) expect(sortParam(order)).toBe(value);
  });

  it('joins lists and drops unset keys', () => {
    expect(joinList(['A', 'C'])).toBe('A,C');
    expect(joinList([])).toBeUndefined();
    expect(withoutUnset({ a: 1, b: undefined, c: '' })).toEqual({ a: 1, c: '' });
  });
});
