import { CHANNELS } from '../pipeline';
import { isMilestoneCode, PROJECT_TYPES } from '../milestones';
import { compareDecimals } from '../money';
import {
  AMOUNT_BASES,
  type AmountBase,
  OPERATORS_BY_KIND,
  POLICY_FACTS,
  type PolicyAmount,
  type PolicyCondition,
  type PolicyFact,
} from './policy-rules';

/** Where a rule is wrong: `path` names the part (`condition.all[1].value`), as the API's field errors do. */
export type RuleCheck<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** Bounds that keep an admin's rule cheap to evaluate for every project on every change. */
export const MAX_RULE_DEPTH = 6;
export const MAX_RULE_LEAVES = 40;
const MAX_CODE_LENGTH = 64;

const DECIMAL = /^\d{1,14}(\.\d{1,4})?$/;
const RATE = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail<T>(path: string, message: string): RuleCheck<T> {
  return { ok: false, path, message };
}

function extraKey(value: Record<string, Json>, allowed: readonly string[], path: string): RuleCheck<never> | null {
  const extra = Object.keys(value).find((k) => !allowed.includes(k));
  return extra ? fail(`${path}.${extra}`, `不认识的字段“${extra}”`) : null;
}

function isFact(value: Json): value is PolicyFact {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(POLICY_FACTS, value);
}

function checkCode(fact: PolicyFact, value: Json, path: string): RuleCheck<string> {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_CODE_LENGTH) {
    return fail(path, '请填写代码（字符串）');
  }
  if (fact === 'channel' && !(CHANNELS as readonly string[]).includes(value)) {
    return fail(path, `没有招商渠道“${value}”`);
  }
  if (fact === 'projectType' && !(PROJECT_TYPES as readonly string[]).includes(value)) {
    return fail(path, `没有项目类型“${value}”`);
  }
  return { ok: true, value };
}

function checkCodeList(fact: PolicyFact, value: Json, path: string): RuleCheck<string[]> {
  if (!Array.isArray(value) || value.length === 0) return fail(path, '请填写至少一个代码（数组）');
  const out: string[] = [];
  for (const [i, v] of value.entries()) {
    const code = checkCode(fact, v, `${path}[${i}]`);
    if (!code.ok) return code;
    out.push(code.value);
  }
  return { ok: true, value: out };
}

function checkDate(value: Json, path: string): RuleCheck<string> {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    return fail(path, '日期格式应为 YYYY-MM-DD');
  }
  return { ok: true, value };
}

function checkLeaf(value: Record<string, Json>, path: string): RuleCheck<PolicyCondition> {
  if (!isFact(value['fact'])) return fail(`${path}.fact`, `不认识的条件项“${String(value['fact'])}”`);
  const fact = value['fact'];
  const kind = POLICY_FACTS[fact];
  const ops: readonly string[] = OPERATORS_BY_KIND[kind];
  const op = value['op'];
  if (typeof op !== 'string' || !ops.includes(op)) {
    return fail(`${path}.op`, `“${fact}”只能用这些运算：${ops.join('、')}`);
  }
  const extra = extraKey(value, kind === 'milestone' ? ['fact', 'op', 'value', 'from', 'to'] : ['fact', 'op', 'value'], path);
  if (extra) return extra;
  const at = `${path}.value`;
  const raw = value['value'];
  switch (kind) {
    case 'code':
    case 'codes': {
      const listOp = op === 'in' || op === 'hasAny';
      const checked = listOp ? checkCodeList(fact, raw, at) : checkCode(fact, raw, at);
      if (!checked.ok) return checked;
      return { ok: true, value: { fact, op, value: checked.value } as PolicyCondition };
    }
    case 'decimal': {
      if (typeof raw !== 'string' || !DECIMAL.test(raw)) {
        return fail(at, '数值须为非负数字字符串，最多 4 位小数，例如 "5000"');
      }
      return { ok: true, value: { fact, op, value: raw } as PolicyCondition };
    }
    case 'milestone': {
      if (!isMilestoneCode(raw)) return fail(at, `没有节点“${String(raw)}”`);
      const leaf: { fact: 'milestone'; op: 'reached'; value: string; from?: string; to?: string } = {
        fact: 'milestone',
        op: 'reached',
        value: raw,
      };
      for (const key of ['from', 'to'] as const) {
        if (value[key] === undefined) continue;
        const date = checkDate(value[key], `${path}.${key}`);
        if (!date.ok) return date;
        leaf[key] = date.value;
      }
      if (leaf.from && leaf.to && leaf.from > leaf.to) return fail(`${path}.to`, '截止日期不能早于起始日期');
      return { ok: true, value: leaf };
    }
  }
}

