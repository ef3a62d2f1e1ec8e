import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  defaultProjectType,
  landedOn,
  milestoneStatus,
  type MilestoneCode,
  type MilestoneStatus,
  type ProjectType,
} from '@lianzhao/domain';
import { badField, Clock, EventBus, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { EnterpriseQueries } from '@lianzhao/api-enterprises';
import {
  AttributionService,
  type AttributionChangeFields,
  type AttributionMerged,
  mergedOnUpdate,
} from '@lianzhao/api-attribution';
import type { Lead } from '@lianzhao/api-leads';
import { PROJECT, Project } from './project.entity';
import { ProjectClaims } from './project-claims';
import { ProjectMilestone, withReadFacts } from './project-milestone.entity';
import { ProjectMilestonesService } from './project-milestones.service';
import { ProjectPlanChange } from './project-plan-change.entity';
import { ProjectSupportItem } from './project-support-item.entity';
import { ProjectFactsChanged } from './project.events';
import { ReferenceService } from '@lianzhao/api-reference';
import { type CreateProjectInput, type ProjectFields, type UpdateProjectInput } from './dto/project.inputs';

const AUDITED: readonly (keyof Project)[] = [
  'name',
  'type',
  'leadId',
  'enterpriseId',
  'industryCode',
  'segmentCode',
  'channel',
  'sourceOrganizationId',
  'ownerId',
  'townCode',
  'parkCode',
  'contractInvestment',
  'registeredCapital',
  'plannedFixedAssetInvestment',
  'actualFixedAssetInvestment',
  'expectedOutput',
  'expectedTax',
  'landArea',
  'siteSupplyMode',
  'spaceArea',
  'spaceTenure',
  'industrialHighRise',
  'jobsPlanned',
  'notes',
];

const COPIED_FIELDS = [
  'contractInvestment',
  'registeredCapital',
  'plannedFixedAssetInvestment',
  'actualFixedAssetInvestment',
  'expectedOutput',
  'expectedTax',
  'landArea',
  'siteSupplyMode',
  'spaceArea',
  'spaceTenure',
  'jobsPlanned',
  'notes',
] as const;

/** One milestone as the referrals context and the web see it: dates plus today's status. */
export interface MilestoneProgress {
  code: MilestoneCode;
  plannedDate: string | null;
  actualDate: string | null;
  status: MilestoneStatus;
}

/** Where the project signed from a lead stands; `landedOn` is the 工商注册 actual date (落地). */
export interface LeadProjectProgress {
  leadId: string;
  projectId: string;
  type: ProjectType;
  milestones: MilestoneProgress[];
  landedOn: string | null;
}

/**
 * Landing projects: creating them (on 签约, or by hand), their fields, and reading them. A
 * project's milestones are changed through project-milestones.service.ts, its support items
 * through project-support-items.service.ts, and its lists are read through project-queries.service.ts.
 */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly attribution: AttributionService,
    private readonly claims: ProjectClaims,
    private readonly milestones: ProjectMilestonesService,
    private readonly enterprises: EnterpriseQueries,
    private readonly events: EventBus,
    private readonly reference: ReferenceService,
  ) {}

  get(ctx: RequestContext, id: string): Promise<Project> {
    return this.claims.get(ctx, id);
  }

  /** Batches the project look-ups of one request into a single query. */
  loader(ctx: RequestContext): DataLoader<string, Project | null> {
    return this.connection.byId(ctx, Project);
  }

  /** Milestones of one project in template order, through the request's loader. */
  milestonesOf(ctx: RequestContext, projectId: string): Promise<ProjectMilestone[]> {
    return ctx
      .loader(
        'ProjectMilestonesByProject',
        () =>
          new DataLoader<string, ProjectMilestone[]>(async (ids) => {
            // Plain rows (dates as the database's text, as the entity holds them) rather than
            // hydrated entities: a page of 50 projects reads some 500 milestones.
            const rows = await this.connection
              .getRepository(ctx, ProjectMilestone)
              .createQueryBuilder('m')
              .select('m.id', 'id')
              .addSelect('m.project_id', 'projectId')
              .addSelect('m.code', 'code')
              .addSelect('m.position', 'position')
              .addSelect('m.planned_date::text', 'plannedDate')
              .addSelect('m.actual_date::text', 'actualDate')
              // The name admins gave the milestone (one per code, the same in every template), in the same statement.
              .addSelect(
                '(SELECT mt.name FROM milestone_templates mt WHERE mt.code = m.code ORDER BY mt.project_type LIMIT 1)',
                'name',
              )
              .where('m.project_id = ANY(:ids)', { ids: [...ids] })
              .orderBy('m.position', 'ASC')
              .getRawMany<
                Pick<
                  ProjectMilestone,
                  'id' | 'projectId' | 'code' | 'position' | 'plannedDate' | 'actualDate' | 'name'
                >
              >();
            const today = this.clock.today();
            const byProject = new Map<string, ProjectMilestone[]>(ids.map((id) => [id, []]));
            for (const row of rows) {
              byProject
                .get(row.projectId)
                ?.push(withReadFacts(Object.assign(new ProjectMilestone(), row), today, row.name));
            }
            return ids.map((id) => byProject.get(id) ?? []);
          }),
      )
      .load(projectId);
  }

  /** The project signed from a lead, if any, through the request's loader. */
  projectOfLead(ctx: RequestContext, leadId: string): Promise<Project | null> {
    return ctx
      .loader(
        'ProjectByLead',
        () =>
          new DataLoader<string, Project | null>(async (ids) => {
            const rows = await this.connection.getRepository(ctx, Project).findBy({ leadId: In([...ids]) });
            return ids.map((id) => rows.find((r) => r.leadId === id) ?? null);
          }),
      )
      .load(leadId);
  }

  planChanges(ctx: RequestContext, projectId: string): Promise<ProjectPlanChange[]> {
    return this.connection
      .getRepository(ctx, ProjectPlanChange)
      .find({ where: { projectId }, order: { at: 'DESC', id: 'DESC' } });
  }

  supportItems(ctx: RequestContext, projectId: string): Promise<ProjectSupportItem[]> {
    return this.connection
      .getRepository(ctx, ProjectSupportItem)
      .find({ where: { projectId }, order: { kind: 'ASC', id: 'ASC' } });
  }

  today(): string {
    return this.clock.today();
  }

  /**
   * For the referrals context: per lead id, the project signed from it with its milestones in
   * template order and today's status of each, and the 落地 date read off the 工商注册 milestone.
   * Leads without a project are absent from the map. Two queries whatever the number of leads.
   */
  async progressOfLeads(
    ctx: RequestContext,
    leadIds: readonly string[],
  ): Promise<Map<string, LeadProjectProgress>> {
    const result = new Map<string, LeadProjectProgress>();
    const ids = [...new Set(leadIds)];
    if (!ids.length) return result;
    const projects = await this.connection.getRepository(ctx, Project).findBy({ leadId: In(ids) });
    if (!projects.length) return result;
    const milestones = await this.connection
      .getRepository(ctx, ProjectMilestone)
      .find({ where: { projectId: In(projects.map((p) => p.id)) }, order: { position: 'ASC' } });
    const today = this.clock.today();
    for (const project of projects) {
      if (!project.leadId) continue;
      const own = milestones.filter((m) => m.projectId === project.id);
      result.set(project.leadId, {
        leadId: project.leadId,
        projectId: project.id,
        type: project.type,
        milestones: own.map((m) => ({
          code: m.code,
          plannedDate: m.plannedDate,
          actualDate: m.actualDate,
          status: milestoneStatus(m, today),
        })),
        landedOn: landedOn(own),
      });
    }
    return result;
  }

  /**
   * Signing a lead creates its landing project in the move's transaction: lead, enterprise,
   * channel, partner and industry carried over, the type from the industry, 签约 done today.
   * A lead has at most one project, so a repeated call returns the existing one.
   */
  async createFromLead(tx: RequestContext, lead: Lead): Promise<Project> {
    const existing = await this.connection.getRepository(tx, Project).findOneBy({ leadId: lead.id });
    if (existing) return existing;
    const type = defaultProjectType(lead.industryCode);
    return this.insert(
      tx,
      {
        leadId: lead.id,
        enterpriseId: lead.enterpriseId,
        name: lead.projectName,
        type,
        industryCode: lead.industryCode,
        segmentCode: lead.segmentCode,
        channel: lead.channel,
        sourceOrganizationId: lead.sourceOrganizationId,
        ownerId: lead.ownerId,
        townCode: lead.townCode,
        contractInvestment: lead.plannedInvestment,
        expectedOutput: lead.expectedOutput,
        landArea: lead.landNeed,
        spaceArea: lead.spaceNeed,
      },
      this.clock.today(),
      `由线索签约生成`,
    );
  }

  /** An officer's project signed before the system existed: enterprise and signed date required. */
  async create(ctx: RequestContext, input: CreateProjectInput): Promise<Project> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const today = this.clock.today();
      if (input.signedOn > today) throw badField('signedOn', `签约日期不能晚于今天（${today}）`);
      const enterprise = await this.enterprises.find(tx, input.enterpriseId);
      if (!enterprise) throw badField('enterpriseId', '所选企业不存在');
      const fields = await this.resolveFields(tx, input, {
        channel: input.channel,
        sourceOrganizationId: input.sourceOrganizationId ?? null,
        ownerId: input.ownerId ?? tx.user?.id ?? null,
      });
      return this.insert(
        tx,
        {
          ...fields,
          enterpriseId: enterprise.id,
          name: input.name,
          channel: input.channel,
          type: input.type ?? defaultProjectType(fields.industryCode ?? ''),
          industrialHighRise: input.industrialHighRise ?? false,
        },
        input.signedOn,
        null,
      );
    });
  }

  private async insert(
    tx: RequestContext,
    values: Partial<Project>,
    signedOn: string,
    note: string | null,
  ): Promise<Project> {
    const repo = this.connection.getRepository(tx, Project);
    const saved = await repo.save(repo.create(values));
    const template = await this.milestones.templateFor(tx, saved.type);
    await this.connection.getRepository(tx, ProjectMilestone).insert(
      template.map((code, position) => ({
        projectId: saved.id,
        code,
        position,
        plannedDate: null,
        actualDate: code === 'SIGNED' ? signedOn : null,
      })),
    );
    await this.audit.record(tx, {
      entityType: PROJECT,
      entityId: saved.id,
      action: 'CREATE',
      changes: [
        ...diffFields(null, { ...saved }, AUDITED),
        { field: 'SIGNED.actualDate', before: null, after: signedOn },
      ],
      note,
    });
    await this.events.publish(tx, new ProjectFactsChanged(saved.id));
    return this.get(tx, saved.id);
  }

  async update(ctx: RequestContext, input: UpdateProjectInput): Promise<Project> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.get(tx, input.id);
      const merged = mergedOnUpdate(input, before);
      const channel = merged.channel;
      const changes = await this.resolveFields(tx, input, merged, before);
      if (input.name) changes.name = input.name;
      if (input.industrialHighRise !== undefined && input.industrialHighRise !== null)
        changes.industrialHighRise = input.industrialHighRise;
      changes.channel = channel;
      await this.connection.updateVersioned(tx, Project, before.id, input.version, changes);
      if (input.type && input.type !== before.type)
        await this.milestones.changeType(tx, before.id, input.type);
      const after = await this.get(tx, before.id);
      await this.audit.record(tx, {
        entityType: PROJECT,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, AUDITED),
      });
      await this.events.publish(tx, new ProjectFactsChanged(after.id));
      return after;
    });
  }

  /** Checks the form's references and derives the industry from the segment (as leads do). */
  private async resolveFields(
    ctx: RequestContext,
    input: ProjectFields & AttributionChangeFields,
    merged: AttributionMerged,
    before?: Pick<Project, 'parkCode' | 'townCode'>,
  ): Promise<Partial<Project>> {
    const out: Partial<Project> = {};
    for (const key of COPIED_FIELDS) if (input[key] !== undefined) Object.assign(out, { [key]: input[key] });
    const attribution = await this.attribution.resolve(ctx, input, merged, '项目');
    const town = attribution.townCode !== undefined ? attribution.townCode : (before?.townCode ?? null);
    const townChanged = before !== undefined && (town ?? null) !== before.townCode;
    // A project moved to another town keeps its park only if the park may lie there.
    const parkCode =
      input.parkCode !== undefined ? input.parkCode : townChanged ? before?.parkCode : undefined;
    if (parkCode !== undefined) {
      out.parkCode = parkCode
        ? (
            await this.reference.requirePark(
              ctx,
              parkCode,
              town ?? null,
              'parkCode',
              before?.parkCode,
              townChanged,
            )
          ).code
        : null;
    }
    return { ...out, ...attribution };
  }
}
