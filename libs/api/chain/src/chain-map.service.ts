import { Injectable } from '@nestjs/common';
import {
  CHAIN_REFERRAL_STATUSES,
  chainLinkStatus,
  OPEN_STAGES,
  type ChainLinkStatus,
  type ChainStatusRule,
  type ChainTier,
} from '@lianzhao/domain';
import { badField, Clock, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { ReferenceService } from '@lianzhao/api-reference';
import {
  chainIdsSql,
  chainOutputSql,
  chainPartsSql,
  linkScopeSql,
  type ChainBreakdownKind,
  type ChainCountKind,
} from './chain-counts.sql';
import { ChainLinksService } from './chain-links.service';
import type { ChainFigures, ChainLinkCounts, ChainMap, ChainMapLink, ChainOverview } from './chain.types';

const COUNTED: readonly ChainCountKind[] = [
  'localEnterprises',
  'openLeads',
  'referrals',
  'targets',
  'investments',
];

interface LinkRow {
  id: string;
  segment_code: string;
  name: string;
  tier: ChainTier;
  position: number;
  localEnterprises: number;
  chainMasters: number;
  openLeads: number;
  referrals: number;
  targets: number;
  investments: number;
  expected_output: string;
}

/** A link's count of one part (a stage, a referral status), keyed `<link id>/<kind>/<part>`. */
type PartCounts = ReadonlyMap<string, number>;
const partKey = (linkId: string, kind: ChainBreakdownKind, part: string) => `${linkId}/${kind}/${part}`;

/**
 * 产业链图谱 and the district overview: every figure is the size of an id set of
 * chain-counts.sql.ts (the drill-down lists filter by the same sets), and each link's status is
 * libs/domain chainLinkStatus over its counts.
 */
@Injectable()
export class ChainMapService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    private readonly links: ChainLinksService,
    private readonly clock: Clock,
  ) {}

  async map(ctx: RequestContext, industryCode: string, asOf: string | null | undefined): Promise<ChainMap> {
    const day = asOf ?? this.today();
    const industry = (await this.reference.industries(ctx)).find((i) => i.code === industryCode);
    if (!industry) throw badField('industryCode', '产业不存在');
    const rule = await this.links.settings(ctx);
    const rows = await this.linkRows(ctx, industryCode, day);
    const parts = await this.partCounts(ctx, industryCode, day);
    const segments = [...industry.segments].sort((a, b) => a.sortOrder - b.sortOrder);
    return {
      industryCode,
      industryName: industry.name,
      asOf: day,
      segments: segments.map((segment) => ({
        code: segment.code,
        name: segment.name,
        links: rows.filter((r) => r.segment_code === segment.code).map((r) => toLink(r, rule, parts)),
      })),
    };
  }

  /** The four leading industries as of `asOf` and as of `since`, for leadership. */
  async overview(
    ctx: RequestContext,
    since: string,
    asOf: string | null | undefined,
  ): Promise<ChainOverview> {
    const day = asOf ?? this.today();
    if (since > day) throw badField('since', '对比日期不能晚于截至日期');
    const leading = (await this.reference.industries(ctx))
      .filter((i) => i.leading)
      .sort((a, b) => a.sortOrder - b.sortOrder);
    const rule = await this.links.settings(ctx);
    const industries = [];
    for (const industry of leading) {
      industries.push({
        code: industry.code,
        name: industry.name,
        now: await this.figures(ctx, industry.code, day, rule),
        then: await this.figures(ctx, industry.code, since, rule),
      });
    }
    return { asOf: day, since, industries };
  }

  private async figures(
    ctx: RequestContext,
    industryCode: string,
    day: string,
    rule: ChainStatusRule,
  ): Promise<ChainFigures> {
    const rows = await this.linkRows(ctx, industryCode, day);
    const statuses = rows.map((r) => linkStatus(r, rule));
    const scope = linkScopeSql({ industryCode });
    const selects = COUNTED.map(
      // A record on two links of the industry is one record.
      (kind) =>
        `(SELECT COUNT(DISTINCT x.id) FROM (${chainIdsSql(kind, scope.sql, ':day')}) x)::int AS "${kind}"`,
    );
    const [totals] = (await this.manager(ctx)
      .createQueryBuilder()
      .select(selects.join(', '))
      .from('(SELECT 1)', 'one')
      .setParameters({ ...scope.params, day })
      .getRawMany()) as Record<ChainCountKind, number>[];
    const count = (status: ChainLinkStatus) => statuses.filter((s) => s === status).length;
    return {
      links: rows.length,
      missing: count('MISSING'),
      weak: count('WEAK'),
      complete: count('COMPLETE'),
      localEnterprises: totals.localEnterprises,
      openLeads: totals.openLeads,
      referrals: totals.referrals,
      targets: totals.targets,
      investments: totals.investments,
    };
  }

  /** The live links of an industry (today's links, whatever the day) with their counts as of the day, in chain order. */
  private async linkRows(ctx: RequestContext, industryCode: string, day: string): Promise<LinkRow[]> {
    const links = 'cp.link_id = cl.id';
    const selects = [
      'cl.id AS id',
      'cl.segment_code AS segment_code',
      'cl.name AS name',
      'cl.tier AS tier',
      'cl.position AS position',
      ...COUNTED.map(
        (kind) => `(SELECT COUNT(*) FROM (${chainIdsSql(kind, links, ':day')}) x)::int AS "${kind}"`,
      ),
      `(SELECT COUNT(*) FROM enterprises me WHERE me.id IN (${chainIdsSql('localEnterprises', links, ':day')}) AND 'CHAIN_MASTER' = ANY(me.tag_codes))::int AS "chainMasters"`,
      `(${chainOutputSql(links, ':day')})::text AS expected_output`,
    ];
    return (await this.manager(ctx)
      .createQueryBuilder()
      .select(selects.join(', '))
      .from('chain_links', 'cl')
      .innerJoin('segments', 's', 's.code = cl.segment_code')
      .where('s.industry_code = :industryCode AND cl.retired_at IS NULL')
      .setParameters({ industryCode, day })
      .orderBy('cl.segment_code')
      .addOrderBy('cl.position')
      .getRawMany()) as LinkRow[];
  }

  /**
   * The industry's live links' open leads by stage and referrals by status, in one grouped
   * statement over the id sets the counts and drill-downs read (chainPartsSql): the parts of a
   * link add up to its count by construction.
   */
  private async partCounts(ctx: RequestContext, industryCode: string, day: string): Promise<PartCounts> {
    const kinds: readonly ChainBreakdownKind[] = ['openLeads', 'referrals'];
    const grouped = kinds.map(
      (kind) => `SELECT cl.id AS link_id, '${kind}' AS kind, x.part, COUNT(*)::int AS n
  FROM chain_links cl JOIN segments s ON s.code = cl.segment_code,
  LATERAL (${chainPartsSql(kind, 'cp.link_id = cl.id', ':day')}) x
  WHERE s.industry_code = :industryCode AND cl.retired_at IS NULL
  GROUP BY cl.id, x.part`,
    );
    const rows = (await this.manager(ctx)
      .createQueryBuilder()
      .select('u.link_id AS link_id, u.kind AS kind, u.part AS part, u.n AS n')
      .from(`(${grouped.join('\nUNION ALL\n')})`, 'u')
      .setParameters({ industryCode, day })
      .getRawMany()) as {
      link_id: string;
      kind: ChainBreakdownKind;
      part: string;
      n: number;
    }[];
    return new Map(rows.map((r) => [partKey(r.link_id, r.kind, r.part), r.n]));
  }

  private today(): string {
    return this.clock.today();
  }

  private manager(ctx: RequestContext) {
    return ctx.transaction ?? this.connection.dataSource.manager;
  }
}

function toLink(row: LinkRow, rule: ChainStatusRule, parts: PartCounts): ChainMapLink {
  const counts: ChainLinkCounts = {
    localEnterprises: row.localEnterprises,
    chainMasters: row.chainMasters,
    openLeads: row.openLeads,
    openLeadsByStage: OPEN_STAGES.map((stage) => ({
      stage,
      count: parts.get(partKey(row.id, 'openLeads', stage)) ?? 0,
    })),
    referrals: row.referrals,
    referralsByStatus: CHAIN_REFERRAL_STATUSES.map((status) => ({
      status,
      count: parts.get(partKey(row.id, 'referrals', status)) ?? 0,
    })),
    targets: row.targets,
    investments: row.investments,
    expectedOutput: row.expected_output,
  };
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    position: row.position,
    status: linkStatus(row, rule),
    counts,
  };
}

function linkStatus(row: LinkRow, rule: ChainStatusRule): ChainLinkStatus {
  return chainLinkStatus(
    { localEnterprises: row.localEnterprises, expectedOutput: row.expected_output },
    rule,
  );
}
