import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChainLinkStatus, ChainTier, LeadStage, ReferralStatus } from '@lianzhao/domain';
import { Connection } from '@lianzhao/api-core';
import { LeadStageEnum } from '@lianzhao/api-leads';
import { ReferralStatusEnum } from '@lianzhao/api-referrals';
import { ChainLinkStatusEnum, ChainTierEnum } from './chain.enums';
import { ChainTarget } from './chain-target.entity';
import { SupplyChainEntry } from './supply-chain-entry.entity';

/** One stage of a link's open leads; drills to chainLeads with the filter's `stage`. */
@ObjectType({ description: '环节上某一阶段的在谈线索（下钻：chainLeads 的 filter.stage，总数相等）' })
export class ChainStageCount {
  @Field(() => LeadStageEnum)
  stage!: LeadStage;

  @Field(() => Int)
  count!: number;
}

/** One status of a link's referrals; drills to chainReferrals with the filter's `referralStatus`. */
@ObjectType({
  description: '环节上某一状态的报备（下钻：chainReferrals 的 filter.referralStatus，总数相等）',
})
export class ChainReferralStatusCount {
  @Field(() => ReferralStatusEnum)
  status!: ReferralStatus;

  @Field(() => Int)
  count!: number;
}

/** A link's figures; each drills to the chain list of the same name with an equal totalCount. */
@ObjectType({ description: '环节的数量（每项可下钻到同名清单，总数相等）' })
export class ChainLinkCounts {
  @Field(() => Int, { description: '本地企业（已落地项目的企业与存量企业）' })
  localEnterprises!: number;

  @Field(() => Int, { description: '本地企业中的链主型企业' })
  chainMasters!: number;

  @Field(() => Int, { description: '进行中的线索' })
  openLeads!: number;

  @Field(() => [ChainStageCount], {
    description: '进行中的线索按截至日期当天的阶段（全部进行中阶段，按管道顺序；合计等于 openLeads）',
  })
  openLeadsByStage!: ChainStageCount[];

  @Field(() => Int, { description: '待审核的报备（截至日期当天的有效状态为保护中或已在管道中）' })
  referrals!: number;

  @Field(() => [ChainReferralStatusCount], {
    description:
      '报备按截至日期当天的有效状态：保护中、已在管道中（二者合计等于 referrals），及已受理且线索仍在谈的',
  })
  referralsByStatus!: ChainReferralStatusCount[];

  @Field(() => Int, { description: '招商目标' })
  targets!: number;

  @Field(() => Int, { description: '基金投资' })
  investments!: number;

  @Field(() => String, { description: '已落地项目达产后预计年产值合计（万元）' })
  expectedOutput!: string;
}

@ObjectType({ description: '图谱上的环节' })
export class ChainMapLink {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ChainTierEnum)
  tier!: ChainTier;

  @Field(() => Int)
  position!: number;

  @Field(() => ChainLinkStatusEnum)
  status!: ChainLinkStatus;

  @Field(() => ChainLinkCounts)
  counts!: ChainLinkCounts;
}

@ObjectType({ description: '图谱上的细分赛道' })
export class ChainMapSegment {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => [ChainMapLink], { description: '环节，自上游到下游' })
  links!: ChainMapLink[];
}

@ObjectType({ description: '产业链图谱' })
export class ChainMap {
  @Field()
  industryCode!: string;

  @Field()
  industryName!: string;

  @Field({ description: '截至日期' })
  asOf!: string;

  @Field(() => [ChainMapSegment])
  segments!: ChainMapSegment[];
}

@ObjectType({ description: '一个产业在某日的链条概况' })
export class ChainFigures {
  @Field(() => Int, { description: '在用环节' })
  links!: number;

  @Field(() => Int, { description: '缺失环节' })
  missing!: number;

  @Field(() => Int, { description: '薄弱环节' })
  weak!: number;

  @Field(() => Int, { description: '完备环节' })
  complete!: number;

  @Field(() => Int, { description: '本地企业（按企业去重）' })
  localEnterprises!: number;

  @Field(() => Int, { description: '进行中的线索（去重）' })
  openLeads!: number;

  @Field(() => Int, { description: '待审核的报备（去重）' })
  referrals!: number;

  @Field(() => Int, { description: '招商目标' })
  targets!: number;

  @Field(() => Int, { description: '基金投资（去重）' })
  investments!: number;
}

@ObjectType({ description: '产业链总览中的一个产业' })
export class ChainOverviewIndustry {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => ChainFigures, { description: '截至日期的概况' })
  now!: ChainFigures;

  @Field(() => ChainFigures, { description: '对比日期的概况' })
  then!: ChainFigures;
}

@ObjectType({ description: '产业链总览（四大主导产业）' })
export class ChainOverview {
  @Field()
  asOf!: string;

  @Field()
  since!: string;

  @Field(() => [ChainOverviewIndustry])
  industries!: ChainOverviewIndustry[];
}

@ObjectType()
export class ChainTargetConnection extends Connection(ChainTarget) {}

@ObjectType()
export class SupplyChainEntryConnection extends Connection(SupplyChainEntry) {}
