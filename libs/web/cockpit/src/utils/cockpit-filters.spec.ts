import {
  dashboardFilterFromUrl,
  isDay,
  parsePeriod,
  periodParam,
  readSelection,
  shanghaiToday,
  switchPeriodKind,
  type CockpitUrlState,
} from './cockpit-filters';

describe('cockpit filter row ↔ URL ↔ DashboardFilter', () => {
  it.each<[string, CockpitUrlState, object]>([
    ['nothing: this year, settled by the server', {}, {}],
    ['a year', { period: '2026' }, { from: '2026-01-01', to: '2026-12-31' }],
    ['a quarter', { period: '2026-Q1' }, { from: '2026-01-01', to: '2026-03-31' }],
    ['a leap February', { period: '2028-02' }, { from: '2028-02-01', to: '2028-02-29' }],
    ['a custom period', { from: '2026-03-15', to: '2026-04-10' }, { from: '2026-03-15', to: '2026-04-10' }],
    ['an inverted custom period is dropped', { from: '2026-05-01', to: '2026-04-01' }, {}],
    [
      'a named period wins over stray dates',
      { period: '2026-Q4', from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-10-01', to: '2026-12-31' },
    ],
    ['as of a day', { asOf: '2026-06-30' }, { asOf: '2026-06-30' }],
    ['an impossible as-of day is dropped', { asOf: '2026-02-30' }, {}],
    [
      'industry, segment, town and channel',
      { industry: 'NEW_ENERGY', segment: 'ENERGY_STORAGE', town: 'NANQIAO', channel: 'FUND' },
      { industryCode: 'NEW_ENERGY', segmentCode: 'ENERGY_STORAGE', town: 'NANQIAO', channel: 'FUND' },
    ],
    ['a segment without its industry is dropped', { segment: 'ENERGY_STORAGE' }, {}],
    ['an unknown channel is dropped', { channel: 'PIGEON' }, {}],
    ['a malformed code is dropped', { town: "x' OR 1=1" }, {}],
  ])('%s', (_, state, filter) => {
    expect(dashboardFilterFromUrl(state)).toEqual(filter);
  });

  it('reads the period kind the URL names, YEAR by default', () => {
    expect(readSelection({}).kind).toBe('YEAR');
    expect(readSelection({ period: '2026-03' }).kind).toBe('MONTH');
    expect(readSelection({ period: '2026-Q2' }).kind).toBe('QUARTER');
    expect(readSelection({ from: '2026-01-05', to: '2026-01-06' }).kind).toBe('CUSTOM');
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('2026-Q5')).toBeNull();
  });

  it('writes the period of a day for each kind', () => {
    expect(periodParam('MONTH', '2026-11-30')).toBe('2026-11');
    expect(periodParam('QUARTER', '2026-11-30')).toBe('2026-Q4');
    expect(periodParam('YEAR', '2026-11-30')).toBe('2026');
  });

  it('keeps the anchor day when the period kind changes', () => {
    const year2025 = readSelection({ period: '2025' });
    expect(switchPeriodKind('QUARTER', year2025, '2026-11-30')).toEqual({
      period: '2025-Q1',
      from: undefined,
      to: undefined,
    });
    expect(switchPeriodKind('CUSTOM', year2025, '2026-11-30')).toEqual({
      period: undefined,
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(switchPeriodKind('MONTH', readSelection({}), '2026-11-30')).toEqual({
      period: '2026-11',
      from: undefined,
      to: undefined,
    });
  });

  it('counts days in Shanghai: 16:30 UTC on 12-31 is already 01-01 there', () => {
    expect(shanghaiToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(shanghaiToday(new Date('2026-12-31T15:30:00Z'))).toBe('2026-12-31');
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
  });
});
