import { Injectable } from '@nestjs/common';
import {
  canBeOptional,
  canChangeProjectType,
  checkActualDate,
  localize,
  MILESTONE_TEMPLATE_LABEL,
  PROJECT_TYPE_LABELS,
  rebuildMilestones,
  referenceNameKey,
  type MilestoneCode,
  type ProjectType,
} from '@lianzhao/domain';
import { badField, Clock, EventBus, notFound, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService } from '@lianzhao/api-audit';
import { REFERENCE_AUDIT_ID, REFERENCE_AUDIT_TYPE, referenceNote } from '@lianzhao/api-reference';
import { MilestoneTemplate } from './milestone-template.entity';
import { PROJECT, Project } from './project.entity';
import { ProjectClaims } from './project-claims';
import { ProjectMilestone } from './project-milestone.entity';
import { ProjectPlanChange } from './project-plan-change.entity';
import { ProjectFactsChanged } from './project.events';
import type { RenameMilestoneInput, SetMilestoneTemplateOptionalInput } from './dto/milestone-template.inputs';
import { milestoneNames } from './milestone-names';
import type { PlanMilestoneInput, RecordMilestoneInput } from './dto/project.inputs';

function actorOf(ctx: RequestContext): { actorId: string | null; actorName: string } {
  return {
    actorId: ctx.user && ctx.user.id !== 'system' ? ctx.user.id : null,
    actorName: ctx.user?.displayName ?? '系统',
  };
}

