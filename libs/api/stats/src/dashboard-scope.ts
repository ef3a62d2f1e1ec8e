import { dashboardPeriod, type Channel, type DashboardPeriod } from '@lianzhao/domain';
import type { DashboardFilter } from './dashboard.inputs';

/**
 * What one cockpit request looks at: the period (Shanghai days, inclusive), the as-of day and
 * the attribution cut. Every figure group reads it, and every drill filter starts from it, so
 * a figure and the list it opens are cut the same way.
 */
export class DashboardScope {
  constructor(
    readonly period: DashboardPeriod,
    readonly industryCode: string | null,
    readonly segmentCode: string | null,
    readonly townCode: string | null,
    readonly channel: Channel | null,
  ) {}

  static of(filter: DashboardFilter | null | undefined, today: string): DashboardScope {
    const f = filter ?? {};
    return new DashboardScope(
      dashboardPeriod(f, today),
      f.industryCode ?? null,
      f.segmentCode ?? null,
      f.town ?? null,
      f.channel ?? null,
    );
  }

  /**
   * The attribution part of a lead or project filter (`LeadFilter`, `ProjectFilter`), in the
   * field names those inputs use.
   */
  attribution(): { industryCode?: string; segmentCode?: string; townCode?: string; channels?: Channel[] } {
    return {
      ...(this.industryCode ? { industryCode: this.industryCode } : {}),
      ...(this.segmentCode ? { segmentCode: this.segmentCode } : {}),
      ...(this.townCode ? { townCode: this.townCode } : {}),
      ...(this.channel ? { channels: [this.channel] } : {}),
    };
  }
}
