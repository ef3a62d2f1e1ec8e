import {
  FUND_KINDS,
  FUND_KIND_LABELS,
  FUND_STATUSES,
  FUND_STATUS_LABELS,
  INVESTMENT_ROUNDS,
  INVESTMENT_ROUND_LABELS,
  INVESTMENT_STAGES,
  INVESTMENT_STAGE_LABELS,
  REINVESTMENT_BASES,
  REINVESTMENT_BASIS_LABELS,
} from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const FundKindEnum = graphqlEnum('FundKind', '基金类型', FUND_KINDS, FUND_KIND_LABELS);
export const FundStatusEnum = graphqlEnum('FundStatus', '基金状态', FUND_STATUSES, FUND_STATUS_LABELS);
export const ReinvestmentBasisEnum = graphqlEnum(
  'ReinvestmentBasis',
  '返投基数',
  REINVESTMENT_BASES,
  REINVESTMENT_BASIS_LABELS,
);
export const InvestmentStageEnum = graphqlEnum(
  'InvestmentStage',
  '投资阶段',
  INVESTMENT_STAGES,
  INVESTMENT_STAGE_LABELS,
);
export const InvestmentRoundEnum = graphqlEnum(
  'InvestmentRound',
  '投资轮次',
  INVESTMENT_ROUNDS,
  INVESTMENT_ROUND_LABELS,
);
