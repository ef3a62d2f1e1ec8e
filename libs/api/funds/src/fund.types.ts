import { Field, ObjectType } from '@nestjs/graphql';
import type { ReinvestmentBasis } from '@lianzhao/domain';
import { Connection } from '@lianzhao/api-core';
import { Fund } from './fund.entity';
import { Investment } from './investment.entity';
import { ReinvestmentBasisEnum } from './fund.enums';

@ObjectType({ description: '返投规则' })
export class ReinvestmentRule {
  @Field(() => String, { description: '返投倍数（0 表示不设返投要求）' })
  multiple!: string;

  @Field(() => ReinvestmentBasisEnum, { description: '返投基数' })
  basis!: ReinvestmentBasis;

  @Field({ description: '计入本地企业投资（规则一）' })
  countLocal!: boolean;

  @Field(() => String, { description: '本地投资系数' })
  localCoefficient!: string;

  @Field({ description: '计入外地企业设立的本地子公司/项目公司（规则二）' })
  countSubsidiary!: boolean;

  @Field(() => String, { description: '子公司投资系数' })
  subsidiaryCoefficient!: string;

  @Field({ description: '计入管理人招引落地（规则三）' })
  countReferred!: boolean;

  @Field(() => String, { description: '招引落地系数' })
  referredCoefficient!: string;
}

@ObjectType()
export class FundConnection extends Connection(Fund) {}

@ObjectType()
export class InvestmentConnection extends Connection(Investment) {}
