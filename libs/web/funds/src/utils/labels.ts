import type { LocalizedLabel } from '@lianzhao/domain';
import type {
  FundKind,
  FundStatus,
  InvestmentRecognition,
  InvestmentRound,
  InvestmentStage,
  ReinvestmentBasis,
  ReinvestmentLineKind,
  ReinvestmentLineStatus,
} from '@lianzhao/web-data';

/*
 * The funds context's enum values in display order with their zh-CN / en names (DOMAIN.md,
 * issue 12). The value lists are typed against the generated schema enums, so a value the API
 * adds or drops fails the type check here rather than showing a raw code on screen.
 */

export const FUND_KINDS = ['GOVERNMENT_GUIDANCE', 'STATE_OWNED', 'CHAIN_MASTER', 'MARKET'] as const satisfies readonly FundKind[];
export const FUND_KIND_LABELS: Readonly<Record<FundKind, LocalizedLabel>> = {
  GOVERNMENT_GUIDANCE: { zh: '政府引导基金', en: 'Government guidance fund' },
  STATE_OWNED: { zh: '国资参股基金', en: 'State-owned participation fund' },
  CHAIN_MASTER: { zh: '链主产业基金', en: 'Chain-master industry fund' },
  MARKET: { zh: '市场化基金', en: 'Market fund' },
};

export const FUND_STATUSES = ['RAISING', 'INVESTING', 'EXITING', 'LIQUIDATED'] as const satisfies readonly FundStatus[];
export const FUND_STATUS_LABELS: Readonly<Record<FundStatus, LocalizedLabel>> = {
  RAISING: { zh: '募集中', en: 'Raising' },
  INVESTING: { zh: '投资期', en: 'Investing' },
  EXITING: { zh: '退出期', en: 'Exiting' },
  LIQUIDATED: { zh: '已清算', en: 'Liquidated' },
};

export const REINVESTMENT_BASES = ['GOVERNMENT_CONTRIBUTION', 'FUND_SIZE'] as const satisfies readonly ReinvestmentBasis[];
export const REINVESTMENT_BASIS_LABELS: Readonly<Record<ReinvestmentBasis, LocalizedLabel>> = {
  GOVERNMENT_CONTRIBUTION: { zh: '政府出资额', en: 'Government contribution' },
  FUND_SIZE: { zh: '基金规模', en: 'Fund size' },
};

export const INVESTMENT_STAGES = ['INTENDED', 'DECIDED', 'PAID'] as const satisfies readonly InvestmentStage[];
export const INVESTMENT_STAGE_LABELS: Readonly<Record<InvestmentStage, LocalizedLabel>> = {
  INTENDED: { zh: '意向', en: 'Intended' },
  DECIDED: { zh: '已决策', en: 'Decided' },
  PAID: { zh: '已出资', en: 'Paid' },
};

export const INVESTMENT_ROUNDS = [
  'SEED',
  'ANGEL',
  'PRE_A',
  'A',
  'B',
  'C_PLUS',
  'PRE_IPO',
  'M_AND_A',
] as const satisfies readonly InvestmentRound[];
export const INVESTMENT_ROUND_LABELS: Readonly<Record<InvestmentRound, LocalizedLabel>> = {
  SEED: { zh: '种子轮', en: 'Seed' },
  ANGEL: { zh: '天使轮', en: 'Angel' },
  PRE_A: { zh: 'Pre-A 轮', en: 'Pre-A' },
  A: { zh: 'A 轮', en: 'Series A' },
  B: { zh: 'B 轮', en: 'Series B' },
  C_PLUS: { zh: 'C 轮及以后', en: 'Series C+' },
  PRE_IPO: { zh: 'Pre-IPO', en: 'Pre-IPO' },
  M_AND_A: { zh: '并购', en: 'M&A' },
};

export const INVESTMENT_RECOGNITIONS = ['COUNTED', 'PENDING', 'PIPELINE', 'NOT_COUNTED'] as const satisfies readonly InvestmentRecognition[];
export const INVESTMENT_RECOGNITION_LABELS: Readonly<Record<InvestmentRecognition, LocalizedLabel>> = {
  COUNTED: { zh: '已认定', en: 'Counted' },
  PENDING: { zh: '待落地', en: 'Pending landing' },
  PIPELINE: { zh: '储备', en: 'Pipeline' },
  NOT_COUNTED: { zh: '不计入', en: 'Not counted' },
};

export const LINE_KINDS = ['LOCAL', 'SUBSIDIARY', 'REFERRED'] as const satisfies readonly ReinvestmentLineKind[];
export const LINE_KIND_LABELS: Readonly<Record<ReinvestmentLineKind, LocalizedLabel>> = {
  LOCAL: { zh: '投资本地企业', en: 'Local investee' },
  SUBSIDIARY: { zh: '异地企业在区设立子公司', en: 'Local subsidiary' },
  REFERRED: { zh: '招引落地', en: 'Referred landing' },
};

export const LINE_STATUS_LABELS: Readonly<Record<ReinvestmentLineStatus, LocalizedLabel>> = {
  COUNTED: { zh: '已认定', en: 'Counted' },
  PENDING: { zh: '待落地', en: 'Pending' },
};
