import { Injectable, Optional } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { In } from 'typeorm';
import { checkMove, LEAD_STAGES, LEAD_TAG_GROUPS, MAX_LEAD_TAGS, type LeadStage } from '@lianzhao/domain';
import {
  badField,
  Clock,
  EventBus,
  ListQuery,
  RequestContext,
  selectsField,
  type GroupTotals,
  type ListPage,
  type PageGroups,
} from '@lianzhao/api-core';
import { TransactionalConnection, trimDecimal } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { EnterpriseQueries } from '@lianzhao/api-enterprises';
import { ReferenceService } from '@lianzhao/api-reference';
import {
  AttributionService,
  type AttributionChangeFields,
  type AttributionMerged,
  mergedOnUpdate,
} from '@lianzhao/api-attribution';
import { Lead } from './lead.entity';
import { LeadStageChange } from './lead-stage-change.entity';
import { LeadFundDirectory } from './lead-funds.port';
import { LeadOwnerAssigned, LeadStageMoved } from './lead.events';
import { LEAD_LIST } from './lead-list';
import {
  type CreateLeadInput,
  type LeadFields,
  type LeadFilter,
  type LeadListArgs,
  type LeadOrder,
  type LeadOrderField,
  type MoveLeadInput,
  type UpdateLeadInput,
} from './dto/lead.inputs';

export const LEAD = 'Lead';

/** The lead fields its audit entries record, on every path that writes a lead. */
export const LEAD_AUDITED_FIELDS: readonly (keyof Lead)[] = [
  'projectName',
  'enterpriseId',
  'industryCode',
  'segmentCode',
  'channel',
  'sourceOrganizationId',
  'ownerId',
  'townCode',
  'plannedInvestment',
  'expectedOutput',
  'landNeed',
  'spaceNeed',
  'expectedSigningOn',
  'grade',
  'notes',
  'stage',
  'fundId',
  'tagCodes',
];

export interface StageSummary {
  stage: LeadStage;
  count: number;
  /** Sum of planned investment in 万元, exact. */
  plannedInvestment: string;
}

/** A page of leads; the filter stays with it so the board's column sums are computed only if asked for. */
export type LeadPage = ListPage<Lead, LeadFilter, 'planned_investment'>;

/** A stage summary's groups: leads and their planned investment per stage. */
const STAGE_GROUPS: PageGroups<'planned_investment'> = { groupBy: 'stage', sums: ['planned_investment'] };

/** Every stage's row of a summary, 0 where no lead is. */
function stageSummaryOf(groups: readonly GroupTotals<'planned_investment'>[]): StageSummary[] {
  return LEAD_STAGES.map((stage) => {
    const group = groups.find((g) => g.group === stage);
    return {
      stage,
      count: group?.count ?? 0,
      plannedInvestment: trimDecimal(group?.sums.planned_investment ?? '0'),
    };
  });
}

