import { Clock } from './clock';

describe('Clock.today', () => {
  it('turns the date at Shanghai midnight (16:00 UTC), also when asked again within the same day', () => {
    const clock = new Clock();
    clock.fix(new Date('2026-03-10T15:59:59.999Z'));
    expect(clock.today()).toBe('2026-03-10');
    expect(clock.today()).toBe('2026-03-10');
    clock.fix(new Date('2026-03-10T16:00:00.000Z'));
    expect(clock.today()).toBe('2026-03-11');
    clock.fix(new Date('2026-03-10T03:00:00.000Z'));
    expect(clock.today()).toBe('2026-03-10');
  });

  it('crosses years and leap days like the Intl formatter', () => {
    const clock = new Clock();
    for (const utc of ['2023-12-31T15:59:00Z', '2023-12-31T16:00:00Z', '2024-02-28T16:30:00Z', '2024-02-29T16:00:00Z']) {
      clock.fix(new Date(utc));
      const expected = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(utc));
      expect(clock.today()).toBe(expected);
    }
  });

  it('follows the real time again when unpinned', () => {
    const clock = new Clock();
    clock.fix(new Date('2001-01-01T00:00:00Z'));
    expect(clock.today()).toBe('2001-01-01');
    clock.fix(null);
    expect(clock.today()).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()));
  });
});
