import { Injectable } from '@nestjs/common';
import { badField, EventBus, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { Enterprise } from './enterprise.entity';
import { EnterprisesMerged, EnterpriseUpdated } from './enterprise.events';
import { AUDITED, AUDITED_WITH_CONTACTS, ENTERPRISE } from './enterprise-audit';
import { EnterprisesService } from './enterprises.service';
import type { MergeEnterprisesInput } from './dto/enterprise.inputs';

/** 合并重复企业: one register record folded into another. */
@Injectable()
export class EnterpriseMergeService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /**
   * Folds a duplicate into the record that stays: its contacts and audit trail move over, and
   * whatever other contexts hang on it (leads with their follow-ups and history, landing projects,
   * referrals) is moved by their handlers of EnterprisesMerged; empty fields of the survivor are filled
   * from it, and it is deleted, all in one transaction.
   */
  async merge(ctx: RequestContext, input: MergeEnterprisesInput): Promise<Enterprise> {
    if (input.survivorId === input.mergedId) throw badField('mergedId', '不能与自身合并');
    return this.connection.withTransaction(ctx, async (tx) => {
      const survivor = await this.enterprises.get(tx, input.survivorId);
      const merged = await this.enterprises.get(tx, input.mergedId);
      const survivorAudited = await this.enterprises.audited(tx, survivor);
      const fill: Partial<Enterprise> = {};
      for (const field of AUDITED) {
        const mine = survivor[field];
        const theirs = merged[field];
        const empty = mine === null || (Array.isArray(mine) && mine.length === 0);
        if (empty && theirs !== null && field !== 'name') Object.assign(fill, { [field]: theirs });
      }
      if (survivor.tagCodes.length || merged.tagCodes.length)
        fill.tagCodes = [...new Set([...survivor.tagCodes, ...merged.tagCodes])];
      // The merged row goes first, so its unique credit code can pass to the survivor.
      const manager = this.connection.getRepository(tx, Enterprise).manager;
      await manager.query('UPDATE enterprise_contacts SET enterprise_id = $1 WHERE enterprise_id = $2', [
        survivor.id,
        merged.id,
      ]);
      await this.events.publish(tx, new EnterprisesMerged(survivor, merged));
      await this.audit.recordMerge(tx, ENTERPRISE, merged.id, survivor.id);
      await manager.query('DELETE FROM enterprises WHERE id = $1', [merged.id]);
      if (Object.keys(fill).length) {
        await this.connection.updateVersioned(tx, Enterprise, survivor.id, survivor.version, fill);
      }
      const after = await this.enterprises.get(tx, survivor.id);
      await this.audit.record(tx, {
        entityType: ENTERPRISE,
        entityId: survivor.id,
        action: 'MERGE',
        changes: diffFields(
          survivorAudited,
          await this.enterprises.audited(tx, after),
          AUDITED_WITH_CONTACTS,
        ),
        note: `并入“${merged.name}”${merged.creditCode ? `（${merged.creditCode}）` : ''}`,
      });
      await this.events.publish(tx, new EnterpriseUpdated(after.id));
      return after;
    });
  }
}
