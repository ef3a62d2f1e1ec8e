import { Injectable } from '@nestjs/common';
import { badField, Clock, notFound, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService } from '@lianzhao/api-audit';
import { FollowUp } from './follow-up.entity';
import { Lead } from './lead.entity';
import { LEAD } from './leads.service';
import type { AddFollowUpInput, CompleteFollowUpStepInput } from './dto/follow-up.inputs';

/** How far ahead "my follow-ups due" looks, besides everything already overdue. */
export const DUE_SOON_DAYS = 7;

@Injectable()
export class FollowUpsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  forLead(ctx: RequestContext, leadId: string): Promise<FollowUp[]> {
    return this.connection
      .getRepository(ctx, FollowUp)
      .find({ where: { leadId }, order: { occurredOn: 'DESC', createdAt: 'DESC' } });
  }

  async add(ctx: RequestContext, input: AddFollowUpInput): Promise<FollowUp> {
    if (input.occurredOn > this.clock.today()) throw badField('occurredOn', '跟进日期不能晚于今天');
    if (input.nextStepDueOn && !input.nextStep) throw badField('nextStep', '设置了截止日期，请填写下一步');
    return this.connection.withTransaction(ctx, async (tx) => {
      const lead = await this.connection.getRepository(tx, Lead).findOneBy({ id: input.leadId });
      if (!lead) throw badField('leadId', '线索不存在');
      const repo = this.connection.getRepository(tx, FollowUp);
      const saved = await repo.save(
        repo.create({
          leadId: lead.id,
          kind: input.kind,
          occurredOn: input.occurredOn,
          participants: input.participants ?? null,
          summary: input.summary,
          nextStep: input.nextStep ?? null,
          nextStepDueOn: input.nextStepDueOn ?? null,
          nextStepDone: false,
          authorId: tx.user && tx.user.id !== 'system' ? tx.user.id : null,
          authorName: tx.user?.displayName ?? '系统',
        }),
      );
      await this.audit.record(tx, {
        entityType: LEAD,
        entityId: lead.id,
        action: 'UPDATE',
        changes: [
          { field: 'followUp', before: null, after: `${input.occurredOn} ${input.summary.slice(0, 60)}` },
        ],
      });
      return saved;
    });
  }

  /**
   * Ticks off a follow-up's next step, on the lead's trail like every other change to it. Ticking
   * one already done changes nothing and records nothing.
   */
  async completeStep(ctx: RequestContext, input: CompleteFollowUpStepInput): Promise<FollowUp> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const repo = this.connection.getRepository(tx, FollowUp);
      const followUp = await repo.findOneBy({ id: input.id });
      if (!followUp) throw notFound('跟进记录');
      if (followUp.nextStepDone) return followUp;
      await repo.update({ id: followUp.id }, { nextStepDone: true });
      const step = followUp.nextStep ?? followUp.summary.slice(0, 60);
      await this.audit.record(tx, {
        entityType: LEAD,
        entityId: followUp.leadId,
        action: 'UPDATE',
        changes: [
          {
            field: 'nextStep',
            before: followUp.nextStepDueOn ? `${step}（截止 ${followUp.nextStepDueOn}）` : `${step}（待办）`,
            after: `${step}（已完成）`,
          },
        ],
      });
      return { ...followUp, nextStepDone: true };
    });
  }

  /** Open next steps on the caller's leads that are overdue or due within a week, soonest first. */
  dueForOwner(ctx: RequestContext, ownerId: string): Promise<FollowUp[]> {
    const horizon = Clock.addDays(this.clock.today(), DUE_SOON_DAYS);
    return this.connection
      .getRepository(ctx, FollowUp)
      .createQueryBuilder('f')
      .innerJoin(Lead, 'l', 'l.id = f.lead_id')
      .where('l.owner_id = :ownerId', { ownerId })
      .andWhere('f.next_step_done = false')
      .andWhere('f.next_step_due_on <= :horizon', { horizon })
      .orderBy('f.next_step_due_on', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(200)
      .getMany();
  }

  isOverdue(followUp: FollowUp): boolean {
    return (
      !followUp.nextStepDone && followUp.nextStepDueOn !== null && followUp.nextStepDueOn < this.clock.today()
    );
  }
}
