import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import {
  evaluatePolicyItem,
  type PolicyAmount,
  type PolicyCondition,
  type PolicyEvaluation,
  type PolicyFacts,
} from '@lianzhao/domain';
import { Clock, ListQuery, RequestContext, type ListPage } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { factsOf, PROJECT_FACTS_SQL, type ProjectFactsRow } from './policy-facts';
import { PolicyItem } from './policy-item.entity';
import { PolicyMatch } from './policy-match.entity';
import { POLICY_QUALIFIED_LIST } from './policy-qualified-list';
import { ACTIVE_ITEM_SQL } from './policy-rules.sql';
import type {
  PolicyQualifiedArgs,
  PolicyQualifiedFilter,
  PolicyQualifiedOrder,
  PolicyQualifiedOrderField,
} from './dto/policy.inputs';

/** Projects read per statement when a rule is matched against every project. */
const BATCH = 500;


export interface PolicyPreviewRow {
  projectId: string;
  evaluation: PolicyEvaluation;
}

/**
 * 政策匹配: keeps policy_matches (one row per project and active item) in step with the facts,
 * inside the transaction that changed them, and reads it.
 */
@Injectable()
export class PolicyMatchesService {
  private readonly qualifiedList: ListQuery<PolicyMatch, PolicyQualifiedFilter, PolicyQualifiedOrderField>;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
  ) {
    this.qualifiedList = new ListQuery(POLICY_QUALIFIED_LIST, connection, clock);
  }

  private query<T>(ctx: RequestContext, sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.getRepository(ctx, PolicyMatch).manager.query(sql, params) as Promise<T[]>;
  }

  /** The items that match today. */
  activeItems(ctx: RequestContext): Promise<PolicyItem[]> {
    return this.connection
      .getRepository(ctx, PolicyItem)
      .createQueryBuilder('i')
      .where(ACTIVE_ITEM_SQL('i'), { today: this.clock.today() })
      .orderBy('i.created_at')
      .addOrderBy('i.id')
      .getMany();
  }

  private async factsOfProjects(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, PolicyFacts>> {
    if (!ids.length) return new Map();
    const rows = await this.query<ProjectFactsRow>(ctx, `${PROJECT_FACTS_SQL} WHERE p.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, factsOf(r)]));
  }

  /** Every project's facts, a batch at a time in id order, so memory stays flat on a large district. */
  private async *allFacts(ctx: RequestContext): AsyncGenerator<Array<[string, PolicyFacts]>> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.query<ProjectFactsRow>(
        ctx,
        `${PROJECT_FACTS_SQL} WHERE p.id > $1::uuid ORDER BY p.id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) return;
      yield rows.map((r) => [r.id, factsOf(r)]);
      after = rows[rows.length - 1].id;
    }
  }

  private evaluate(item: PolicyItem, facts: PolicyFacts): PolicyEvaluation {
    const evaluation = evaluatePolicyItem(item.condition, item.amount ?? { fixed: '0' }, facts);
    // An item without an amount rule has no estimate (以核定为准), not a zero.
    return item.amount ? evaluation : { ...evaluation, amount: null };
  }

  /**
   * Writes the evaluations in one statement. `qualified_at` is set when a match becomes qualified
   * and kept while it stays so; a match that stops qualifying loses it, so qualifying again later
   * counts as new for 免申即享.
   */
  private async upsert(
    tx: RequestContext,
    rows: Array<{ projectId: string; itemId: string; evaluation: PolicyEvaluation }>,
  ): Promise<void> {
    if (!rows.length) return;
    const payload = rows.map((r) => ({
      project_id: r.projectId,
      item_id: r.itemId,
      qualified: r.evaluation.qualified,
      amount: r.evaluation.amount,
      missing: r.evaluation.missing.map((m) => m.description),
    }));
    await this.query(
      tx,
      `INSERT INTO policy_matches (project_id, item_id, qualified, amount, missing, qualified_at)
       SELECT x.project_id, x.item_id, x.qualified, x.amount, x.missing,
              CASE WHEN x.qualified THEN $2::timestamptz END
         FROM jsonb_to_recordset($1::jsonb) AS x(project_id uuid, item_id uuid, qualified boolean, amount numeric, missing jsonb)
       ON CONFLICT (project_id, item_id) DO UPDATE SET
         qualified = EXCLUDED.qualified,
         amount = EXCLUDED.amount,
         missing = EXCLUDED.missing,
         qualified_at = CASE WHEN EXCLUDED.qualified THEN COALESCE(policy_matches.qualified_at, EXCLUDED.qualified_at) END`,
      [JSON.stringify(payload), this.clock.now().toISOString()],
    );
  }

  /** Recomputes the matches of these projects against every active item (their facts changed). */
  async recomputeProjects(tx: RequestContext, projectIds: readonly string[]): Promise<void> {
    if (!projectIds.length) return;
    const items = await this.activeItems(tx);
    const facts = await this.factsOfProjects(tx, projectIds);
    const rows = [...facts].flatMap(([projectId, f]) =>
      items.map((item) => ({ projectId, itemId: item.id, evaluation: this.evaluate(item, f) })),
    );
    await this.query(
      tx,
      'DELETE FROM policy_matches WHERE project_id = ANY($1::uuid[]) AND NOT (item_id = ANY($2::uuid[]))',
      [projectIds, items.map((i) => i.id)],
    );
    await this.upsert(tx, rows);
  }

  /** Recomputes one item against every project (the item was created or changed), or drops its matches. */
  async recomputeItem(tx: RequestContext, itemId: string): Promise<void> {
    const item = (await this.activeItems(tx)).find((i) => i.id === itemId);
    if (!item) {
      await this.query(tx, 'DELETE FROM policy_matches WHERE item_id = $1', [itemId]);
      return;
    }
    for await (const batch of this.allFacts(tx)) {
      await this.upsert(
        tx,
        batch.map(([projectId, f]) => ({ projectId, itemId: item.id, evaluation: this.evaluate(item, f) })),
      );
    }
  }

  /** Projects of an enterprise, whose tags are facts of each of them. */
  async recomputeEnterprise(tx: RequestContext, enterpriseId: string): Promise<void> {
    const rows = await this.query<{ id: string }>(tx, 'SELECT id FROM projects WHERE enterprise_id = $1', [enterpriseId]);
    await this.recomputeProjects(tx, rows.map((r) => r.id));
  }

  /** Which projects a draft rule would match, without saving anything (政策库 试算). */
  async preview(
    ctx: RequestContext,
    condition: PolicyCondition,
    amount: PolicyAmount | null,
    limit: number,
  ): Promise<{ qualifiedCount: number; rows: PolicyPreviewRow[] }> {
    let qualifiedCount = 0;
    const rows: PolicyPreviewRow[] = [];
    for await (const batch of this.allFacts(ctx)) {
      for (const [projectId, f] of batch) {
        const evaluation = evaluatePolicyItem(condition, amount ?? { fixed: '0' }, f);
        if (!evaluation.qualified) continue;
        qualifiedCount += 1;
        if (rows.length < limit) rows.push({ projectId, evaluation: amount ? evaluation : { ...evaluation, amount: null } });
      }
    }
    return { qualifiedCount, rows };
  }

  /** A project's matches with active items: qualified first, then the nearest (fewest missing). */
  async ofProject(ctx: RequestContext, projectId: string): Promise<PolicyMatch[]> {
    return this.matches(ctx, 'pm.project_id = :projectId', { projectId });
  }

  /** The matches of an enterprise's projects. */
  async ofEnterprise(ctx: RequestContext, enterpriseId: string): Promise<PolicyMatch[]> {
    return this.matches(ctx, 'pm.project_id IN (SELECT ep.id FROM projects ep WHERE ep.enterprise_id = :enterpriseId)', {
      enterpriseId,
    });
  }

  private matches(ctx: RequestContext, where: string, params: Record<string, unknown>): Promise<PolicyMatch[]> {
    return this.connection
      .getRepository(ctx, PolicyMatch)
      .createQueryBuilder('pm')
      .innerJoinAndSelect('pm.item', 'i')
      .where(where, params)
      .andWhere(ACTIVE_ITEM_SQL('i'), { today: this.clock.today() })
      .orderBy('pm.qualified', 'DESC')
      .addOrderBy('jsonb_array_length(pm.missing)', 'ASC')
      .addOrderBy('i.created_at', 'ASC')
      .addOrderBy('pm.id', 'ASC')
      .getMany();
  }

  qualified(ctx: RequestContext, args: PolicyQualifiedArgs): Promise<ListPage<PolicyMatch, PolicyQualifiedFilter>> {
    return this.qualifiedList.page(ctx, { ...args, filter: { ...args.filter, since: args.since } });
  }

  qualifiedExportRows(
    ctx: RequestContext,
    since: string,
    filter: PolicyQualifiedFilter | undefined,
    orderBy: PolicyQualifiedOrder | undefined,
  ): Promise<PolicyMatch[]> {
    return this.qualifiedList.exportRows(ctx, { filter: { ...filter, since }, orderBy });
  }

  itemLoader(ctx: RequestContext): DataLoader<string, PolicyItem | null> {
    return this.connection.byId(ctx, PolicyItem);
  }
}
