import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { In } from 'typeorm';
import { Allow, Ctx, eachRowOrNone, RequestContext, Trim } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Referral } from './referral.entity';
import { ReferralDecisionsService } from './referral-decisions.service';
import { MAX_BULK_REFERRALS } from './dto/referral.inputs';


@InputType()
export class BulkRejectReferralsInput {
  @Field(() => [ID], { description: `所选报备，最多 ${MAX_BULK_REFERRALS} 条` })
  @IsArray({ message: '请选择报备' })
  @ArrayNotEmpty({ message: '请选择报备' })
  @ArrayMaxSize(MAX_BULK_REFERRALS, { message: `一次最多选择 ${MAX_BULK_REFERRALS} 条报备` })
  @IsUUID('all', { each: true, message: '报备编号无效' })
  ids!: string[];

  @Field({ description: '不予受理的原因（伙伴可见），记入每条报备' })
  @Trim()
  @IsNotEmpty({ message: '请填写不予受理的原因' })
  @MaxLength(1000, { message: '原因最多 1000 个字' })
  reason!: string;
}

/**
 * Decisions on many referrals at once, each through the single decision (its status rule, its
 * history entry for the partner, its audit entry) in one transaction, all or none. Only 不予受理:
 * 受理 creates or joins a lead per referral and may meet another organisation's protection in the
 * database, which would end a batch without the other rows' reasons, so it stays one by one.
 */
@Injectable()
export class ReferralBulkService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly decisions: ReferralDecisionsService,
  ) {}

  reject(ctx: RequestContext, input: BulkRejectReferralsInput): Promise<Referral[]> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const unique = [...new Set(input.ids)];
      const found = await this.connection
        .getRepository(tx, Referral)
        .find({ where: { id: In(unique) }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(found.map((r) => [r.id, r]));
      return eachRowOrNone(
        unique.flatMap((id) => byId.get(id) ?? []),
        unique.filter((id) => !byId.has(id)),
        { noun: '报备', verb: '不予受理', label: (r) => r.companyName },
        (r) => this.decisions.reject(tx, { id: r.id, reason: input.reason, version: r.version }),
      );
    });
  }
}

@Resolver()
export class ReferralBulkResolver {
  constructor(private readonly bulk: ReferralBulkService) {}

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => [Referral], {
    description: '批量不予受理；任一条不能处理则整批不变，并逐条说明原因（extensions.rows）',
  })
  bulkRejectReferrals(
    @Ctx() ctx: RequestContext,
    @Args('input') input: BulkRejectReferralsInput,
  ): Promise<Referral[]> {
    return this.bulk.reject(ctx, input);
  }
}
