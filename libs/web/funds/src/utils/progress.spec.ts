import type { ReinvestmentProgressFieldsFragment } from '@lianzhao/web-data';
import { percentText, progressBar } from './progress';

function progress(
  obligation: string,
  counted: string,
  pending: string,
  gap: string | null,
  ratio: string | null,
): ReinvestmentProgressFieldsFragment {
  return { __typename: 'ReinvestmentProgress', obligation, counted, pending, pipeline: '0', gap, ratio };
}

const shares = (p: ReinvestmentProgressFieldsFragment) =>
  Object.fromEntries(progressBar(p).segments.map((s) => [s.key, Math.round(s.share * 100) / 100]));

describe('返投 progress bar', () => {
  it.each<[string, ReinvestmentProgressFieldsFragment, Record<string, number>, string | null, boolean]>([
    // 1.5 亿 obligation: 0.3 counted, 0.6 pending, 0.6 still open beyond pending.
    [
      'counted, pending and the open gap',
      progress('15000', '3000', '6000', '12000', '0.2'),
      { counted: 20, pending: 40, open: 40 },
      '20.0%',
      false,
    ],
    ['nothing yet: all open', progress('15000', '0', '0', '15000', '0'), { open: 100 }, '0.0%', false],
    [
      'pending covers the gap: no open part',
      progress('10000', '4000', '8000', '6000', '0.4'),
      { counted: 33.33, pending: 66.67 },
      '40.0%',
      false,
    ],
    [
      'met: the bar is full and says so',
      progress('10000', '12000', '0', '0', '1.2'),
      { counted: 100 },
      '120.0%',
      true,
    ],
    [
      'met exactly, compared as decimals',
      progress('10000.10', '10000.1', '0', '0', '1'),
      { counted: 100 },
      '100.0%',
      true,
    ],
  ])('%s', (_name, p, expected, percent, met) => {
    expect(shares(p)).toEqual(expected);
    const bar = progressBar(p);
    expect(bar.percent).toBe(percent);
    expect(bar.met).toBe(met);
    expect(bar.hasObligation).toBe(true);
  });

  it('shows progress without a gap when the multiple is 0', () => {
    const bar = progressBar(progress('0', '500', '1500', null, null));
    expect(bar.hasObligation).toBe(false);
    expect(bar.met).toBe(false);
    expect(bar.percent).toBeNull();
    expect(shares(progress('0', '500', '1500', null, null))).toEqual({ counted: 25, pending: 75 });
  });

  it('draws an empty bar for a fund with nothing at all', () => {
    expect(progressBar(progress('0', '0', '0', null, null)).segments).toEqual([]);
  });

  it.each([
    ['0.6532', '65.3%'],
    ['0.06549', '6.5%'],
    ['1', '100.0%'],
    ['0', '0.0%'],
  ])('ratio %s reads %s', (ratio, text) => {
    expect(percentText(ratio)).toBe(text);
  });
});
