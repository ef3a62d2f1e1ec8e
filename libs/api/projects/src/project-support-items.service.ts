import { Injectable } from '@nestjs/common';
import { badField, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { PROJECT, Project } from './project.entity';
import { ProjectClaims } from './project-claims';
import { ProjectSupportItem } from './project-support-item.entity';
import type { RemoveSupportItemInput, SaveSupportItemInput } from './dto/project.inputs';

/** 扶持事项 of a project: support applied for and granted, audited on the project's trail. */
@Injectable()
export class ProjectSupportItemsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly claims: ProjectClaims,
  ) {}

  async saveSupportItem(ctx: RequestContext, input: SaveSupportItemInput): Promise<Project> {
    return this.claims.changePart(ctx, input, async (tx, project) => {
      const repo = this.connection.getRepository(tx, ProjectSupportItem);
      const values = {
        kind: input.kind,
        appliedAmount: input.appliedAmount ?? null,
        grantedAmount: input.grantedAmount ?? null,
        appliedOn: input.appliedOn ?? null,
        notes: input.notes ?? null,
      };
      const fields = ['kind', 'appliedAmount', 'grantedAmount', 'appliedOn', 'notes'];
      if (input.id) {
        const before = await repo.findOneBy({ id: input.id, projectId: project.id });
        if (!before) throw badField('id', '该扶持事项不存在');
        await repo.update({ id: before.id }, values);
        await this.recordChange(tx, project.id, diffFields({ ...before }, { ...before, ...values }, fields));
      } else {
        await repo.insert({ projectId: project.id, ...values });
        await this.recordChange(tx, project.id, diffFields(null, values, fields), '新增扶持事项');
      }
    });
  }

  async removeSupportItem(ctx: RequestContext, input: RemoveSupportItemInput): Promise<Project> {
    return this.claims.changePart(ctx, input, async (tx, project) => {
      const repo = this.connection.getRepository(tx, ProjectSupportItem);
      const before = await repo.findOneBy({ id: input.id, projectId: project.id });
      if (!before) throw badField('id', '该扶持事项不存在');
      await repo.delete({ id: before.id });
      await this.recordChange(
        tx,
        project.id,
        diffFields({ ...before }, null, ['kind', 'appliedAmount', 'grantedAmount']),
        '删除扶持事项',
      );
    });
  }

  /** A support item's change is a change of its project, audited under `support.<field>`. */
  private async recordChange(
    tx: RequestContext,
    projectId: string,
    changes: ReturnType<typeof diffFields>,
    note?: string,
  ): Promise<void> {
    await this.audit.record(tx, {
      entityType: PROJECT,
      entityId: projectId,
      action: 'UPDATE',
      changes: changes.map((c) => ({ ...c, field: `support.${c.field}` })),
      ...(note ? { note } : {}),
    });
  }
}
