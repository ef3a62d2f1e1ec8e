import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { Lead } from './lead.entity';
import { LeadStageChange } from './lead-stage-change.entity';
import { LEAD, LEAD_AUDITED_FIELDS } from './leads.service';

/** A lead for createMany: the columns create() would have resolved from the form. */
export type NewLead = Pick<
  Lead,
  | 'enterpriseId'
  | 'projectName'
  | 'industryCode'
  | 'segmentCode'
  | 'channel'
  | 'sourceOrganizationId'
  | 'ownerId'
  | 'townCode'
  | 'plannedInvestment'
  | 'expectedOutput'
  | 'landNeed'
  | 'spaceNeed'
  | 'expectedSigningOn'
  | 'grade'
  | 'tagCodes'
  | 'notes'
>;

/** Rows per INSERT statement: a lead has about 20 columns, so well under 65,535 bind parameters. */
const INSERT_CHUNK = 1000;

/** 批量导入: leads the imports context has checked row by row, written many to a statement. */
@Injectable()
export class LeadImportService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds leads whose fields the caller has already checked (segment, channel and source partner,
   * town, owner, amounts, tags), as create() would, in multi-row inserts: each starts at 线索 with its
   * stage-change row and its CREATE audit entry. Returns the new ids in the order given. Joins the
   * caller's transaction; one INSERT per row would make a 10,000-row import take minutes.
   */
  async createMany(
    ctx: RequestContext,
    leads: readonly NewLead[],
    note: string | null = null,
  ): Promise<string[]> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const now = this.clock.now();
      const records = leads.map((lead) => ({
        ...lead,
        id: randomUUID(),
        stage: 'NEW' as const,
        stageChangedAt: now,
      }));
      const actorId = tx.user && tx.user.id !== 'system' ? tx.user.id : null;
      const actorName = tx.user?.displayName ?? '系统';
      const leadRepo = this.connection.getRepository(tx, Lead);
      const changeRepo = this.connection.getRepository(tx, LeadStageChange);
      for (let start = 0; start < records.length; start += INSERT_CHUNK) {
        const chunk = records.slice(start, start + INSERT_CHUNK);
        await leadRepo.createQueryBuilder().insert().into(Lead).values(chunk).updateEntity(false).execute();
        const changes = chunk.map((r) => ({
          leadId: r.id,
          fromStage: null,
          toStage: 'NEW' as const,
          reason: null,
          actorId,
          actorName,
        }));
        await changeRepo
          .createQueryBuilder()
          .insert()
          .into(LeadStageChange)
          .values(changes)
          .updateEntity(false)
          .execute();
      }
      await this.audit.recordMany(
        tx,
        records.map((record) => ({
          entityType: LEAD,
          entityId: record.id,
          action: 'CREATE' as const,
          changes: diffFields(null, { ...record }, LEAD_AUDITED_FIELDS),
          note,
        })),
      );
      return records.map((r) => r.id);
    });
  }
}
