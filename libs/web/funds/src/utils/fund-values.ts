import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { compareDecimals, parseWanYuan } from '@lianzhao/domain';
import type {
  CreateFundInput,
  FundDetailFragment,
  FundKind,
  FundStatus,
  ReinvestmentBasis,
  UpdateFundInput,
} from '@lianzhao/web-data';

/**
 * The fund form's values and the checks the server makes on them (numeric columns: size and
 * contribution numeric(16,2), the multiple numeric(6,2), coefficients numeric(4,2); the
 * contribution not above the size), so the form says the same before sending.
 */

export interface DecimalLimit {
  /** Digits before the point: 14 for 万元 amounts (numeric(16,2)), 4 for a multiple, 2 for a coefficient. */
  maxIntegerDigits: number;
  /** Zero refused (a fund's size, an amount invested); else zero is allowed. */
  positive?: boolean;
}

export const MONEY_LIMIT: DecimalLimit = { maxIntegerDigits: 14 };
export const POSITIVE_MONEY_LIMIT: DecimalLimit = { ...MONEY_LIMIT, positive: true };
export const MULTIPLE_LIMIT: DecimalLimit = { maxIntegerDigits: 4 };
export const COEFFICIENT_LIMIT: DecimalLimit = { maxIntegerDigits: 2 };
export const TERM_YEARS_MIN = 1;
export const TERM_YEARS_MAX = 99;

/**
 * Why a typed decimal does not fit its numeric(p,2) column, or null, in the server's words
 * (`DecimalField` in libs/api/funds): the canonical parser first, then two places, the integer
 * digits, and zero where a positive value is needed.
 */
export function decimalProblem(text: string, limit: DecimalLimit, label: string): string | null {
  const parsed = parseWanYuan(text);
  // The server reads what the parser cannot as it was typed; a plain number then gets its words.
  const value = parsed.ok ? parsed.value : text.trim();
  if (!parsed.ok && !/^-?\d+(\.\d+)?$/.test(value)) return parsed.message;
  if (value.startsWith('-')) return `${label}不能为负数`;
  const [int, frac = ''] = value.split('.');
  if (frac.length > 2) return `${label}最多保留两位小数`;
  if (int.length > limit.maxIntegerDigits) return `${label}超出范围`;
  if (limit.positive && compareDecimals(value, '0') === 0) return `${label}须大于 0`;
  return null;
}

/** Two typed amounts where the second may not exceed the first, or null when either is unreadable. */
function exceeds(limit: string | undefined, value: string | undefined): boolean {
  if (!limit || !value) return false;
  const l = parseWanYuan(limit);
  const v = parseWanYuan(value);
  return l.ok && v.ok && compareDecimals(v.value, l.value) > 0;
}

/** The government contribution may be 0 but never more than the fund's size. */
export function contributionProblem(
  size: string | undefined,
  contribution: string | undefined,
): string | null {
  return exceeds(size, contribution) ? '政府出资不能超过基金规模' : null;
}

/** Rule 2: what went into the local subsidiary is part of the investment, never more. */
export function localAmountProblem(
  amount: string | undefined,
  localAmount: string | undefined,
): string | null {
  return exceeds(amount, localAmount) ? '本地投资额不能超过投资金额' : null;
}

export interface FundValues {
  name?: string;
  kind?: FundKind;
  managerOrganizationId?: string;
  size?: string;
  governmentContribution?: string;
  vintageDate?: Dayjs | null;
  termYears?: number | null;
  focusSegmentCodes?: string[];
  status?: FundStatus;
  reinvestmentMultiple?: string;
  reinvestmentBasis?: ReinvestmentBasis;
  countLocal?: boolean;
  localCoefficient?: string;
  countSubsidiary?: boolean;
  subsidiaryCoefficient?: string;
  countReferred?: boolean;
  referredCoefficient?: string;
  ruleChangeNote?: string;
}

export const FUND_FIELDS = [
  'name',
  'kind',
  'managerOrganizationId',
  'size',
  'governmentContribution',
  'vintageDate',
  'termYears',
  'focusSegmentCodes',
  'status',
  'reinvestmentMultiple',
  'reinvestmentBasis',
  'countLocal',
  'localCoefficient',
  'countSubsidiary',
  'subsidiaryCoefficient',
  'countReferred',
  'referredCoefficient',
  'ruleChangeNote',
] as const satisfies readonly (keyof FundValues)[];

