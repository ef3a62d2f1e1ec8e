import { localize } from '../labels';
import { MILESTONE_LABELS, PROJECT_TYPE_LABELS } from '../milestones';
import { addDecimals, compareDecimals, divideDecimals, multiplyDecimals } from '../money';
import { CHANNEL_LABELS } from '../pipeline';
import { TAGS } from '../tags';
import { INDUSTRIES } from '../taxonomy';
import { TOWNS } from '../places';
import {
  POLICY_FACT_LABELS,
  POLICY_FACTS,
  type PolicyAmount,
  type PolicyCondition,
  type PolicyFact,
  type PolicyFacts,
  type PolicyLeaf,
} from './policy-rules';

/** One condition a project does not meet yet: what the officer tells the company is missing. */
export interface PolicyShortfall {
  /** Where in the rule (`condition.all[1]`), so an editor can point at it. */
  readonly path: string;
  readonly fact: PolicyFact;
  /** The fact is not recorded at all (as opposed to recorded and not enough). */
  readonly unknown: boolean;
  /** zh-CN, e.g. `计划固定资产投资 ≥ 5,000 万元（当前 3,000）`. */
  readonly description: string;
}

export interface PolicyEvaluation {
  readonly qualified: boolean;
  /** Estimated support in 万元, also for items not qualified yet; null when its base is not recorded. */
  readonly amount: string | null;
  /** The shortest way to qualify: empty when qualified. */
  readonly missing: readonly PolicyShortfall[];
}

/** Names for codes; the reference data may rename them, so callers can pass their own. */
export type CodeNamer = (fact: PolicyFact, code: string) => string | undefined;

const SEED_NAMES: ReadonlyMap<string, string> = new Map<string, string>([
  ...INDUSTRIES.map((i) => [`industry:${i.code}`, i.name] as const),
  ...INDUSTRIES.flatMap((i) => i.segments.map((s) => [`segment:${s.code}`, s.name] as const)),
  ...TAGS.map((t) => [`tags:${t.code}`, t.name] as const),
  ...TOWNS.map((t) => [`town:${t.code}`, t.name] as const),
  ...Object.entries(CHANNEL_LABELS).map(([code, label]) => [`channel:${code}`, label.zh] as const),
  ...Object.entries(PROJECT_TYPE_LABELS).map(([code, label]) => [`projectType:${code}`, label.zh] as const),
  ...Object.entries(MILESTONE_LABELS).map(([code, label]) => [`milestone:${code}`, label.zh] as const),
]);

export const seedCodeNamer: CodeNamer = (fact, code) => SEED_NAMES.get(`${fact}:${code}`);

const UNITS: Partial<Record<PolicyFact, string>> = {
  plannedFixedAssetInvestment: ' 万元',
  actualFixedAssetInvestment: ' 万元',
  landArea: ' 亩',
  spaceArea: ' 平方米',
};

const OP_TEXT: Readonly<Record<string, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', '!=': '不是' };

/**
 * A condition as one readable zh-CN line: 「全部满足：A；B」, nested groups in brackets. The
 * 政策库 page and its Excel export both word a rule this way.
 */
export function describePolicyCondition(condition: PolicyCondition, namer: CodeNamer = seedCodeNamer): string {
  const nested = (c: PolicyCondition): string =>
    'all' in c || 'any' in c ? `（${describePolicyCondition(c, namer)}）` : describePolicyCondition(c, namer);
  if ('all' in condition) return `全部满足：${condition.all.map(nested).join('；')}`;
  if ('any' in condition) return `任一满足：${condition.any.map(nested).join('；')}`;
  return describePolicyLeaf(condition, namer);
}

/** A readable zh-CN sentence for one leaf, used for shortfalls and by the editor's preview. */
export function describePolicyLeaf(leaf: PolicyLeaf, namer: CodeNamer = seedCodeNamer): string {
  const name = (code: string) => namer(leaf.fact, code) ?? seedCodeNamer(leaf.fact, code) ?? code;
  const label = localize(POLICY_FACT_LABELS[leaf.fact]).replace(/（.*）$/, '');
  switch (leaf.op) {
    case 'reached': {
      const range =
        leaf.from && leaf.to ? `（${leaf.from} 至 ${leaf.to}）` : leaf.from ? `（${leaf.from} 起）` : leaf.to ? `（${leaf.to} 前）` : '';
      return `“${name(leaf.value)}”节点完成${range}`;
    }
    case 'has':
      return `${label}含“${name(leaf.value)}”`;
    case 'hasAny':
      return `${label}含${leaf.value.map((v) => `“${name(v)}”`).join('或')}`;
    case 'in':
      return `${label}为${leaf.value.map((v) => `“${name(v)}”`).join('或')}`;
    case '=':
    case '!=':
      if (POLICY_FACTS[leaf.fact] === 'code') return `${label}${leaf.op === '=' ? '为' : '不是'}“${name(leaf.value)}”`;
      return `${label} ${OP_TEXT[leaf.op]} ${leaf.value}${UNITS[leaf.fact] ?? ''}`;
    default:
      return `${label} ${OP_TEXT[leaf.op]} ${leaf.value}${UNITS[leaf.fact] ?? ''}`;
  }
}

