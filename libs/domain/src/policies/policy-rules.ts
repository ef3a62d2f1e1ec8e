import type { LocalizedLabel } from '../labels';

/**
 * The rule language of policy support items (政策条款), 沪奉府发〔2024〕20号 section 二(二)/(三).
 *
 * A condition is JSON an admin writes and the database stores: `{ all: [...] }`, `{ any: [...] }`
 * (nested) or a leaf `{ fact, op, value }` over facts the office already records. It is data, read
 * by the evaluator in this folder; nothing in it is ever run as code.
 *
 * An amount is `{ rate, of, cap? }` (a share of a money fact, capped) or `{ fixed }`, in 万元 as
 * decimal strings, like every other amount here.
 */

/** 条款类别: the three of section 二(二) share the support-item codes of projects. */
export const POLICY_ITEM_KINDS = [
  'PRELIMINARY_COSTS',
  'SPACE_COSTS',
  'FIXED_ASSET_INVESTMENT',
  'TALENT',
  'RESEARCH',
  'OTHER',
] as const;
export type PolicyItemKind = (typeof POLICY_ITEM_KINDS)[number];

export const POLICY_ITEM_KIND_LABELS: Readonly<Record<PolicyItemKind, LocalizedLabel>> = {
  PRELIMINARY_COSTS: { zh: '前期费用', en: 'Preliminary costs' },
  SPACE_COSTS: { zh: '租购空间费用', en: 'Space rent or purchase' },
  FIXED_ASSET_INVESTMENT: { zh: '固定资产投资', en: 'Fixed-asset investment' },
  TALENT: { zh: '人才', en: 'Talent' },
  RESEARCH: { zh: '研发', en: 'Research and development' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** What a fact holds decides which operators a leaf over it may use. */
export type FactKind = 'code' | 'codes' | 'decimal' | 'milestone';

export const POLICY_FACTS = {
  industry: 'code',
  segment: 'code',
  channel: 'code',
  projectType: 'code',
  town: 'code',
  park: 'code',
  tags: 'codes',
  plannedFixedAssetInvestment: 'decimal',
  actualFixedAssetInvestment: 'decimal',
  landArea: 'decimal',
  spaceArea: 'decimal',
  milestone: 'milestone',
} as const satisfies Record<string, FactKind>;
export type PolicyFact = keyof typeof POLICY_FACTS;
export const POLICY_FACT_NAMES = Object.keys(POLICY_FACTS) as PolicyFact[];

export const POLICY_FACT_LABELS: Readonly<Record<PolicyFact, LocalizedLabel>> = {
  industry: { zh: '主导产业', en: 'Industry' },
  segment: { zh: '细分赛道', en: 'Segment' },
  channel: { zh: '招商渠道', en: 'Channel' },
  projectType: { zh: '项目类型', en: 'Project type' },
  town: { zh: '镇/街道', en: 'Town' },
  park: { zh: '园区', en: 'Park' },
  tags: { zh: '企业标签', en: 'Enterprise tags' },
  plannedFixedAssetInvestment: { zh: '计划固定资产投资', en: 'Planned fixed-asset investment' },
  actualFixedAssetInvestment: { zh: '实际固定资产投资', en: 'Actual fixed-asset investment' },
  landArea: { zh: '用地（亩）', en: 'Land (mu)' },
  spaceArea: { zh: '空间（平方米）', en: 'Space (m²)' },
  milestone: { zh: '节点', en: 'Milestone' },
};

export const OPERATORS_BY_KIND = {
  code: ['=', '!=', 'in'],
  codes: ['has', 'hasAny'],
  decimal: ['>=', '>', '<=', '<', '='],
  milestone: ['reached'],
} as const satisfies Record<FactKind, readonly string[]>;

export type CodeOp = (typeof OPERATORS_BY_KIND.code)[number];
export type CodesOp = (typeof OPERATORS_BY_KIND.codes)[number];
export type DecimalOp = (typeof OPERATORS_BY_KIND.decimal)[number];

type CodeFact = { [F in PolicyFact]: (typeof POLICY_FACTS)[F] extends 'code' ? F : never }[PolicyFact];
type DecimalFact = { [F in PolicyFact]: (typeof POLICY_FACTS)[F] extends 'decimal' ? F : never }[PolicyFact];

/** The money facts an amount's rate may be taken of. */
export const AMOUNT_BASES = ['plannedFixedAssetInvestment', 'actualFixedAssetInvestment'] as const;
export type AmountBase = (typeof AMOUNT_BASES)[number];

export type CodeLeaf =
  | { readonly fact: CodeFact; readonly op: '=' | '!='; readonly value: string }
  | { readonly fact: CodeFact; readonly op: 'in'; readonly value: readonly string[] };
export type TagsLeaf =
  | { readonly fact: 'tags'; readonly op: 'has'; readonly value: string }
  | { readonly fact: 'tags'; readonly op: 'hasAny'; readonly value: readonly string[] };
export interface DecimalLeaf {
  readonly fact: DecimalFact;
  readonly op: DecimalOp;
  /** 万元 for money, 亩 for land, m² for space. */
  readonly value: string;
}
/** A milestone with an actual date, optionally within [from, to] (e.g. the policy's validity). */
export interface MilestoneLeaf {
  readonly fact: 'milestone';
  readonly op: 'reached';
  readonly value: string;
  readonly from?: string;
  readonly to?: string;
}
export type PolicyLeaf = CodeLeaf | TagsLeaf | DecimalLeaf | MilestoneLeaf;

export type PolicyCondition =
  | { readonly all: readonly PolicyCondition[] }
  | { readonly any: readonly PolicyCondition[] }
  | PolicyLeaf;

export type PolicyAmount =
  | { readonly rate: string; readonly of: AmountBase; readonly cap?: string }
  | { readonly fixed: string };

/** The facts a project (with its enterprise) holds; null where not recorded yet. */
export interface PolicyFacts {
  readonly industry: string | null;
  readonly segment: string | null;
  readonly channel: string | null;
  readonly projectType: string | null;
  readonly town: string | null;
  readonly park: string | null;
  readonly tags: readonly string[];
  readonly plannedFixedAssetInvestment: string | null;
  readonly actualFixedAssetInvestment: string | null;
  readonly landArea: string | null;
  readonly spaceArea: string | null;
  /** Milestone code → actual date (YYYY-MM-DD) for those reached. */
  readonly milestones: Readonly<Record<string, string | null>>;
}

export const EMPTY_POLICY_FACTS: PolicyFacts = {
  industry: null,
  segment: null,
  channel: null,
  projectType: null,
  town: null,
  park: null,
  tags: [],
  plannedFixedAssetInvestment: null,
  actualFixedAssetInvestment: null,
  landArea: null,
  spaceArea: null,
  milestones: {},
};

export function isGroup(c: PolicyCondition): c is { all: readonly PolicyCondition[] } | { any: readonly PolicyCondition[] } {
  return 'all' in c || 'any' in c;
}
