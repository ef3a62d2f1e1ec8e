import { addDecimals } from '../money';
import { EMPTY_POLICY_FACTS, type PolicyFacts } from './policy-rules';

/**
 * Who a policy item is matched against: a landing project (its own facts plus its enterprise's
 * tags), or an enterprise on its own (the facts it holds without any project).
 */
export const POLICY_SUBJECTS = ['PROJECT', 'ENTERPRISE'] as const;
export type PolicySubject = (typeof POLICY_SUBJECTS)[number];

export const POLICY_SUBJECT_LABELS = {
  PROJECT: { zh: '项目', en: 'Project' },
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
} as const;

/** What an enterprise records of itself; every other fact belongs to a project. */
export interface EnterprisePolicyFacts {
  readonly industry: string | null;
  readonly segment: string | null;
  readonly tags: readonly string[];
}

/**
 * The facts an enterprise is judged by on its own. Project facts (milestones, investment, site,
 * channel, town, park) are not recorded for it, so a leaf over them is unknown and shown as
 * missing: what the company would still need, through a project, to qualify.
 */
export function enterprisePolicyFacts(e: EnterprisePolicyFacts): PolicyFacts {
  return { ...EMPTY_POLICY_FACTS, industry: e.industry, segment: e.segment, tags: [...e.tags] };
}

/** One match as an enterprise's card holds it: its own, or one of its projects'. */
export interface SubjectMatch {
  readonly subject: PolicySubject;
  readonly itemId: string;
  readonly qualified: boolean;
  readonly amount: string | null;
}

/**
 * Whether an enterprise-level match adds to the enterprise's total. A project of the enterprise
 * that qualifies for the same item already carries it (the project's facts include the
 * enterprise's tags, industry and segment), so the enterprise's own match is then shown but not
 * counted a second time.
 */
export function enterpriseMatchCounted(match: SubjectMatch, all: readonly SubjectMatch[]): boolean {
  if (match.subject !== 'ENTERPRISE' || !match.qualified) return match.qualified;
  return !all.some((m) => m.subject === 'PROJECT' && m.qualified && m.itemId === match.itemId);
}

/** The estimated support of an enterprise and its projects in 万元: each qualified match once. */
export function policyEstimateTotal(all: readonly SubjectMatch[]): string {
  const amounts = all.filter((m) => m.amount !== null && enterpriseMatchCounted(m, all)).map((m) => m.amount as string);
  return addDecimals('0', ...amounts);
}
