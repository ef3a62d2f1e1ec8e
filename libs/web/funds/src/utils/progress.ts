import { compareDecimals } from '@lianzhao/domain';
import type { ReinvestmentProgressFieldsFragment } from '@lianzhao/web-data';

/** One coloured part of the 返投 bar, as a share (0–100) of the bar's width. */
export interface BarSegment {
  key: 'counted' | 'pending' | 'open';
  /** Width in percent of the bar. */
  share: number;
}

export interface ProgressBar {
  segments: BarSegment[];
  /** Whether the fund has an obligation at all (a multiple of 0 shows progress without a gap). */
  hasObligation: boolean;
  /** Counted reached the obligation. */
  met: boolean;
  /** counted ÷ obligation in percent, one decimal, or null without an obligation. */
  percent: string | null;
}

const zero = (value: string) => compareDecimals(value, '0') === 0;
// Widths are for drawing only: the figures themselves are shown as the API's exact decimals.
const num = (value: string) => Number(value);

/**
 * The 返投 bar: counted (green), then pending — paid but not landed — (orange), then what the
 * obligation still lacks beyond pending (grey). The bar spans the obligation, or counted + pending
 * when those exceed it, so a fund over its obligation shows a full bar rather than overflowing.
 */
export function progressBar(p: ReinvestmentProgressFieldsFragment): ProgressBar {
  const hasObligation = !zero(p.obligation);
  const counted = num(p.counted);
  const pending = num(p.pending);
  const obligation = num(p.obligation);
  const scale = Math.max(obligation, counted + pending);
  const open = Math.max(obligation - counted - pending, 0);
  const share = (value: number) => (scale > 0 ? (value / scale) * 100 : 0);
  const segments: BarSegment[] = [
    { key: 'counted' as const, share: share(counted) },
    { key: 'pending' as const, share: share(pending) },
    { key: 'open' as const, share: share(open) },
  ].filter((s) => s.share > 0);
  return {
    segments,
    hasObligation,
    met: hasObligation && compareDecimals(p.counted, p.obligation) >= 0,
    percent: p.ratio === null ? null : percentText(p.ratio),
  };
}

/** A ratio ("0.6532") as a percentage with one decimal ("65.3%"). */
export function percentText(ratio: string): string {
  return `${(Math.round(num(ratio) * 1000) / 10).toFixed(1)}%`;
}
