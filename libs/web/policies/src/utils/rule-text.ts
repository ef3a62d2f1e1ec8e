import {
  describePolicyCondition,
  localize,
  multiplyDecimals,
  POLICY_FACT_LABELS,
  validatePolicyAmount,
  validatePolicyCondition,
  type Locale,
  type PolicyAmount,
  type PolicyCondition,
} from '@lianzhao/domain';

export type ParsedRule<T> =
  | { readonly ok: true; readonly value: T | null }
  | { readonly ok: false; readonly path: string | null; readonly message: string };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The editor's text checked by the same rule-language validator the API runs (libs/domain), so a
 * wrong part is named before saving; an empty text is "no rule" where the field allows it.
 */
export function parseCondition(text: string): ParsedRule<PolicyCondition> {
  if (!text.trim()) return { ok: false, path: 'condition', message: '请填写条件' };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, path: null, message: json.message };
  const checked = validatePolicyCondition(json.value, 'condition');
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, path: checked.path, message: checked.message };
}

export function parseAmount(text: string): ParsedRule<PolicyAmount> {
  if (!text.trim()) return { ok: true, value: null };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, path: null, message: json.message };
  const checked = validatePolicyAmount(json.value, 'amount');
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, path: checked.path, message: checked.message };
}

/** A condition as one readable line (the domain's wording, shared with the API's export). */
export function conditionText(condition: PolicyCondition): string {
  return describePolicyCondition(condition);
}

/** The pieces an amount rule is shown with; the caller words them in its language. */
export function amountParts(
  amount: PolicyAmount,
  locale: Locale,
): { kind: 'fixed'; amount: string } | { kind: 'rate'; rate: string; base: string; cap: string | null } {
  if ('fixed' in amount) return { kind: 'fixed', amount: amount.fixed };
  const percent = multiplyDecimals(amount.rate, '100');
  return {
    kind: 'rate',
    rate: percent,
    base: localize(POLICY_FACT_LABELS[amount.of], locale),
    cap: amount.cap ?? null,
  };
}
