import { toHalfWidth } from './text';

/**
 * 统一社会信用代码 (GB 32100-2015). The code is the most reliable key for recognising a company
 * that two partners refer independently, so a mistyped code must be caught at entry rather than
 * silently creating a second company.
 */

/** The 31 characters in value order; I, O, S, V and Z are left out to avoid confusion with digits. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_LENGTH = 18;
/** Administrative division of 奉贤区, found at positions 3–8 of codes its authorities issue. */
export const FENGXIAN_DIVISION = '310120';

const MODULUS = CREDIT_CODE_CHARSET.length; // 31
const FORBIDDEN_LETTERS = 'IOSVZ';

/** w_i = 3^(i-1) mod 31 for positions 1..17. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = Array.from(
  { length: CREDIT_CODE_LENGTH - 1 },
  (_, i) => {
    let w = 1;
    for (let k = 0; k < i; k++) w = (w * 3) % MODULUS;
    return w;
  },
);

export const CREDIT_CODE_PROBLEMS = ['LENGTH', 'CHARSET', 'CHECKSUM'] as const;
export type CreditCodeProblem = (typeof CREDIT_CODE_PROBLEMS)[number];

export type CreditCodeCheck =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly reason: CreditCodeProblem; readonly message: string };

/**
 * Canonical form for storage and comparison: codes are copied from licences, PDFs and chat
 * messages, so stray spaces, full-width characters and lower case are all common and harmless.
 */
export function normalizeCreditCode(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').toUpperCase();
}

/**
 * The check character for the first 17 characters. Throws on bad input because callers are
 * expected to have validated the characters already; it is not a user-facing validator.
 */
export function computeCreditCodeCheckChar(first17: string): string {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) {
    throw new RangeError(`Expected ${CREDIT_CODE_LENGTH - 1} characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`Invalid credit-code character "${first17[i]}" at position ${i + 1}`);
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  // A remainder of 0 would give 31, which has no character; the standard maps it to 0.
  return CREDIT_CODE_CHARSET[(MODULUS - (sum % MODULUS)) % MODULUS];
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input);
  // Spread by code point so an emoji or rare character counts as one position, as the user sees it.
  const chars = Array.from(code);

  if (chars.length !== CREDIT_CODE_LENGTH) {
    return {
      ok: false,
      reason: 'LENGTH',
      message: `统一社会信用代码应为 ${CREDIT_CODE_LENGTH} 位，当前为 ${chars.length} 位`,
    };
  }

  const badIndex = chars.findIndex((ch) => !CREDIT_CODE_CHARSET.includes(ch));
  if (badIndex >= 0) {
    const ch = chars[badIndex];
    const hint = FORBIDDEN_LETTERS.includes(ch)
      ? '不使用 I、O、S、V、Z'
      : '只能是数字和大写字母，不使用 I、O、S、V、Z';
    return {
      ok: false,
      reason: 'CHARSET',
      message: `第 ${badIndex + 1} 位“${ch}”不是有效字符（${hint}）`,
    };
  }

  const expected = computeCreditCodeCheckChar(code.slice(0, CREDIT_CODE_LENGTH - 1));
  if (code[CREDIT_CODE_LENGTH - 1] !== expected) {
    // Never the expected character: told it, a user "fixes" a mistyped code into a valid-looking
    // wrong one instead of checking the licence.
    return {
      ok: false,
      reason: 'CHECKSUM',
      message: `统一社会信用代码无效：第 ${CREDIT_CODE_LENGTH} 位（校验位）与前 ${CREDIT_CODE_LENGTH - 1} 位不符，请核对`,
    };
  }

  return { ok: true, code };
}

/** Convenience for form validators that only need a yes/no. */
export function isValidCreditCode(input: string): boolean {
  return checkCreditCode(input).ok;
}

/**
 * Positions 3–8: the division code of the registering authority (e.g. FENGXIAN_DIVISION).
 * Undefined when the input, once normalised, is too short to contain one.
 */
export function creditCodeDivision(code: string): string | undefined {
  const normalized = normalizeCreditCode(code);
  return normalized.length >= 8 ? normalized.slice(2, 8) : undefined;
}
