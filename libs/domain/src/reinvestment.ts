import type { LocalizedLabel } from './labels';
import { creditCodeDivision, FENGXIAN_DIVISION } from './credit-code';
import type { InvestmentStage, ReinvestmentRuleValues } from './funds';
import { addDecimals, compareDecimals, divideDecimals, multiplyDecimals, subtractDecimals } from './money';
import type { LeadStage } from './pipeline';
import { effectiveReferralStatus, type ReferralStatus } from './referrals';

/**
 * 返投 (local reinvestment) recognition: which of a fund's candidates count toward its obligation,
 * from when and at how much (DOMAIN.md, "Funds"; issue 12). The same rules run in SQL
 * (libs/api/funds/src/reinvestment-rules.sql.ts) so that a page of funds costs one grouped query;
 * apps/api/test/reinvestment-rules.spec.ts runs both over the same cases.
 *
 * A line per candidate, for a fund with its current rule:
 * 1. LOCAL — a PAID investment in an enterprise that is local: its landing project has landed
 *    (工商注册 has an actual date), or the enterprise is 存量 (registered in the district). Counted
 *    from the later of the payment and the day it became local, at amount × local coefficient.
 * 2. SUBSIDIARY — a PAID investment whose landing project (or, before it signs, lead) belongs to
 *    another enterprise (a local subsidiary or project company): counted from the later of the payment and that project's
 *    landing, at the amount invested into it (localAmount) × subsidiary coefficient.
 * 3. REFERRED (招引落地) — an accepted referral filed by the fund manager's organisation whose
 *    project landed, in an enterprise none of that manager's funds invested in (at any stage, nor
 *    through a subsidiary investment tracking that project): counted from the
 *    landing, at the enterprise's registered capital (else the project's registered capital, else
 *    its contract investment) × referred coefficient.
 * A PAID investment not (yet) local is PENDING, at what it will count once it lands. A rule
 * switched off yields no lines of its kind. INTENDED and DECIDED investments are pipeline, never
 * counted.
 */

export const REINVESTMENT_LINE_KINDS = ['LOCAL', 'SUBSIDIARY', 'REFERRED'] as const;
export type ReinvestmentLineKind = (typeof REINVESTMENT_LINE_KINDS)[number];
export const REINVESTMENT_LINE_KIND_LABELS: Readonly<Record<ReinvestmentLineKind, LocalizedLabel>> = {
  LOCAL: { zh: '投资本地企业', en: 'Local investee' },
  SUBSIDIARY: { zh: '投资企业在本区设立子公司/项目公司', en: 'Local subsidiary' },
  REFERRED: { zh: '招引落地', en: 'Referred and landed' },
};

export const REINVESTMENT_LINE_STATUSES = ['COUNTED', 'PENDING'] as const;
export type ReinvestmentLineStatus = (typeof REINVESTMENT_LINE_STATUSES)[number];
export const REINVESTMENT_LINE_STATUS_LABELS: Readonly<Record<ReinvestmentLineStatus, LocalizedLabel>> = {
  COUNTED: { zh: '已认定', en: 'Counted' },
  PENDING: { zh: '待落地', en: 'Pending landing' },
};

/** What an investment is for 返投: a ledger line's status, pipeline, or nothing (its rule is off). */
export const INVESTMENT_RECOGNITIONS = ['COUNTED', 'PENDING', 'PIPELINE', 'NOT_COUNTED'] as const;
export type InvestmentRecognition = (typeof INVESTMENT_RECOGNITIONS)[number];
export const INVESTMENT_RECOGNITION_LABELS: Readonly<Record<InvestmentRecognition, LocalizedLabel>> = {
  COUNTED: { zh: '已认定', en: 'Counted' },
  PENDING: { zh: '待落地', en: 'Pending landing' },
  PIPELINE: { zh: '储备（未出资）', en: 'Pipeline (not paid)' },
  NOT_COUNTED: { zh: '不计入', en: 'Not counted' },
};

/** Decimal places of the ratio counted ÷ obligation (0.1234 = 12.34%). */
export const REINVESTMENT_RATIO_DIGITS = 4;
/** Leverage is shown as "12.50 倍". */
export const LEVERAGE_DIGITS = 2;

/**
 * Profile tags that make an enterprise a 科创 project for the district target (> 100 by 2027):
 * 高新技术企业 and 创新型 (the taxonomy has no separate 科技型 tag).
 */
export const SCI_TECH_TAG_CODES: readonly string[] = ['HIGH_TECH', 'INNOVATIVE'];

export function isSciTechEnterprise(tagCodes: readonly string[]): boolean {
  return tagCodes.some((t) => SCI_TECH_TAG_CODES.includes(t));
}