function checkNode(value: Json, path: string, depth: number, leaves: { count: number }): RuleCheck<PolicyCondition> {
  if (!isRecord(value)) return fail(path, '条件应为对象：{ all: [...] }、{ any: [...] } 或 { fact, op, value }');
  if (depth > MAX_RULE_DEPTH) return fail(path, `条件嵌套不能超过 ${MAX_RULE_DEPTH} 层`);
  const group = 'all' in value ? 'all' : 'any' in value ? 'any' : null;
  if (group) {
    const extra = extraKey(value, [group], path);
    if (extra) return extra;
    const children = value[group];
    const at = `${path}.${group}`;
    if (!Array.isArray(children) || children.length === 0) return fail(at, '请至少填写一个条件');
    const out: PolicyCondition[] = [];
    for (const [i, child] of children.entries()) {
      const checked = checkNode(child, `${at}[${i}]`, depth + 1, leaves);
      if (!checked.ok) return checked;
      out.push(checked.value);
    }
    return { ok: true, value: group === 'all' ? { all: out } : { any: out } };
  }
  leaves.count += 1;
  if (leaves.count > MAX_RULE_LEAVES) return fail(path, `条件项不能超过 ${MAX_RULE_LEAVES} 个`);
  return checkLeaf(value, path);
}

/** Checks an admin's condition JSON; answers the typed condition or where it is wrong. */
export function validatePolicyCondition(value: Json, path = 'condition'): RuleCheck<PolicyCondition> {
  return checkNode(value, path, 1, { count: 0 });
}

/** Checks an amount rule: `{ rate, of, cap? }` or `{ fixed }`, 万元 as decimal strings. */
export function validatePolicyAmount(value: Json, path = 'amount'): RuleCheck<PolicyAmount> {
  if (!isRecord(value)) return fail(path, '金额规则应为 { rate, of, cap } 或 { fixed }');
  if ('fixed' in value) {
    const extra = extraKey(value, ['fixed'], path);
    if (extra) return extra;
    const fixed = value['fixed'];
    if (typeof fixed !== 'string' || !DECIMAL.test(fixed)) {
      return fail(`${path}.fixed`, '定额须为非负数字字符串（万元），最多 4 位小数，例如 "50"');
    }
    return { ok: true, value: { fixed } };
  }
  if (!('rate' in value)) return fail(path, '金额规则应为 { rate, of, cap } 或 { fixed }');
  const extra = extraKey(value, ['rate', 'of', 'cap'], path);
  if (extra) return extra;
  const rate = value['rate'];
  if (typeof rate !== 'string' || !RATE.test(rate) || compareDecimals(rate, '0') <= 0) {
    return fail(`${path}.rate`, '比例须为 0 到 1 之间的数字字符串（最多 6 位小数），例如 "0.05" 表示 5%');
  }
  const of = value['of'];
  if (typeof of !== 'string' || !(AMOUNT_BASES as readonly string[]).includes(of)) {
    return fail(`${path}.of`, `比例的基数只能是：${AMOUNT_BASES.join('、')}`);
  }
  const base = of as AmountBase;
  const cap = value['cap'];
  if (cap === undefined || cap === null) return { ok: true, value: { rate, of: base } };
  if (typeof cap !== 'string' || !DECIMAL.test(cap)) {
    return fail(`${path}.cap`, '上限须为非负数字字符串（万元），最多 4 位小数，例如 "300"');
  }
  return { ok: true, value: { rate, of: base, cap } };
}
