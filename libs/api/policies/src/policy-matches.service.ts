import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  evaluatePolicyItem,
  type PolicySubject,
  type PolicyAmount,
  type PolicyCondition,
  type PolicyEvaluation,
  type PolicyFacts,
} from '@lianzhao/domain';
import { Clock, ListQuery, RequestContext, type ListPage } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { factsOf, SUBJECTS, type ProjectFactsRow } from './policy-facts';
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
 * 政策匹配: keeps policy_matches (one row per subject — project or enterprise — and active item) in
 * step with the subjects' facts, inside the transaction that changed them, evaluates an item's
 * batches for its re-evaluation job (policy-match-jobs.service.ts), and reads it all.
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

  /** Facts of these subjects, by id. */
  private async factsOf(ctx: RequestContext, subject: PolicySubject, ids: readonly string[]): Promise<Map<string, PolicyFacts>> {
    if (!ids.length) return new Map();
    const { sql, alias } = SUBJECTS[subject];
    const rows = await this.query<ProjectFactsRow>(ctx, `${sql} WHERE ${alias}.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, factsOf(subject, r)]));
  }

  /** The next `limit` subjects after `afterId` (ids in order), with their facts. */
  private async factsAfter(
    ctx: RequestContext,
    subject: PolicySubject,
    afterId: string | null,
    limit: number,
  ): Promise<Array<[string, PolicyFacts]>> {
    const { sql, alias } = SUBJECTS[subject];
    const rows = await this.query<ProjectFactsRow>(
      ctx,
      `${sql} WHERE ${alias}.id > $1::uuid ORDER BY ${alias}.id LIMIT ${Number(limit)}`,
      [afterId ?? '00000000-0000-0000-0000-000000000000'],
    );
    return rows.map((r) => [r.id, factsOf(subject, r)]);
  }

  /** Every project's facts, a batch at a time in id order, so memory stays flat on a large district. */
  private async *allFacts(ctx: RequestContext): AsyncGenerator<Array<[string, PolicyFacts]>> {
    let after: string | null = null;
    for (;;) {
      const batch = await this.factsAfter(ctx, 'PROJECT', after, BATCH);
      if (!batch.length) return;
      yield batch;
      after = batch[batch.length - 1][0];
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
   * counts as new for 免申即享. Writing the same evaluation twice changes nothing (the jobs rely on it).
   */
  private async upsert(
    tx: RequestContext,
    subject: PolicySubject,
    rows: Array<{ subjectId: string; itemId: string; evaluation: PolicyEvaluation }>,
  ): Promise<void> {
    if (!rows.length) return;
    const column = SUBJECTS[subject].column;
    const payload = rows.map((r) => ({
      subject_id: r.subjectId,
      item_id: r.itemId,
      qualified: r.evaluation.qualified,
      amount: r.evaluation.amount,
      missing: r.evaluation.missing.map((m) => m.description),
    }));
    await this.query(
      tx,
      `INSERT INTO policy_matches (${column}, item_id, qualified, amount, missing, qualified_at)
       SELECT x.subject_id, x.item_id, x.qualified, x.amount, x.missing,
              CASE WHEN x.qualified THEN $2::timestamptz END
         FROM jsonb_to_recordset($1::jsonb) AS x(subject_id uuid, item_id uuid, qualified boolean, amount numeric, missing jsonb)
       ON CONFLICT (${column}, item_id) DO UPDATE SET
         qualified = EXCLUDED.qualified,
         amount = EXCLUDED.amount,
         missing = EXCLUDED.missing,
         qualified_at = CASE WHEN EXCLUDED.qualified THEN COALESCE(policy_matches.qualified_at, EXCLUDED.qualified_at) END`,
      [JSON.stringify(payload), this.clock.now().toISOString()],
    );
  }

  /** Recomputes the matches of these subjects against every active item (their facts changed). */
  async recomputeSubjects(tx: RequestContext, subject: PolicySubject, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const items = await this.activeItems(tx);
    const facts = await this.factsOf(tx, subject, ids);
    const rows = [...facts].flatMap(([subjectId, f]) =>
      items.map((item) => ({ subjectId, itemId: item.id, evaluation: this.evaluate(item, f) })),
    );
    await this.query(
      tx,
      `DELETE FROM policy_matches WHERE ${SUBJECTS[subject].column} = ANY($1::uuid[]) AND NOT (item_id = ANY($2::uuid[]))`,
      [ids, items.map((i) => i.id)],
    );
    await this.upsert(tx, subject, rows);
  }

  recomputeProjects(tx: RequestContext, projectIds: readonly string[]): Promise<void> {
    return this.recomputeSubjects(tx, 'PROJECT', projectIds);
  }

  /** An enterprise's own matches, and its projects' (its tags, industry and segment are facts of each). */
  async recomputeEnterprise(tx: RequestContext, enterpriseId: string): Promise<void> {
    await this.recomputeSubjects(tx, 'ENTERPRISE', [enterpriseId]);
    const rows = await this.query<{ id: string }>(tx, 'SELECT id FROM projects WHERE enterprise_id = $1', [enterpriseId]);
    await this.recomputeProjects(tx, rows.map((r) => r.id));
  }

  /**
   * One batch of an item's re-evaluation: the next `limit` subjects after `afterId`, evaluated and
   * written. Returns how many were read and the last id (the job's next cursor).
   */
  async evaluateItemBatch(
    tx: RequestContext,
    item: PolicyItem,
    subject: PolicySubject,
    afterId: string | null,
    limit: number,
  ): Promise<{ count: number; lastId: string | null }> {
    const batch = await this.factsAfter(tx, subject, afterId, limit);
    await this.upsert(
      tx,
      subject,
      batch.map(([subjectId, f]) => ({ subjectId, itemId: item.id, evaluation: this.evaluate(item, f) })),
    );
    return { count: batch.length, lastId: batch.length ? batch[batch.length - 1][0] : afterId };
  }

  /** Drops up to `limit` matches of an item no longer in force; returns how many went. */
  async removeItemBatch(tx: RequestContext, itemId: string, limit: number): Promise<number> {
    const gone = await this.query<{ id: string }>(
      tx,
      `DELETE FROM policy_matches WHERE id IN (SELECT id FROM policy_matches WHERE item_id = $1 LIMIT ${Number(limit)}) RETURNING id`,
      [itemId],
    );
    return gone.length;
  }

  /** The active item of this id, or null (retired, its policy expired, or gone). */
  async activeItem(ctx: RequestContext, itemId: string): Promise<PolicyItem | null> {
    return this.connection
      .getRepository(ctx, PolicyItem)
      .createQueryBuilder('i')
      .where('i.id = :itemId', { itemId })
      .andWhere(ACTIVE_ITEM_SQL('i'), { today: this.clock.today() })
      .getOne();
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

  /** An enterprise's own matches first, then its projects' (project by project). */
  async ofEnterprise(ctx: RequestContext, enterpriseId: string): Promise<PolicyMatch[]> {
    return this.matches(
      ctx,
      '(pm.enterprise_id = :enterpriseId OR pm.project_id IN (SELECT ep.id FROM projects ep WHERE ep.enterprise_id = :enterpriseId))',
      { enterpriseId },
      true,
    );
  }

  private matches(ctx: RequestContext, where: string, params: Record<string, unknown>, bySubject = false): Promise<PolicyMatch[]> {
    const query = this.connection
      .getRepository(ctx, PolicyMatch)
      .createQueryBuilder('pm')
      .innerJoinAndSelect('pm.item', 'i')
      .where(where, params)
      .andWhere(ACTIVE_ITEM_SQL('i'), { today: this.clock.today() });
    if (bySubject) query.orderBy('pm.project_id', 'ASC', 'NULLS FIRST');
    return query
      .addOrderBy('pm.qualified', 'DESC')
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

  /** How many subjects (projects and enterprises) qualify for each item now, batched per request. */
  qualifiedCountLoader(ctx: RequestContext): DataLoader<string, number> {
    return ctx.loader(
      'PolicyItemQualifiedCount',
      () =>
        new DataLoader<string, number>(async (itemIds) => {
          const rows = await this.query<{ item_id: string; n: string }>(
            ctx,
            'SELECT item_id, count(*) AS n FROM policy_matches WHERE item_id = ANY($1::uuid[]) AND qualified GROUP BY item_id',
            [[...itemIds]],
          );
          const byId = new Map(rows.map((r) => [r.item_id, Number(r.n)]));
          return itemIds.map((id) => byId.get(id) ?? 0);
        }),
    );
  }

  itemLoader(ctx: RequestContext): DataLoader<string, PolicyItem | null> {
    return this.connection.byId(ctx, PolicyItem);
  }
}