export interface ReinvestmentFund {
  readonly id: string;
  readonly managerOrganizationId: string;
  readonly vintageDate: string;
  readonly size: string;
  readonly governmentContribution: string;
  readonly rule: ReinvestmentRuleValues;
}

/** A project as far as 返投 looks at it. */
export interface LandingProject {
  readonly id: string;
  readonly enterpriseId: string;
  /** The 工商注册 actual date (projects.landed_on). */
  readonly landedOn: string | null;
  readonly registeredCapital: string | null;
  readonly contractInvestment: string | null;
}

export interface ReinvestmentEnterprise {
  readonly id: string;
  readonly creditCode: string | null;
  readonly foundedOn: string | null;
  /** An officer's mark: registered in the district since this day (存量). */
  readonly localStockSince: string | null;
  readonly registeredCapital: string | null;
}

export interface ReinvestmentInvestment {
  readonly id: string;
  readonly fundId: string;
  readonly enterprise: ReinvestmentEnterprise;
  readonly amount: string;
  readonly investedOn: string;
  readonly stage: InvestmentStage;
  readonly localAmount: string | null;
  /** The project the investment names (investments.project_id). */
  readonly project: LandingProject | null;
  /** The project signed from the investment's lead, if any. */
  readonly leadProject: LandingProject | null;
  /** The enterprise of the investment's lead, if it has one (a subsidiary's lead, before it signs). */
  readonly leadEnterpriseId: string | null;
}

export interface ReinvestmentReferral {
  readonly id: string;
  readonly organizationId: string;
  readonly status: ReferralStatus;
  readonly protectedUntil: string | null;
  /** The stage of the lead the referral led to. */
  readonly leadStage: LeadStage | null;
  /** The project signed from that lead, if any. */
  readonly project: LandingProject | null;
  /** That project's enterprise. */
  readonly enterprise: ReinvestmentEnterprise | null;
}

