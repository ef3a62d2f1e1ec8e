import type { LocalizedLabel } from './labels';

/** The kinds of partner organisation that may file referrals (DOMAIN.md, "Who uses it"). */
export const ORGANIZATION_KINDS = [
  'CHAIN_MASTER',
  'PARK_OPERATOR',
  'PLATFORM',
  'FUND_MANAGER',
  'ASSOCIATION',
  'LOCAL_ENTERPRISE',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_KIND_LABELS: Readonly<Record<OrganizationKind, LocalizedLabel>> = {
  CHAIN_MASTER: { zh: '链主企业', en: 'Chain-master enterprise' },
  PARK_OPERATOR: { zh: '园区运营主体', en: 'Park operator' },
  PLATFORM: { zh: '专业招商平台', en: 'Professional recruitment platform' },
  FUND_MANAGER: { zh: '基金管理人', en: 'Fund manager' },
  ASSOCIATION: { zh: '行业协会/产业联盟', en: 'Industry association / alliance' },
  // 以商引商: an enterprise already in the district brings in others.
  LOCAL_ENTERPRISE: { zh: '在奉企业', en: 'Enterprise in Fengxian' },
};

export function isOrganizationKind(value: unknown): value is OrganizationKind {
  return typeof value === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(value);
}
