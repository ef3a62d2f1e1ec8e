import type { LocalizedLabel } from './labels';

/**
 * Cross-cutting tags (DOMAIN.md "Industries"): they describe a company independently of its
 * industry, so one company can carry several. Seed data like the taxonomy: admins edit the rows.
 */
export const TAG_GROUPS = ['FUTURE_INDUSTRY', 'STRATEGIC_EMERGING', 'PROFILE', 'LEAD'] as const;
export type TagGroup = (typeof TAG_GROUPS)[number];

/**
 * 线索标签 describe the pursuit (重点, 链主推荐), not the company, so they are a group of their own
 * in the same reference data: a lead carries only these, an enterprise only the others.
 */
export const LEAD_TAG_GROUPS: readonly TagGroup[] = ['LEAD'];
export const ENTERPRISE_TAG_GROUPS: readonly TagGroup[] = TAG_GROUPS.filter(
  (g) => !LEAD_TAG_GROUPS.includes(g),
);

export const TAG_GROUP_LABELS: Readonly<Record<TagGroup, LocalizedLabel>> = {
  FUTURE_INDUSTRY: { zh: '未来产业', en: 'Future industries' },
  STRATEGIC_EMERGING: { zh: '战略性新兴产业', en: 'Strategic emerging industries' },
  PROFILE: { zh: '企业画像', en: 'Enterprise profile' },
  LEAD: { zh: '线索标签', en: 'Lead tags' },
};

export interface TagSeed {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly group: TagGroup;
}

export const TAGS: readonly TagSeed[] = [
  { code: 'FUTURE_HEALTH', name: '未来健康', nameEn: 'Future health', group: 'FUTURE_INDUSTRY' },
  { code: 'FUTURE_ENERGY', name: '未来能源', nameEn: 'Future energy', group: 'FUTURE_INDUSTRY' },
  { code: 'FUTURE_MATERIALS', name: '未来材料', nameEn: 'Future materials', group: 'FUTURE_INDUSTRY' },
  { code: 'FUTURE_INTELLIGENCE', name: '未来智能', nameEn: 'Future intelligence', group: 'FUTURE_INDUSTRY' },

  // A single tag: the 50% target is a share of companies carrying it.
  {
    code: 'STRATEGIC_EMERGING',
    name: '战略性新兴产业',
    nameEn: 'Strategic emerging industry',
    group: 'STRATEGIC_EMERGING',
  },

  { code: 'CHAIN_MASTER', name: '链主型', nameEn: 'Chain master', group: 'PROFILE' },
  { code: 'HEADQUARTERS', name: '总部型', nameEn: 'Headquarters', group: 'PROFILE' },
  { code: 'INNOVATIVE', name: '创新型', nameEn: 'Innovative', group: 'PROFILE' },
  { code: 'PRODUCER_SERVICES', name: '生产性服务业', nameEn: 'Producer services', group: 'PROFILE' },
  {
    code: 'SPECIALIZED_SME',
    name: '专精特新',
    nameEn: 'Specialised and sophisticated SME',
    group: 'PROFILE',
  },
  { code: 'LITTLE_GIANT', name: '小巨人', nameEn: 'Little giant', group: 'PROFILE' },
  { code: 'SINGLE_CHAMPION', name: '单项冠军', nameEn: 'Single-product champion', group: 'PROFILE' },
  { code: 'UNICORN', name: '独角兽', nameEn: 'Unicorn', group: 'PROFILE' },
  { code: 'HIGH_TECH', name: '高新技术企业', nameEn: 'High-tech enterprise', group: 'PROFILE' },
  { code: 'SCI_TECH_LISTED', name: '科创上市', nameEn: 'Listed sci-tech enterprise', group: 'PROFILE' },
  // 外资 and its two particular forms stay flat so a company can be tagged at either precision.
  { code: 'FOREIGN_INVESTED', name: '外资', nameEn: 'Foreign-invested', group: 'PROFILE' },
  {
    code: 'MNC_REGIONAL_HQ',
    name: '跨国公司地区总部',
    nameEn: 'Regional headquarters of a multinational',
    group: 'PROFILE',
  },
  {
    code: 'FOREIGN_RD_CENTER',
    name: '外资研发中心',
    nameEn: 'Foreign-invested R&D centre',
    group: 'PROFILE',
  },
];

/** The lead tags the migration LeadTags seeds; admins add, rename and retire them like any tag. */
export const LEAD_TAGS: readonly TagSeed[] = [
  { code: 'LEAD_KEY', name: '重点', nameEn: 'Key', group: 'LEAD' },
  {
    code: 'LEAD_CHAIN_MASTER_REFERRED',
    name: '链主推荐',
    nameEn: 'Referred by a chain master',
    group: 'LEAD',
  },
  { code: 'LEAD_FUND_REINVESTMENT', name: '基金返投', nameEn: 'Fund reinvestment', group: 'LEAD' },
];

/** The most tags one lead carries: a longer list stops telling leads apart. */
export const MAX_LEAD_TAGS = 10;
