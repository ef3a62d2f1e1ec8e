import { Injectable } from '@nestjs/common';
import type { EntityTarget } from 'typeorm';
import type { RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import type { EnterprisesMerged } from './enterprise.events';

/** A row of another context that points at an enterprise and is versioned and audited. */
interface EnterpriseOwned {
  id: string;
  enterpriseId: string | null;
  version: number;
}

/**
 * What the contexts that hang rows on an enterprise (leads, landing projects, referrals) do when
 * it is merged away: each handles EnterprisesMerged in its own listeners and moves its own rows
 * with this, so the register never needs to know them.
 */
@Injectable()
export class EnterpriseReassignment {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  /**
   * Points every row of `entity` from the merged enterprise at the survivor, bumps each row's
   * version (a form open on it must reload) and audits each move on the row's own trail.
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