/** The rule's fields: only an administrator edits them (with a note for the history). */
export const RULE_FIELDS = [
  'reinvestmentMultiple',
  'reinvestmentBasis',
  'countLocal',
  'localCoefficient',
  'countSubsidiary',
  'subsidiaryCoefficient',
  'countReferred',
  'referredCoefficient',
] as const satisfies readonly (keyof FundValues)[];

const canonical = (value: string | undefined): string => {
  const parsed = parseWanYuan(value ?? '');
  return parsed.ok ? parsed.value : (value ?? '').trim();
};

export const NEW_FUND_VALUES: FundValues = {
  kind: 'GOVERNMENT_GUIDANCE',
  status: 'INVESTING',
  reinvestmentMultiple: '1',
  reinvestmentBasis: 'GOVERNMENT_CONTRIBUTION',
  countLocal: true,
  localCoefficient: '1',
  countSubsidiary: true,
  subsidiaryCoefficient: '1',
  countReferred: true,
  referredCoefficient: '1',
  focusSegmentCodes: [],
};

export function toFundFormValues(f: FundDetailFragment): FundValues {
  return {
    name: f.name,
    kind: f.kind,
    managerOrganizationId: f.managerOrganizationId,
    size: f.size,
    governmentContribution: f.governmentContribution,
    vintageDate: dayjs(f.vintageDate),
    termYears: f.termYears,
    focusSegmentCodes: [...f.focusSegmentCodes],
    status: f.status,
    reinvestmentMultiple: f.rule.multiple,
    reinvestmentBasis: f.rule.basis,
    countLocal: f.rule.countLocal,
    localCoefficient: f.rule.localCoefficient,
    countSubsidiary: f.rule.countSubsidiary,
    subsidiaryCoefficient: f.rule.subsidiaryCoefficient,
    countReferred: f.rule.countReferred,
    referredCoefficient: f.rule.referredCoefficient,
  };
}

function ruleInput(v: FundValues) {
  return {
    reinvestmentMultiple: canonical(v.reinvestmentMultiple),
    reinvestmentBasis: v.reinvestmentBasis ?? 'GOVERNMENT_CONTRIBUTION',
    countLocal: v.countLocal ?? true,
    localCoefficient: canonical(v.localCoefficient),
    countSubsidiary: v.countSubsidiary ?? true,
    subsidiaryCoefficient: canonical(v.subsidiaryCoefficient),
    countReferred: v.countReferred ?? true,
    referredCoefficient: canonical(v.referredCoefficient),
  };
}

function factsInput(v: FundValues) {
  return {
    name: (v.name ?? '').trim(),
    kind: v.kind ?? 'GOVERNMENT_GUIDANCE',
    managerOrganizationId: v.managerOrganizationId ?? '',
    size: canonical(v.size),
    governmentContribution: canonical(v.governmentContribution),
    vintageDate: v.vintageDate ? v.vintageDate.format('YYYY-MM-DD') : '',
    termYears: v.termYears ?? null,
    focusSegmentCodes: v.focusSegmentCodes ?? [],
    status: v.status ?? 'INVESTING',
  };
}

export function toCreateFundInput(v: FundValues): CreateFundInput {
  return { ...factsInput(v), ...ruleInput(v) };
}

/** Whether the values change the fund's 返投 rule (compared exactly, as decimals). */
export function ruleChanged(v: FundValues, f: FundDetailFragment): boolean {
  const r = ruleInput(v);
  const same = (a: string, b: string) => compareDecimals(a, b) === 0;
  return !(
    same(r.reinvestmentMultiple, f.rule.multiple) &&
    r.reinvestmentBasis === f.rule.basis &&
    r.countLocal === f.rule.countLocal &&
    same(r.localCoefficient, f.rule.localCoefficient) &&
    r.countSubsidiary === f.rule.countSubsidiary &&
    same(r.subsidiaryCoefficient, f.rule.subsidiaryCoefficient) &&
    r.countReferred === f.rule.countReferred &&
    same(r.referredCoefficient, f.rule.referredCoefficient)
  );
}

/**
 * The update: the fund's facts always; the rule only when the form may edit it and it changed,
 * so an officer's edit never writes a rule row into the history.
 */
export function toUpdateFundInput(v: FundValues, f: FundDetailFragment, editRule: boolean): UpdateFundInput {
  const rule =
    editRule && ruleChanged(v, f)
      ? { ...ruleInput(v), ruleChangeNote: v.ruleChangeNote?.trim() || null }
      : {};
  return { id: f.id, version: f.version, ...factsInput(v), ...rule };
}
