import type { LocalizedLabel } from './labels';

export const ROLES = ['ADMIN', 'OFFICER', 'LEADER', 'PARTNER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, LocalizedLabel>> = {
  ADMIN: { zh: '系统管理员', en: 'Administrator' },
  OFFICER: { zh: '投促办招商专员', en: 'Investment promotion officer' },
  LEADER: { zh: '区领导', en: 'District leader' },
  PARTNER: { zh: '平台伙伴', en: 'Partner' },
};

/** Roles arrive as plain strings from tokens and database rows; this narrows them safely. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
