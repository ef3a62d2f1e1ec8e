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
    return this.connection.withTransaction(ctx, async (tx) => {
      const project = await this.claims.claim(tx, input.projectId, input.version);
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
        await this.audit.record(tx, {
          entityType: PROJECT,
          entityId: project.id,
          action: 'UPDATE',
          changes: diffFields({ ...before }, { ...before, ...values }, fields).map((c) => ({
            ...c,
            field: `support.${c.field}`,
          })),
        });
      } else {
        await repo.insert({ projectId: project.id, ...values });
        await this.audit.record(tx, {
          entityType: PROJECT,
          entityId: project.id,
          action: 'UPDATE',
          changes: diffFields(null, values, fields).map((c) => ({ ...c, field: `support.${c.field}` })),
          note: '新增扶持事项',
        });
      }
      return this.claims.get(tx, project.id);
    });
  }

  async removeSupportItem(ctx: RequestContext, input: RemoveSupportItemInput): Promise<Project> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const project = await this.claims.claim(tx, input.projectId, input.version);
      const repo = this.connection.getRepository(tx, ProjectSupportItem);
      const before = await repo.findOneBy({ id: input.id, projectId: project.id });
      if (!before) throw badField('id', '该扶持事项不存在');
      await repo.delete({ id: before.id });
      await this.audit.record(tx, {
        entityType: PROJECT,
        entityId: project.id,
        action: 'UPDATE',
        changes: diffFields({ ...before }, null, ['kind', 'appliedAmount', 'grantedAmount']).map((c) => ({
          ...c,
          field: `support.${c.field}`,
        })),
        note: '删除扶持事项',
      });
      return this.claims.get(tx, project.id);
    });
  }
}
