import { Injectable } from '@nestjs/common';
import { badField, RequestContext } from '@lianzhao/api-core';
import { sqlState, TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { PROJECT, Project } from './project.entity';
import { ProjectClaims } from './project-claims';
import { ProjectSupportItem } from './project-support-item.entity';
import type { RemoveSupportItemInput, SaveSupportItemInput } from './dto/project.inputs';

/** foreign_key_violation: the project is claimed first, so only the policy item can be missing. */
const PG_FOREIGN_KEY_VIOLATION = '23503';

/** 扶持事项 of a project: support applied for and granted, audited on the project's trail. */
@Injectable()
export class ProjectSupportItemsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly claims: ProjectClaims,
  ) {}

  async saveSupportItem(ctx: RequestContext, input: SaveSupportItemInput): Promise<Project> {
    try {
      return await this.saveIn(ctx, input);
    } catch (error) {
      // The foreign key is the one check that the claimed policy item exists: this context does
      // not read the policies context (which depends on it).
      if (input.policyItemId && sqlState(error) === PG_FOREIGN_KEY_VIOLATION) {
        throw badField('policyItemId', '所选政策条款不存在');
      }
      throw error;
    }
  }

  private saveIn(ctx: RequestContext, input: SaveSupportItemInput): Promise<Project> {
    return this.claims.changePart(ctx, input, async (tx, project) => {
      const repo = this.connection.getRepository(tx, ProjectSupportItem);
      const values = {
        kind: input.kind,
        appliedAmount: input.appliedAmount ?? null,
        grantedAmount: input.grantedAmount ?? null,
        appliedOn: input.appliedOn ?? null,
        notes: input.notes ?? null,
      };
      const fields = ['kind', 'policyItemId', 'appliedAmount', 'grantedAmount', 'appliedOn', 'notes'];
      if (input.id) {
        const before = await repo.findOneBy({ id: input.id, projectId: project.id });
        if (!before) throw badField('id', '该扶持事项不存在');
        // An edit that does not mention the policy item keeps the one it claims.
        const changed = { ...values, policyItemId: input.policyItemId !== undefined ? input.policyItemId : before.policyItemId };
        await repo.update({ id: before.id }, changed);
        await this.recordChange(tx, project.id, diffFields({ ...before }, { ...before, ...changed }, fields));
      } else {
        await repo.insert({ projectId: project.id, ...values, policyItemId: input.policyItemId ?? null });
        await this.recordChange(
          tx,
          project.id,
          diffFields(null, { ...values, policyItemId: input.policyItemId ?? null }, fields),
          '新增扶持事项',
        );
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
