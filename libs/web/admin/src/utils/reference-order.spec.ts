import { inDisplayOrder, moved } from './reference-order';

describe('moved', () => {
  it.each<[string[], string, -1 | 1, string[] | null]>([
    [['A', 'B', 'C'], 'B', -1, ['B', 'A', 'C']],
    [['A', 'B', 'C'], 'B', 1, ['A', 'C', 'B']],
    [['A', 'B', 'C'], 'A', -1, null],
    [['A', 'B', 'C'], 'C', 1, null],
    [['A', 'B', 'C'], 'X', 1, null],
  ])('%j, %s by %i → %j', (codes, code, step, expected) => {
    expect(moved(codes, code, step)).toEqual(expected);
  });
});

it('orders by sortOrder, then code', () => {
  expect(
    inDisplayOrder([
      { code: 'B', sortOrder: 10 },
      { code: 'A', sortOrder: 10 },
      { code: 'C', sortOrder: 5 },
    ]).map((i) => i.code),
  ).toEqual(['C', 'A', 'B']);
});