type LeafState = 'met' | 'unmet' | 'unknown';

function compare(op: string, actual: string, expected: string): boolean {
  const c = compareDecimals(actual, expected);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    default:
      return c === 0;
  }
}

function leafState(leaf: PolicyLeaf, facts: PolicyFacts): LeafState {
  switch (leaf.fact) {
    case 'milestone': {
      const date = facts.milestones[leaf.value] ?? null;
      if (!date) return 'unknown';
      if (leaf.op !== 'reached') return 'unmet';
      if ((leaf.from && date < leaf.from) || (leaf.to && date > leaf.to)) return 'unmet';
      return 'met';
    }
    case 'tags': {
      // No tags is a fact too (nothing certified yet), not an unknown.
      const wanted = leaf.op === 'has' ? [leaf.value] : leaf.value;
      return wanted.some((t) => facts.tags.includes(t)) ? 'met' : 'unmet';
    }
    case 'plannedFixedAssetInvestment':
    case 'actualFixedAssetInvestment':
    case 'landArea':
    case 'spaceArea': {
      const actual = facts[leaf.fact];
      if (actual === null) return 'unknown';
      return compare(leaf.op, actual, leaf.value as string) ? 'met' : 'unmet';
    }
    default: {
      const actual = facts[leaf.fact];
      if (actual === null) return 'unknown';
      if (leaf.op === 'in') return (leaf.value as readonly string[]).includes(actual) ? 'met' : 'unmet';
      const equal = actual === leaf.value;
      return (leaf.op === '=') === equal ? 'met' : 'unmet';
    }
  }
}

function currentOf(leaf: PolicyLeaf, facts: PolicyFacts): string {
  const kind = POLICY_FACTS[leaf.fact];
  if (kind !== 'decimal') return '';
  const actual = facts[leaf.fact as 'landArea'];
  return actual === null ? '（未填写）' : `（当前 ${actual}）`;
}

function shortfalls(c: PolicyCondition, facts: PolicyFacts, path: string, namer: CodeNamer): PolicyShortfall[] {
  if ('all' in c) {
    return c.all.flatMap((child, i) => shortfalls(child, facts, `${path}.all[${i}]`, namer));
  }
  if ('any' in c) {
    let best: PolicyShortfall[] | null = null;
    for (const [i, child] of c.any.entries()) {
      const missing = shortfalls(child, facts, `${path}.any[${i}]`, namer);
      if (missing.length === 0) return [];
      if (!best || missing.length < best.length) best = missing;
    }
    return best ?? [];
  }
  const state = leafState(c, facts);
  if (state === 'met') return [];
  return [
    {
      path,
      fact: c.fact,
      unknown: state === 'unknown',
      description: `${describePolicyLeaf(c, namer)}${currentOf(c, facts)}`,
    },
  ];
}

/** The amount an item is worth for these facts, in 万元, or null when its base is not recorded. */
export function policyAmount(amount: PolicyAmount, facts: PolicyFacts): string | null {
  if ('fixed' in amount) return addDecimals(amount.fixed);
  const base = facts[amount.of];
  if (base === null) return null;
  // Rounded to the yuan (4 places of 万元), the precision every amount column keeps.
  const raw = divideDecimals(multiplyDecimals(amount.rate, base), '1', 4) ?? '0';
  return amount.cap !== undefined && compareDecimals(raw, amount.cap) > 0 ? addDecimals(amount.cap) : raw;
}

/** Whether the facts meet the condition, what the item is worth, and what is missing if not. */
export function evaluatePolicyItem(
  condition: PolicyCondition,
  amount: PolicyAmount,
  facts: PolicyFacts,
  namer: CodeNamer = seedCodeNamer,
): PolicyEvaluation {
  const missing = shortfalls(condition, facts, 'condition', namer);
  return { qualified: missing.length === 0, amount: policyAmount(amount, facts), missing };
}

/** The leaves of a condition, in order (for the editor's summary). */
export function policyLeaves(c: PolicyCondition): PolicyLeaf[] {
  if ('all' in c) return c.all.flatMap(policyLeaves);
  if ('any' in c) return c.any.flatMap(policyLeaves);
  return [c];
}
