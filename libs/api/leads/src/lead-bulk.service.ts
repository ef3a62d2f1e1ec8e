import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { eachRowOrNone, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import type {
  BulkAssignLeadsInput,
  BulkMoveLeadsInput,
  BulkTagLeadsInput,
  UpdateLeadInput,
} from './dto/lead.inputs';
import { Lead } from './lead.entity';
import { LeadsService } from './leads.service';

/**
 * Actions on many selected leads. Each row goes through the single action (its rules, its audit
 * entry, its stage record and events), all in one transaction: if any row is refused, the batch is
 * refused with every row's reason and nothing is written.
 */
@Injectable()
export class LeadBulkService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly leads: LeadsService,
  ) {}

  assignOwner(ctx: RequestContext, input: BulkAssignLeadsInput): Promise<Lead[]> {
    return this.eachRow(ctx, input.ids, '更换负责人', (tx, lead) =>
      lead.ownerId === input.ownerId
        ? Promise.resolve(lead)
        : // Only the owner changes; the update checks the owner as the lead form's save does.
          this.leads.update(tx, {
            id: lead.id,
            version: lead.version,
            ownerId: input.ownerId,
          } as UpdateLeadInput),
    );
  }

  moveStage(ctx: RequestContext, input: BulkMoveLeadsInput): Promise<Lead[]> {
    return this.eachRow(ctx, input.ids, '变更阶段', (tx, lead) =>
      this.leads.move(tx, {
        id: lead.id,
        version: lead.version,
        stage: input.stage,
        reason: input.reason ?? null,
      }),
    );
  }

  /**
   * 打标签: each lead gets the tags it lacks, through the lead form's save (tag rules, audit). A
   * lead that has them all already is left as it is.
   */
  addTags(ctx: RequestContext, input: BulkTagLeadsInput): Promise<Lead[]> {
    return this.eachRow(ctx, input.ids, '打标签', (tx, lead) => {
      const added = input.tagCodes.filter((code) => !lead.tagCodes.includes(code));
      return added.length ? this.saveTags(tx, lead, [...lead.tagCodes, ...added]) : Promise.resolve(lead);
    });
  }

  /** 移除标签: the named tags leave each lead that has them, retired ones too. */
  removeTags(ctx: RequestContext, input: BulkTagLeadsInput): Promise<Lead[]> {
    return this.eachRow(ctx, input.ids, '移除标签', (tx, lead) => {
      const kept = lead.tagCodes.filter((code) => !input.tagCodes.includes(code));
      return kept.length < lead.tagCodes.length ? this.saveTags(tx, lead, kept) : Promise.resolve(lead);
    });
  }

  private saveTags(tx: RequestContext, lead: Lead, tagCodes: string[]): Promise<Lead> {
    return this.leads.update(tx, { id: lead.id, version: lead.version, tagCodes } as UpdateLeadInput);
  }

  private eachRow(
    ctx: RequestContext,
    ids: readonly string[],
    verb: string,
    action: (tx: RequestContext, lead: Lead) => Promise<Lead>,
  ): Promise<Lead[]> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const unique = [...new Set(ids)];
      // Locked so that nobody changes a selected lead between its check and its write.
      const found = await this.connection
        .getRepository(tx, Lead)
        .find({ where: { id: In(unique) }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(found.map((lead) => [lead.id, lead]));
      const rows = unique.flatMap((id) => byId.get(id) ?? []);
      const missing = unique.filter((id) => !byId.has(id));
      return eachRowOrNone(rows, missing, { noun: '线索', verb, label: (lead) => lead.projectName }, (lead) =>
        action(tx, lead),
      );
    });
  }
}
