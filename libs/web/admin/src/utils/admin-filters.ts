import { ORGANIZATION_KIND_LABELS, ORGANIZATION_KINDS, ROLE_LABELS, ROLES } from '@lianzhao/domain';
import type { OrganizationFilter, UserFilter } from '@lianzhao/web-data';
import { activeField, choices, searchField, type FilterField } from '@lianzhao/web-ui';

export const USER_URL_KEYS = ['q', 'role', 'active'] as const;
export const ORGANIZATION_URL_KEYS = ['q', 'kind', 'active'] as const;

/** 用户管理: text, role, status. */
export const USER_FILTER_FIELDS: readonly FilterField<(typeof USER_URL_KEYS)[number], UserFilter>[] = [
  searchField('users.search', 320),
  {
    kind: 'select',
    key: 'role',
    to: 'role',
    ...choices(ROLES, ROLE_LABELS),
    label: 'users.role',
    allOption: 'users.allRoles',
    style: { width: 180 },
  },
  activeField(140),
];

/** 合作机构: text, kind, status. */
export const ORGANIZATION_FILTER_FIELDS: readonly FilterField<
  (typeof ORGANIZATION_URL_KEYS)[number],
  OrganizationFilter
>[] = [
  searchField('orgs.search', 320),
  {
    kind: 'select',
    key: 'kind',
    to: 'kind',
    ...choices(ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS),
    label: 'orgs.kind',
    allOption: 'orgs.allKinds',
    style: { width: 200 },
  },
  activeField(140),
];