export interface ReinvestmentLine {
  readonly fundId: string;
  readonly kind: ReinvestmentLineKind;
  readonly status: ReinvestmentLineStatus;
  /** The day the line counts from; null while pending. */
  readonly countedFrom: string | null;
  readonly baseAmount: string;
  readonly coefficient: string;
  /** baseAmount × coefficient, exact. */
  readonly amount: string;
  readonly enterpriseId: string;
  readonly investmentId: string | null;
  readonly referralId: string | null;
  readonly projectId: string | null;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earliest = (...dates: (string | null)[]) =>
  dates.reduce<string | null>((min, d) => (d !== null && (min === null || d < min) ? d : min), null);

/**
 * The project that tracks an investment's landing: the one it names, else the one signed from its
 * lead (an investment recorded while the company was a lead finds its project once the lead signs).
 */
export function landingProject(investment: ReinvestmentInvestment): LandingProject | null {
  return investment.project ?? investment.leadProject;
}

/**
 * 存量: the day an enterprise counts as registered in the district without a project landing —
 * the officer's mark, or, for a credit code issued in 奉贤区 (positions 3–8 = 310120), its founding
 * day. A code stays with a company for life, so a district code means it was registered here when
 * founded; with no founding day recorded it was registered by the time the fund paid it (a fund
 * cannot pay a company that does not exist yet), so the payment day stands in. The earlier wins.
 */
export function localStockSince(enterprise: ReinvestmentEnterprise, investedOn: string): string | null {
  const byCode =
    enterprise.creditCode && creditCodeDivision(enterprise.creditCode) === FENGXIAN_DIVISION
      ? (enterprise.foundedOn ?? investedOn)
      : null;
  return earliest(enterprise.localStockSince, byCode);
}

/**
 * Kind of an investment's line: SUBSIDIARY when the company that lands is another enterprise —
 * the landing project's, or before any project is signed the lead's (a subsidiary's lead stands
 * for it until it signs, as the funds context accepts it).
 */
export function investmentLineKind(investment: ReinvestmentInvestment): 'LOCAL' | 'SUBSIDIARY' {
  const landing =
    landingProject(investment)?.enterpriseId ?? investment.leadEnterpriseId ?? investment.enterprise.id;
  return landing !== investment.enterprise.id ? 'SUBSIDIARY' : 'LOCAL';
}

/** The ledger line of one investment under its fund's rule; null if it yields none. */
export function investmentLine(
  investment: ReinvestmentInvestment,
  rule: ReinvestmentRuleValues,
): ReinvestmentLine | null {
  if (investment.stage !== 'PAID') return null;
  const project = landingProject(investment);
  const kind = investmentLineKind(investment);
  const local = kind === 'LOCAL';
  if (local ? !rule.countLocal : !rule.countSubsidiary) return null;
  const localSince = local
    ? earliest(project?.landedOn ?? null, localStockSince(investment.enterprise, investment.investedOn))
    : (project?.landedOn ?? null);
  // The service requires localAmount for a subsidiary; a row without one reads the whole amount.
  const baseAmount = local ? investment.amount : (investment.localAmount ?? investment.amount);
  const coefficient = local ? rule.localCoefficient : rule.subsidiaryCoefficient;
  return {
    fundId: investment.fundId,
    kind,
    status: localSince === null ? 'PENDING' : 'COUNTED',
    countedFrom: localSince === null ? null : later(investment.investedOn, localSince),
    baseAmount,
    coefficient,
    amount: multiplyDecimals(baseAmount, coefficient),
    enterpriseId: investment.enterprise.id,
    investmentId: investment.id,
    referralId: null,
    projectId: project?.id ?? null,
  };
}

/** What an investment is for 返投 (the investments list's recognition). */
export function investmentRecognition(
  investment: ReinvestmentInvestment,
  rule: ReinvestmentRuleValues,
): InvestmentRecognition {
  if (investment.stage !== 'PAID') return 'PIPELINE';
  return investmentLine(investment, rule)?.status ?? 'NOT_COUNTED';
}

/**
 * The fund a manager's 招引落地 counts against. A manager often runs several funds, and one
 * company must not count once per fund: it counts against the manager's fund with the latest
 * vintage on or before the landing day (the fund that was raising money, and so recruiting, when
 * the company came), ties broken by the greater id so the choice is stable. None when the manager
 * had no fund yet. That fund's rule decides whether and at what coefficient it counts; a rule
 * switched off there does not pass the company on to another fund.
 */
export function referralFund(
  managerOrganizationId: string,
  landedOn: string,
  funds: readonly ReinvestmentFund[],
): ReinvestmentFund | null {
  let chosen: ReinvestmentFund | null = null;
  for (const f of funds) {
    if (f.managerOrganizationId !== managerOrganizationId || f.vintageDate > landedOn) continue;
    if (
      !chosen ||
      f.vintageDate > chosen.vintageDate ||
      (f.vintageDate === chosen.vintageDate && f.id > chosen.id)
    ) {
      chosen = f;
    }
  }
  return chosen;
}

/**
 * The 招引落地 lines of the given referrals. `funds` and `investments` are every fund and every
 * investment: the fund a referral counts against, and whether a fund of its manager invested in
 * the company, depend on all of them. Several accepted referrals by one organisation of one project
 * count once (the one with the least id stands in the ledger).
 */
export function referralLines(
  referrals: readonly ReinvestmentReferral[],
  funds: readonly ReinvestmentFund[],
  investments: readonly ReinvestmentInvestment[],
  today: string,
): ReinvestmentLine[] {
  const fundById = new Map(funds.map((f) => [f.id, f]));
  // What a manager's funds invested in, by enterprise and by landing project: a company its fund
  // invested in (or the project company such an investment tracks) counts through the investment.
  const invested = new Set(
    investments.flatMap((i) => {
      const manager = fundById.get(i.fundId)?.managerOrganizationId ?? '';
      const project = landingProject(i);
      return [`${manager}|${i.enterprise.id}`, ...(project ? [`${manager}|project|${project.id}`] : [])];
    }),
  );
  const seen = new Set<string>();
  const lines: ReinvestmentLine[] = [];
  for (const r of [...referrals].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const { project, enterprise } = r;
    if (!project?.landedOn || !enterprise) continue;
    if (effectiveReferralStatus(r, today) !== 'ACCEPTED') continue;
    const key = `${r.organizationId}|${project.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (
      invested.has(`${r.organizationId}|${enterprise.id}`) ||
      invested.has(`${r.organizationId}|project|${project.id}`)
    )
      continue;
    const fund = referralFund(r.organizationId, project.landedOn, funds);
    if (!fund?.rule.countReferred) continue;
    const baseAmount =
      enterprise.registeredCapital ?? project.registeredCapital ?? project.contractInvestment ?? '0';
    lines.push({
      fundId: fund.id,
      kind: 'REFERRED',
      status: 'COUNTED',
      countedFrom: project.landedOn,
      baseAmount,
      coefficient: fund.rule.referredCoefficient,
      amount: multiplyDecimals(baseAmount, fund.rule.referredCoefficient),
      enterpriseId: enterprise.id,
      investmentId: null,
      referralId: r.id,
      projectId: project.id,
    });
  }
  return lines;
}

/** Every ledger line of `funds` (any subset of `allFunds`), investments' lines first. */
export function reinvestmentLines(
  funds: readonly ReinvestmentFund[],
  allFunds: readonly ReinvestmentFund[],
  investments: readonly ReinvestmentInvestment[],
  referrals: readonly ReinvestmentReferral[],
  today: string,
): ReinvestmentLine[] {
  const wanted = new Map(funds.map((f) => [f.id, f]));
  const lines: ReinvestmentLine[] = [];
  for (const i of investments) {
    const fund = wanted.get(i.fundId);
    const line = fund ? investmentLine(i, fund.rule) : null;
    if (line) lines.push(line);
  }
  for (const line of referralLines(referrals, allFunds, investments, today)) {
    if (wanted.has(line.fundId)) lines.push(line);
  }
  return lines;
}

/** What a fund's lines and investments add up to: the part of its progress that SQL sums. */
export interface ReinvestmentSums {
  readonly counted: string;
  readonly pending: string;
  /** INTENDED and DECIDED investments' amounts. */
  readonly pipeline: string;
}

export function reinvestmentSums(
  fundId: string,
  lines: readonly ReinvestmentLine[],
  investments: readonly ReinvestmentInvestment[],
): ReinvestmentSums {
  const own = lines.filter((l) => l.fundId === fundId);
  return {
    counted: addDecimals(...own.filter((l) => l.status === 'COUNTED').map((l) => l.amount)),
    pending: addDecimals(...own.filter((l) => l.status === 'PENDING').map((l) => l.amount)),
    pipeline: addDecimals(
      ...investments.filter((i) => i.fundId === fundId && i.stage !== 'PAID').map((i) => i.amount),
    ),
  };
}

export interface ReinvestmentProgress extends ReinvestmentSums {
  /** multiple × (government contribution | fund size). */
  readonly obligation: string;
  /** max(obligation − counted, 0); null when the multiple is 0 (no obligation, so no gap to show). */
  readonly gap: string | null;
  /** counted ÷ obligation to REINVESTMENT_RATIO_DIGITS places; null when the obligation is 0. */
  readonly ratio: string | null;
}

export function reinvestmentObligation(
  fund: Pick<ReinvestmentFund, 'size' | 'governmentContribution' | 'rule'>,
): string {
  const base = fund.rule.basis === 'FUND_SIZE' ? fund.size : fund.governmentContribution;
  return multiplyDecimals(fund.rule.multiple, base);
}

export function reinvestmentProgress(
  fund: Pick<ReinvestmentFund, 'size' | 'governmentContribution' | 'rule'>,
  sums: ReinvestmentSums,
): ReinvestmentProgress {
  const obligation = reinvestmentObligation(fund);
  const noMultiple = compareDecimals(fund.rule.multiple, '0') === 0;
  const shortfall = subtractDecimals(obligation, sums.counted);
  return {
    obligation,
    counted: sums.counted,
    pending: sums.pending,
    pipeline: sums.pipeline,
    gap: noMultiple ? null : compareDecimals(shortfall, '0') > 0 ? shortfall : '0',
    ratio: divideDecimals(sums.counted, obligation, REINVESTMENT_RATIO_DIGITS),
  };
}

/** 杠杆 = fund size ÷ government contribution, to two places; null when the government put in nothing. */
export function fundLeverage(size: string, governmentContribution: string): string | null {
  return divideDecimals(size, governmentContribution, LEVERAGE_DIGITS);
}

export interface FundTotalsInput {
  readonly size: string;
  readonly governmentContribution: string;
  readonly progress: ReinvestmentProgress;
}

export interface FundTotalsResult {
  /** 撬动规模: the sizes of funds the government contributes to. */
  readonly leverageScale: string;
  readonly governmentContribution: string;
  readonly funds: number;
  readonly sciTechProjects: number;
  readonly obligation: string;
  readonly counted: string;
  readonly pending: string;
  /** The funds' gaps added up (a fund without a multiple adds nothing). */
  readonly gap: string;
}

/** 撬动规模: the sizes of the funds the government contributed to, added up (no 返投 involved). */
export function leverageScale(funds: ReadonlyArray<Pick<FundTotalsInput, 'size' | 'governmentContribution'>>): string {
  return addDecimals(...funds.filter((f) => compareDecimals(f.governmentContribution, '0') > 0).map((f) => f.size));
}

/** District totals over every fund; `sciTechProjects` is counted apart (distinct enterprises). */
export function districtTotals(funds: readonly FundTotalsInput[], sciTechProjects: number): FundTotalsResult {
  return {
    leverageScale: leverageScale(funds),
    governmentContribution: addDecimals(...funds.map((f) => f.governmentContribution)),
    funds: funds.length,
    sciTechProjects,
    obligation: addDecimals(...funds.map((f) => f.progress.obligation)),
    counted: addDecimals(...funds.map((f) => f.progress.counted)),
    pending: addDecimals(...funds.map((f) => f.progress.pending)),
    gap: addDecimals(...funds.map((f) => f.progress.gap ?? '0')),
  };
}