@Injectable()
export class LeadsService {
  private readonly leadList: ListQuery<Lead, LeadFilter, LeadOrderField>;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: EventBus,
    private readonly attribution: AttributionService,
    private readonly enterprises: EnterpriseQueries,
    private readonly reference: ReferenceService,
    @Optional() private readonly funds?: LeadFundDirectory,
  ) {
    this.leadList = new ListQuery(LEAD_LIST, connection, clock);
  }

  /** The stage summary of each page, made once however many of its fields read it. */
  private readonly summaries = new WeakMap<LeadPage, Promise<StageSummary[]>>();

  /**
   * A page of leads; given the GraphQL query, reading only the relations it shows (ListQuery.page).
   * With `withSummary` (the client also reads the page's stage summary) the page's totalCount is
   * added up from that summary's counts for the stages the filter keeps, so the matching leads are
   * counted once, not twice (for a search, each count reads every match). Where the filter keeps
   * every stage, the summary is over the page's own rows, and the page's statement counts it.
   */
  async list(ctx: RequestContext, args: LeadListArgs, info?: GraphQLResolveInfo): Promise<LeadPage> {
    const withSummary = info ? selectsField(info, 'stageSummary') : false;
    const everyStage = !args.filter?.stage && !args.filter?.stages?.length;
    const page = await this.leadList.page(
      ctx,
      args,
      info,
      withSummary && everyStage ? STAGE_GROUPS : undefined,
    );
    if (page.groups) this.summaries.set(page, Promise.resolve(stageSummaryOf(page.groups)));
    if (withSummary) {
      const filter = args.filter;
      const kept = (stage: LeadStage): boolean =>
        (!filter?.stages?.length || filter.stages.includes(stage)) &&
        (!filter?.stage || filter.stage === stage);
      page.countWith(async () =>
        (await this.pageSummary(ctx, page)).reduce(
          (sum, row) => (kept(row.stage) ? sum + row.count : sum),
          0,
        ),
      );
    }
    return page;
  }

  /** The stage summary of a page (see stageSummary), shared by its fields. */
  pageSummary(ctx: RequestContext, page: LeadPage): Promise<StageSummary[]> {
    let summary = this.summaries.get(page);
    if (!summary) this.summaries.set(page, (summary = this.stageSummary(ctx, page.filter)));
    return summary;
  }

  /** Count and planned-investment sum per stage for the board's columns, under the same filter (stages aside). */
  async stageSummary(ctx: RequestContext, filter: LeadFilter | undefined): Promise<StageSummary[]> {
    const { groupBy, sums } = STAGE_GROUPS;
    return stageSummaryOf(
      await this.leadList.grouped(
        ctx,
        filter ? { ...filter, stages: null, stage: null } : null,
        groupBy,
        sums,
      ),
    );
  }

  /**
   * The leads an export writes: the list's filter and order, at most the export cap (more is
   * refused), so an export always shows what the screen showed.
   */
  exportRows(
    ctx: RequestContext,
    filter: LeadFilter | undefined,
    orderBy: LeadOrder | undefined,
  ): Promise<Lead[]> {
    return this.leadList.exportRows(ctx, { filter, orderBy });
  }

  /** The project names each of these enterprises already has leads for (duplicate checks of an import). */
  projectNamesOf(
    ctx: RequestContext,
    enterpriseIds: readonly string[],
  ): Promise<{ enterpriseId: string; projectName: string }[]> {
    if (!enterpriseIds.length) return Promise.resolve([]);
    return this.connection
      .getRepository(ctx, Lead)
      .createQueryBuilder('l')
      .select('l.enterprise_id', 'enterpriseId')
      .addSelect('l.project_name', 'projectName')
      .where('l.enterprise_id = ANY(:ids)', { ids: [...new Set(enterpriseIds)] })
      .getRawMany<{ enterpriseId: string; projectName: string }>();
  }

  get(ctx: RequestContext, id: string): Promise<Lead> {
    return this.connection.getById(ctx, Lead, id, '线索');
  }

  /** Batches the lead look-ups of one request into a single query. */
  loader(ctx: RequestContext): DataLoader<string, Lead | null> {
    return this.connection.byId(ctx, Lead);
  }

  /** The leads with these ids, read afresh (inside a transaction: on its connection), in no particular order. */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<Lead[]> {
    if (!ids.length) return [];
    return this.connection.getRepository(ctx, Lead).findBy({ id: In([...ids]) });
  }

  leadsOfEnterprise(ctx: RequestContext, enterpriseId: string): Promise<Lead[]> {
    return this.connection
      .getRepository(ctx, Lead)
      .find({ where: { enterpriseId }, order: { createdAt: 'DESC' } });
  }

  stageChanges(ctx: RequestContext, leadId: string): Promise<LeadStageChange[]> {
    return this.connection
      .getRepository(ctx, LeadStageChange)
      .find({ where: { leadId }, order: { at: 'DESC', id: 'DESC' } });
  }

  async create(ctx: RequestContext, input: CreateLeadInput): Promise<Lead> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const enterprise = await this.enterprises.find(tx, input.enterpriseId);
      if (!enterprise) throw badField('enterpriseId', '所选企业不存在');
      const fields = await this.resolveFields(tx, input, {
        channel: input.channel,
        sourceOrganizationId: input.sourceOrganizationId ?? null,
        ownerId: input.ownerId ?? tx.user?.id ?? null,
      });
      fields.fundId = await this.fundOf(tx, input.channel, input.fundId, fields.sourceOrganizationId ?? null);
      const repo = this.connection.getRepository(tx, Lead);
      const lead = await repo.save(
        repo.create({
          ...fields,
          enterpriseId: enterprise.id,
          projectName: input.projectName,
          channel: input.channel,
          stage: 'NEW',
          stageChangedAt: this.clock.now(),
        }),
      );
      await this.recordStageChange(tx, lead.id, null, 'NEW', null);
      await this.audit.record(tx, {
        entityType: LEAD,
        entityId: lead.id,
        action: 'CREATE',
        changes: diffFields(null, { ...lead }, LEAD_AUDITED_FIELDS),
      });
      const created = await this.get(tx, lead.id);
      await this.publishAssignment(tx, created, null);
      return created;
    });
  }

  async update(ctx: RequestContext, input: UpdateLeadInput): Promise<Lead> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.get(tx, input.id);
      const merged = mergedOnUpdate(input, before);
      const channel = merged.channel;
      const changes = await this.resolveFields(tx, input, merged, before.tagCodes);
      if (input.projectName) changes.projectName = input.projectName;
      changes.channel = channel;
      changes.fundId = await this.fundOf(
        tx,
        channel,
        input.fundId !== undefined ? input.fundId : before.fundId,
        changes.sourceOrganizationId !== undefined
          ? changes.sourceOrganizationId
          : before.sourceOrganizationId,
      );
      await this.connection.updateVersioned(tx, Lead, before.id, input.version, changes);
      const after = await this.get(tx, before.id);
      await this.audit.record(tx, {
        entityType: LEAD,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, LEAD_AUDITED_FIELDS),
      });
      await this.publishAssignment(tx, after, before.ownerId);
      return after;
    });
  }

  /** Tells the contexts that care when a lead gets a new owner who did not give it to themselves. */
  private async publishAssignment(
    tx: RequestContext,
    lead: Lead,
    previousOwnerId: string | null,
  ): Promise<void> {
    if (!lead.ownerId || lead.ownerId === previousOwnerId || lead.ownerId === tx.user?.id) return;
    await this.events.publish(tx, new LeadOwnerAssigned(lead, lead.ownerId));
  }

  /** A stage move, checked against the pipeline in libs/domain and recorded with who and why. */
  async move(ctx: RequestContext, input: MoveLeadInput): Promise<Lead> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.get(tx, input.id);
      const check = checkMove(before.stage, input.stage, input.reason);
      if (!check.ok) throw badField(check.field, check.message);
      await this.connection.updateVersioned(tx, Lead, before.id, input.version, {
        stage: input.stage,
        stageChangedAt: this.clock.now(),
      });
      await this.recordStageChange(tx, before.id, before.stage, input.stage, input.reason ?? null);
      await this.audit.record(tx, {
        entityType: LEAD,
        entityId: before.id,
        action: 'MOVE',
        changes: [{ field: 'stage', before: before.stage, after: input.stage }],
        note: input.reason ?? null,
      });
      const after = await this.get(tx, before.id);
      await this.events.publish(tx, new LeadStageMoved(after, before.stage, input.stage));
      return after;
    });
  }

  private async recordStageChange(
    ctx: RequestContext,
    leadId: string,
    from: LeadStage | null,
    to: LeadStage,
    reason: string | null,
  ) {
    await this.connection.getRepository(ctx, LeadStageChange).insert({
      leadId,
      fromStage: from,
      toStage: to,
      reason,
      actorId: ctx.user && ctx.user.id !== 'system' ? ctx.user.id : null,
      actorName: ctx.user?.displayName ?? '系统',
    });
  }

  /**
   * 资本招商: a FUND lead names its fund. When the form names none and the source organisation
   * manages funds, its latest fund is taken (an accepted referral of a fund manager); any other
   * channel names no fund.
   */
  private async fundOf(
    ctx: RequestContext,
    channel: Lead['channel'],
    fundId: string | null | undefined,
    sourceOrganizationId: string | null,
  ): Promise<string | null> {
    if (channel !== 'FUND') return null;
    if (fundId) {
      if (this.funds && !(await this.funds.exists(ctx, fundId))) throw badField('fundId', '所选基金不存在');
      return fundId;
    }
    const latest =
      sourceOrganizationId && this.funds ? await this.funds.latestFundOf(ctx, sourceOrganizationId) : null;
    if (!latest) throw badField('fundId', '资本招商线索须选择来源基金');
    return latest;
  }

  /** Checks the form's references and derives the industry from the segment. */
  private async resolveFields(
    ctx: RequestContext,
    input: LeadFields & AttributionChangeFields,
    merged: AttributionMerged,
    keptTags: readonly string[] = [],
  ): Promise<Partial<Lead>> {
    const out: Partial<Lead> = {};
    const copy = [
      'plannedInvestment',
      'expectedOutput',
      'landNeed',
      'spaceNeed',
      'expectedSigningOn',
      'grade',
      'notes',
    ] as const;
    for (const key of copy) if (input[key] !== undefined) Object.assign(out, { [key]: input[key] });
    if (input.tagCodes !== undefined) {
      // A retired tag the lead already has stays; a new one must be a lead tag in use.
      const tags = await this.reference.requireTags(
        ctx,
        input.tagCodes ?? [],
        'tagCodes',
        keptTags,
        LEAD_TAG_GROUPS,
      );
      // The form's limit again: a bulk 打标签 adds to what each lead already has.
      if (tags.length > MAX_LEAD_TAGS) throw badField('tagCodes', `一条线索最多 ${MAX_LEAD_TAGS} 个标签`);
      out.tagCodes = tags;
    }
    return { ...out, ...(await this.attribution.resolve(ctx, input, merged, '线索')) };
  }
}