/** A project's milestones: the templates they come from, actual dates, planned dates and a change of type. */
@Injectable()
export class ProjectMilestonesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly claims: ProjectClaims,
    private readonly events: EventBus,
  ) {}

  /** The milestone templates (reference data), by type and position. */
  templates(ctx: RequestContext): Promise<MilestoneTemplate[]> {
    return this.connection
      .getRepository(ctx, MilestoneTemplate)
      .find({ order: { projectType: 'ASC', position: 'ASC' } });
  }

  /**
   * Lets a type's projects skip a milestone, or no longer (基础数据 → 节点模板), audited with the
   * rest of the reference data. Read whenever an actual date is recorded, so it holds from the next
   * one on; the milestones and dates projects already have stay as they are.
   */
  async setTemplateOptional(ctx: RequestContext, input: SetMilestoneTemplateOptionalInput): Promise<MilestoneTemplate> {
    const label = (await milestoneNames(this.connection, ctx))(input.code).zh;
    if (input.optional && !canBeOptional(input.code))
      throw badField('optional', `“${label}”不能设为可跳过：签约与工商注册（落地）是每个项目都要有的节点`);
    return this.connection.withTransaction(ctx, async (tx) => {
      const repo = this.connection.getRepository(tx, MilestoneTemplate);
      const row = await repo.findOneBy({ projectType: input.projectType, code: input.code });
      if (!row) throw notFound('节点模板');
      if (row.optional === input.optional) return row;
      await repo.update({ projectType: input.projectType, code: input.code }, { optional: input.optional });
      const shown = (optional: boolean) => (optional ? '可跳过' : '必经');
      await this.audit.record(tx, {
        entityType: REFERENCE_AUDIT_TYPE,
        entityId: REFERENCE_AUDIT_ID,
        action: 'UPDATE',
        changes: [{ field: 'optional', before: shown(row.optional), after: shown(input.optional) }],
        note: referenceNote(
          `${localize(MILESTONE_TEMPLATE_LABEL)}（${localize(PROJECT_TYPE_LABELS[input.projectType])}）`,
          label,
          input.code,
        ),
      });
      row.optional = input.optional;
      return row;
    });
  }

  /**
   * 节点改名: one name per milestone, the same in every template that has it, so every screen,
   * export and message shows it. Code and order stay: the domain's rules and the statistics
   * key on the code, and the core milestones' order is a rule of its own (no 投产 before 开工).
   */
  async renameMilestone(ctx: RequestContext, input: RenameMilestoneInput): Promise<MilestoneTemplate[]> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const repo = this.connection.getRepository(tx, MilestoneTemplate);
      const all = await repo.find({ order: { projectType: 'ASC', position: 'ASC' } });
      const rows = all.filter((row) => row.code === input.code);
      if (!rows.length) throw notFound('节点模板');
      const clash = all.find(
        (row) => row.code !== input.code && referenceNameKey(row.name) === referenceNameKey(input.name),
      );
      if (clash) throw badField('name', `名称“${clash.name}”已被其他节点使用`);
      const before = rows[0];
      const nameEn = input.nameEn ?? before.nameEn;
      if (before.name === input.name && before.nameEn === nameEn && rows.every((r) => r.name === input.name))
        return rows;
      await repo.update({ code: input.code }, { name: input.name, nameEn });
      await this.audit.record(tx, {
        entityType: REFERENCE_AUDIT_TYPE,
        entityId: REFERENCE_AUDIT_ID,
        action: 'UPDATE',
        changes: [
          { field: 'name', before: before.name, after: input.name },
          { field: 'nameEn', before: before.nameEn, after: nameEn },
        ].filter((c) => c.before !== c.after),
        note: referenceNote(localize(MILESTONE_TEMPLATE_LABEL), input.name, input.code),
      });
      return rows.map((row) => Object.assign(row, { name: input.name, nameEn }));
    });
  }

  /** The milestones the type's template lets a project skip. */
  private async optionalFor(ctx: RequestContext, type: ProjectType): Promise<MilestoneCode[]> {
    const rows = await this.connection
      .getRepository(ctx, MilestoneTemplate)
      .findBy({ projectType: type, optional: true });
    return rows.map((r) => r.code);
  }

  /** The milestone codes of a type's template, in order: what a new or retyped project gets. */
  async templateFor(ctx: RequestContext, type: ProjectType): Promise<MilestoneCode[]> {
    const rows = await this.connection
      .getRepository(ctx, MilestoneTemplate)
      .find({ where: { projectType: type }, order: { position: 'ASC' } });
    return rows.map((r) => r.code);
  }

  /** Rebuilds the milestones from the other template, keeping the dates of the codes both share. */
  async changeType(tx: RequestContext, projectId: string, type: ProjectType): Promise<void> {
    const repo = this.connection.getRepository(tx, ProjectMilestone);
    const current = await repo.find({ where: { projectId }, order: { position: 'ASC' } });
    if (!canChangeProjectType(current)) {
      throw badField('type', '工商注册之后的节点已有实际日期，不能再更改项目类型');
    }
    const rebuilt = rebuildMilestones(await this.templateFor(tx, type), current);
    await repo.delete({ projectId });
    await repo.insert(rebuilt.map((m, position) => ({ projectId, position, ...m })));
    await this.connection.getRepository(tx, Project).update({ id: projectId }, { type });
  }

  /**
   * Records (or clears, to fix a typo) a milestone's actual date. The version check comes first:
   * it locks the project row, so two officers cannot both pass the order check on stale dates.
   */
  async recordMilestone(ctx: RequestContext, input: RecordMilestoneInput): Promise<Project> {
    return this.claims.changePart(ctx, input, async (tx, project) => {
      const repo = this.connection.getRepository(tx, ProjectMilestone);
      const milestones = await repo.find({ where: { projectId: project.id }, order: { position: 'ASC' } });
      const actualDate = input.actualDate ?? null;
      const milestone = milestones.find((m) => m.code === input.code);
      const names = await milestoneNames(this.connection, tx);
      if (!milestone) throw badField('code', `该项目的节点模板中没有“${names(input.code).zh}”`);
      const optional = await this.optionalFor(tx, project.type);
      const check = checkActualDate(milestones, input.code, actualDate, this.clock.today(), optional, (c) => names(c).zh);
      if (!check.ok) throw badField('actualDate', check.message);
      if (milestone.actualDate !== actualDate) {
        await repo.update({ id: milestone.id }, { actualDate });
        await this.audit.record(tx, {
          entityType: PROJECT,
          entityId: project.id,
          action: 'UPDATE',
          changes: [{ field: `${input.code}.actualDate`, before: milestone.actualDate, after: actualDate }],
          note: actualDate ? null : `清除“${names(input.code).zh}”实际日期`,
        });
        await this.events.publish(tx, new ProjectFactsChanged(project.id));
      }
    });
  }

  /** Sets or changes a planned date; changing an existing plan needs a reason and keeps the old one. */
  async planMilestone(ctx: RequestContext, input: PlanMilestoneInput): Promise<Project> {
    return this.claims.changePart(ctx, input, async (tx, project) => {
      const repo = this.connection.getRepository(tx, ProjectMilestone);
      const milestone = await repo.findOneBy({ projectId: project.id, code: input.code });
      if (!milestone)
        throw badField('code', `该项目的节点模板中没有“${(await milestoneNames(this.connection, tx))(input.code).zh}”`);
      const plannedDate = input.plannedDate ?? null;
      if (milestone.plannedDate === plannedDate) return;
      const reason = input.reason?.trim() || null;
      if (milestone.plannedDate && !reason) throw badField('reason', '调整已有计划须填写原因');
      await repo.update({ id: milestone.id }, { plannedDate });
      await this.connection.getRepository(tx, ProjectPlanChange).insert({
        projectId: project.id,
        code: input.code,
        previousDate: milestone.plannedDate,
        plannedDate,
        reason,
        // The service's clock, like every other recorded moment: as-of health reads the plan a
        // milestone had at a past day's end from these times.
        at: this.clock.now(),
        ...actorOf(tx),
      });
      await this.audit.record(tx, {
        entityType: PROJECT,
        entityId: project.id,
        action: 'UPDATE',
        changes: [{ field: `${input.code}.plannedDate`, before: milestone.plannedDate, after: plannedDate }],
        note: reason,
      });
    });
  }
}
