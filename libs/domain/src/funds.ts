import type { LocalizedLabel } from './labels';

/** 基金类型 (DOMAIN.md, Funds). */
export const FUND_KINDS = ['GOVERNMENT_GUIDANCE', 'STATE_OWNED', 'CHAIN_MASTER', 'MARKET'] as const;
export type FundKind = (typeof FUND_KINDS)[number];
export const FUND_KIND_LABELS: Readonly<Record<FundKind, LocalizedLabel>> = {
  GOVERNMENT_GUIDANCE: { zh: '政府引导基金', en: 'Government guidance fund' },
  STATE_OWNED: { zh: '国资参股基金', en: 'State-owned participation fund' },
  CHAIN_MASTER: { zh: '链主产业基金', en: 'Chain-master industry fund' },
  MARKET: { zh: '市场化基金', en: 'Market fund' },
};

export const FUND_STATUSES = ['RAISING', 'INVESTING', 'EXITING', 'LIQUIDATED'] as const;
export type FundStatus = (typeof FUND_STATUSES)[number];
export const FUND_STATUS_LABELS: Readonly<Record<FundStatus, LocalizedLabel>> = {
  RAISING: { zh: '募集中', en: 'Raising' },
  INVESTING: { zh: '投资期', en: 'Investing' },
  EXITING: { zh: '退出期', en: 'Exiting' },
  LIQUIDATED: { zh: '已清算', en: 'Liquidated' },
};

/** What a fund's 返投 multiple is applied to. */
export const REINVESTMENT_BASES = ['GOVERNMENT_CONTRIBUTION', 'FUND_SIZE'] as const;
export type ReinvestmentBasis = (typeof REINVESTMENT_BASES)[number];
export const REINVESTMENT_BASIS_LABELS: Readonly<Record<ReinvestmentBasis, LocalizedLabel>> = {
  GOVERNMENT_CONTRIBUTION: { zh: '政府出资额', en: 'Government contribution' },
  FUND_SIZE: { zh: '基金规模', en: 'Fund size' },
};

/** 意向 → 已决策 → 已出资: only PAID investments ever count toward 返投. */
export const INVESTMENT_STAGES = ['INTENDED', 'DECIDED', 'PAID'] as const;
export type InvestmentStage = (typeof INVESTMENT_STAGES)[number];
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
] as const;
export type InvestmentRound = (typeof INVESTMENT_ROUNDS)[number];
export const INVESTMENT_ROUND_LABELS: Readonly<Record<InvestmentRound, LocalizedLabel>> = {
  SEED: { zh: '种子轮', en: 'Seed' },
  ANGEL: { zh: '天使轮', en: 'Angel' },
  PRE_A: { zh: 'Pre-A轮', en: 'Pre-A' },
  A: { zh: 'A轮', en: 'Series A' },
  B: { zh: 'B轮', en: 'Series B' },
  C_PLUS: { zh: 'C轮及以后', en: 'Series C and later' },
  PRE_IPO: { zh: 'Pre-IPO', en: 'Pre-IPO' },
  M_AND_A: { zh: '并购', en: 'M&A' },
};

/**
 * A fund's 返投 rule as it stands (the fund's columns) or as it became (a rule-change row): the
 * multiple and its basis, and per recognition way whether it counts and at what coefficient.
 */
export interface ReinvestmentRuleValues {
  multiple: string;
  basis: ReinvestmentBasis;
  countLocal: boolean;
  localCoefficient: string;
  countSubsidiary: boolean;
  subsidiaryCoefficient: string;
  countReferred: boolean;
  referredCoefficient: string;
}

export const REINVESTMENT_RULE_KEYS = [
  'multiple',
  'basis',
  'countLocal',
  'localCoefficient',
  'countSubsidiary',
  'subsidiaryCoefficient',
  'countReferred',
  'referredCoefficient',
] as const satisfies readonly (keyof ReinvestmentRuleValues)[];
