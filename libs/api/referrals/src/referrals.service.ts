import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  effectiveReferralStatus,
  type ReferralEvent,
  type ReferralMatchKey,
  type ReferralStatus,
} from '@lianzhao/domain';
import { Clock, notFound, scopedQuery, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Lead, LeadsService } from '@lianzhao/api-leads';
import { ProjectsService, type LeadProjectProgress } from '@lianzhao/api-projects';
import type { InsertQueryBuilder, SelectQueryBuilder } from 'typeorm';
import { Referral } from './referral.entity';
import { ReferralHistory } from './referral-history.entity';
import { REFERRAL_LIST } from './referral-list';
import { REFERRAL_PROGRESS_SQL } from './referral-rules.sql';
import { EARLIEST_OPEN_LEAD_SQL } from './referral-filing-facts';

export const REFERRAL = 'Referral';

/** The fields of a referral its audit trail follows (filing, decisions, rewards). */
export const REFERRAL_AUDITED_FIELDS: readonly (keyof Referral)[] = [
  'companyName',
  'creditCode',
  'segmentCode',
  'status',
  'protectedUntil',
  'leadId',
  'enterpriseId',
  'decisionReason',
  'rewardAmount',
  'rewardedOn',
];

/** One line of a referral's history: the referral as it is after the event. */
export interface HistoryLine {
  referral: Pick<Referral, 'id' | 'status' | 'protectedUntil'>;
  event: ReferralEvent;
  note: string | null;
  partnerNote: string | null;
}

/** History lines per INSERT: 8 bind parameters each, well under PostgreSQL's 65,535. */
const HISTORY_INSERT_CHUNK = 1000;

/** Conversion of one organisation's referrals: filed → accepted → signed → landed (落地). */
export interface ReferralFunnel {
  filed: number;
  accepted: number;
  signed: number;
  landed: number;
}

/**
 * Reading referrals, their history trail and the other referrals and leads of the same company.
 * The use cases live beside it: filing (referral-filing.service.ts), an officer's decisions
 * (referral-decisions.service.ts), protection (referral-protection.service.ts) and rewards
 * (referral-rewards.service.ts); lists and counts are read through referral-queries.service.ts.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
    private readonly projects: ProjectsService,
    private readonly leads: LeadsService,
  ) {}

  /**
   * The one way referrals are read outside the list: under the list's own scope (referralScope),
   * which limits a partner to its own organisation, so no query can forget the filter.
   */
  scoped(ctx: RequestContext): SelectQueryBuilder<Referral> {
    return scopedQuery(this.connection, ctx, REFERRAL_LIST);
  }

  async get(ctx: RequestContext, id: string): Promise<Referral> {
    const row = await this.scoped(ctx).andWhere('r.id = :id', { id }).getOne();
    if (!row) throw notFound('报备');
    return row;
  }

  /** The status as of today, given the stage of the referral's lead. */
  async effectiveStatus(ctx: RequestContext, referral: Referral): Promise<ReferralStatus> {
    const lead = referral.leadId ? await this.leads.loader(ctx).load(referral.leadId) : null;
    return effectiveReferralStatus(
      { status: referral.status, protectedUntil: referral.protectedUntil, leadStage: lead?.stage ?? null },
      this.clock.today(),
    );
  }

  history(ctx: RequestContext, referralId: string): Promise<ReferralHistory[]> {
    return this.connection
      .getRepository(ctx, ReferralHistory)
      .find({ where: { referralId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** The landing progress of the projects the referrals' leads became, batched per request. */
  progressLoader(ctx: RequestContext): DataLoader<string, LeadProjectProgress | null> {
    return ctx.loader(
      'referralLeadProgress',
      () =>
        new DataLoader<string, LeadProjectProgress | null>(async (leadIds) => {
          const progress = await this.projects.progressOfLeads(ctx, leadIds);
          return leadIds.map((id) => progress.get(id) ?? null);
        }),
    );
  }

  /** filed → accepted → signed → landed for one organisation's referrals. */
  async funnel(ctx: RequestContext, organizationId: string): Promise<ReferralFunnel> {
    // The progress rule's SQL (REFERRAL_PROGRESS_SQL), the one the list filter and the cockpit use.
    const row = await this.scoped(ctx)
      .andWhere('r.organization_id = :organizationId', { organizationId })
      .select('COUNT(*)', 'filed')
      .addSelect(`COUNT(*) FILTER (WHERE ${REFERRAL_PROGRESS_SQL.ACCEPTED})`, 'accepted')
      .addSelect(`COUNT(*) FILTER (WHERE ${REFERRAL_PROGRESS_SQL.SIGNED})`, 'signed')
      .addSelect(`COUNT(*) FILTER (WHERE ${REFERRAL_PROGRESS_SQL.LANDED})`, 'landed')
      .getRawOne<{ filed: string; accepted: string; signed: string; landed: string }>();
    return {
      filed: Number(row?.filed ?? 0),
      accepted: Number(row?.accepted ?? 0),
      signed: Number(row?.signed ?? 0),
      landed: Number(row?.landed ?? 0),
    };
  }

  /** Appends a history line; callers pass the referral as it is after the event. */
  record(
    ctx: RequestContext,
    referral: Pick<Referral, 'id' | 'status' | 'protectedUntil'>,
    event: ReferralEvent,
    note: string | null,
    partnerNote: string | null,
  ): Promise<void> {
    return this.recordAll(ctx, [{ referral, event, note, partnerNote }]);
  }

  /**
   * Appends history lines in one INSERT per HISTORY_INSERT_CHUNK lines, stamped in the order
   * given: a filing's FILED and MATCHED lines are written together, and `at` keeps only
   * milliseconds, so each line of an INSERT is stamped one millisecond after the one before it
   * (the history is read ordered by `at`).
   */
  async recordAll(ctx: RequestContext, lines: readonly HistoryLine[]): Promise<void> {
    for (let start = 0; start < lines.length; start += HISTORY_INSERT_CHUNK) {
      await this.historyInsert(ctx, lines.slice(start, start + HISTORY_INSERT_CHUNK)).execute();
    }
  }

  /**
   * The INSERT of at most HISTORY_INSERT_CHUNK history lines, not yet run: recordAll runs it; filing
   * writes it in the same statement as the referral (TransactionalConnection.insertTogether).
   */
  historyInsert(ctx: RequestContext, lines: readonly HistoryLine[]): InsertQueryBuilder<ReferralHistory> {
    const actorId = ctx.user && ctx.user.id !== 'system' ? ctx.user.id : null;
    const actorName = ctx.user?.displayName ?? '系统';
    const rows = lines.map((line, i) => ({
      referralId: line.referral.id,
      event: line.event,
      status: line.referral.status,
      protectedUntil: line.referral.protectedUntil,
      note: line.note,
      partnerNote: line.partnerNote,
      actorId,
      actorName,
      at: () => (i ? `clock_timestamp() + interval '${i} milliseconds'` : 'clock_timestamp()'),
    }));
    return this.connection
      .getRepository(ctx, ReferralHistory)
      .createQueryBuilder()
      .insert()
      .into(ReferralHistory)
      .values(rows)
      .updateEntity(false);
  }

  /** The company's earliest open lead, found through the enterprise register's keys. */
  openLeadOf(ctx: RequestContext, key: ReferralMatchKey): Promise<Lead | null> {
    return this.connection
      .getRepository(ctx, Lead)
      .createQueryBuilder('l')
      .where(`l.id = (${EARLIEST_OPEN_LEAD_SQL})`, { nameKey: key.nameKey, creditCode: key.creditCode })
      .getOne();
  }
}
