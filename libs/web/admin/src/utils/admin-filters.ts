import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ROLE_LABELS,
  ROLES,
  type OrganizationKind,
  type Role,
} from '@lianzhao/domain';
import type { OrganizationFilter, UserFilter } from '@lianzhao/web-data';
import type { FilterField, MessageKey } from '@lianzhao/web-ui';

export const USER_URL_KEYS = ['q', 'role', 'active'] as const;
export const ORGANIZATION_URL_KEYS = ['q', 'kind', 'active'] as const;

type AdminFilter = UserFilter | OrganizationFilter;

function search<F extends AdminFilter>(placeholder: MessageKey): FilterField<'q', F> {
  return {
    kind: 'text',
    key: 'q',
    to: 'search',
    label: 'common.search',
    placeholder,
    enterButton: true,
    maxLength: 50,
    style: { width: 320 },
  };
}

function active<F extends AdminFilter>(): FilterField<'active', F> {
  return {
    kind: 'boolean',
    key: 'active',
    to: 'active',
    label: 'common.status',
    allOption: 'common.allStatus',
    trueOption: 'common.active',
    falseOption: 'common.inactive',
    style: { width: 140 },
  };
}

/** 用户管理: text, role, status. */
export const USER_FILTER_FIELDS: readonly FilterField<(typeof USER_URL_KEYS)[number], UserFilter>[] = [
  search('users.search'),
  {
    kind: 'select',
    key: 'role',
    to: 'role',
    values: ROLES,
    optionLabel: (r) => ROLE_LABELS[r as Role],
    label: 'users.role',
    allOption: 'users.allRoles',
    style: { width: 180 },
  },
  active(),
];

/** 合作机构: text, kind, status. */
export const ORGANIZATION_FILTER_FIELDS: readonly FilterField<
  (typeof ORGANIZATION_URL_KEYS)[number],
  OrganizationFilter
>[] = [
  search('orgs.search'),
  {
    kind: 'select',
    key: 'kind',
    to: 'kind',
    values: ORGANIZATION_KINDS,
    optionLabel: (k) => ORGANIZATION_KIND_LABELS[k as OrganizationKind],
    label: 'orgs.kind',
    allOption: 'orgs.allKinds',
    style: { width: 200 },
  },
  active(),
];
