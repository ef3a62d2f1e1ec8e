import { Injectable } from '@nestjs/common';
import type { EntityTarget } from 'typeorm';
import type { RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import type { Enterprise } from './enterprise.entity';

/** A merge as the other contexts see it: both enterprises as they were before it. */
export interface EnterprisesMerged {
  survivor: Enterprise;
  merged: Enterprise;
}

/** Runs inside the merge's transaction, before the merged row is deleted; throwing undoes the merge. */
export type EnterprisesMergedListener = (tx: RequestContext, event: EnterprisesMerged) => Promise<void>;

/** A row of another context that points at an enterprise and is versioned and audited. */
interface EnterpriseOwned {
  id: string;
  enterpriseId: string | null;
  version: number;
}

/**
 * Leads, landing projects and referrals point at an enterprise, but the register does not know
 * them: each context registers here at start-up and moves its own rows to the survivor, so the
 * dependency runs from them to enterprises and never back (as LeadStageListeners does for leads).
 */
@Injectable()
export class EnterpriseMergeListeners {
  private readonly listeners: EnterprisesMergedListener[] = [];

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  register(listener: EnterprisesMergedListener): void {
    this.listeners.push(listener);
  }

  async notify(tx: RequestContext, event: EnterprisesMerged): Promise<void> {
    for (const listener of this.listeners) await listener(tx, event);
  }

  /**
   * What most listeners do: point every row of `entity` from the merged enterprise at the survivor,
   * bump each row's version (a form open on it must reload) and audit each move on the row's own
   * trail.
   */
  async reassign<T extends EnterpriseOwned>(
    tx: RequestContext,
    event: EnterprisesMerged,
    entity: EntityTarget<T>,
    entityType: string,
  ): Promise<void> {
    const repo = this.connection.getRepository(tx, entity);
    const result = await repo
      .createQueryBuilder()
      .update()
      // TypeORM's column typing cannot follow a generic entity; the version and updated_at bump
      // come from the entity's @VersionColumn and @UpdateDateColumn, as in updateVersioned.
      .set({ enterpriseId: event.survivor.id } as never)
      .where('enterprise_id = :mergedId', { mergedId: event.merged.id })
      .returning(['id'])
      .execute();
    const rows = result.raw as { id: string }[];
    if (!rows.length) return;
    const changes = diffFields({ enterpriseId: event.merged.id }, { enterpriseId: event.survivor.id }, [
      'enterpriseId',
    ]);
    await this.audit.recordMany(
      tx,
      rows.map((row) => ({
        entityType,
        entityId: row.id,
        action: 'UPDATE' as const,
        changes,
        note: `企业“${event.merged.name}”并入“${event.survivor.name}”`,
      })),
    );
  }
}
