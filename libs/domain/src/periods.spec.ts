import { dashboardPeriod, periodContaining, periodsIn, yearElapsedShare } from './periods';

describe('periods', () => {
  it.each([
    ['MONTH', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['MONTH', '2024-02-14', '2024-02-01', '2024-02-29'],
    ['QUARTER', '2026-05-31', '2026-04-01', '2026-06-30'],
    ['QUARTER', '2026-12-31', '2026-10-01', '2026-12-31'],
    ['YEAR', '2026-07-01', '2026-01-01', '2026-12-31'],
  ] as const)('%s containing %s is %s..%s', (kind, day, from, to) => {
    expect(periodContaining(kind, day)).toEqual({ from, to });
  });

  it('splits a range into clipped months and quarters with their labels', () => {
    expect(periodsIn('MONTH', { from: '2026-11-15', to: '2027-01-10' })).toEqual([
      { from: '2026-11-15', to: '2026-11-30', label: '2026年11月' },
      { from: '2026-12-01', to: '2026-12-31', label: '2026年12月' },
      { from: '2027-01-01', to: '2027-01-10', label: '2027年1月' },
    ]);
    expect(periodsIn('QUARTER', { from: '2026-01-01', to: '2026-12-31' }).map((q) => q.label)).toEqual([
      '2026年一季度',
      '2026年二季度',
      '2026年三季度',
      '2026年四季度',
    ]);
  });

  it.each([
    ['2026-12-31', 2027, 0],
    ['2027-01-01', 2027, 1 / 365],
    ['2027-12-31', 2027, 1],
    ['2028-03-01', 2027, 1],
  ])('on %s, %i is %f elapsed', (day, year, share) => {
    expect(yearElapsedShare(year, day)).toBeCloseTo(share, 10);
  });

  it.each([
    [{}, '2026-11-30', { from: '2026-01-01', to: '2026-11-30', asOf: '2026-11-30', historical: false }],
    [{ asOf: '2025-06-30' }, '2026-11-30', { from: '2025-01-01', to: '2025-06-30', asOf: '2025-06-30', historical: true }],
    [{ from: '2025-03-01' }, '2026-11-30', { from: '2025-03-01', to: '2025-12-31', asOf: '2026-11-30', historical: false }],
    [{ to: '2025-03-31' }, '2026-11-30', { from: '2025-01-01', to: '2025-03-31', asOf: '2026-11-30', historical: false }],
    [{ from: '2026-10-01', to: '2026-12-31' }, '2026-11-30', { from: '2026-10-01', to: '2026-11-30', asOf: '2026-11-30', historical: false }],
    [{ asOf: '2027-01-05' }, '2026-11-30', { from: '2026-01-01', to: '2026-11-30', asOf: '2026-11-30', historical: false }],
  ])('period of %j on %s', (input, today, expected) => {
    expect(dashboardPeriod(input, today)).toEqual(expected);
  });
});
