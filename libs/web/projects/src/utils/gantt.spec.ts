import { ganttMonths, ganttPosition } from './gantt';

describe('Gantt months', () => {
  it('spans the earliest to the latest date and today, month by month, across a year end', () => {
    const months = ganttMonths(['2025-11-20', null, '2026-02-03'], '2026-01-15');
    expect(months.map((m) => m.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(months.map((m) => m.days)).toEqual([30, 31, 31, 28]);
  });

  it('keeps the latest months when there are too many', () => {
    const months = ganttMonths(['2020-01-01'], '2026-03-10', 6);
    expect(months.map((m) => m.key)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  it('places a date by its month and its day in the month', () => {
    const months = ganttMonths(['2026-01-01', '2026-02-28'], '2026-01-01');
    expect(ganttPosition('2026-01-01', months)).toBe(0);
    expect(ganttPosition('2026-02-01', months)).toBe(0.5);
    expect(ganttPosition('2026-01-16', months)).toBeCloseTo(15 / 31 / 2);
    expect(ganttPosition('2025-12-31', months)).toBeNull();
  });
});
