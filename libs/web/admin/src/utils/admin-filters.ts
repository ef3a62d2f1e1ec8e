import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ROLE_LABELS,
  ROLES,
  SIGN_IN_RESULT_LABELS,
  SIGN_IN_RESULTS,
} from '@lianzhao/domain';
import type { OrganizationFilter, SignInEventFilter, UserFilter } from '@lianzhao/web-data';
import { activeField, choices, dateRangeField, searchField, type FilterField } from '@lianzhao/web-ui';

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

export const SIGN_IN_URL_KEYS = ['user', 'address', 'result', 'from', 'to'] as const;

/** 登录记录: username, address, result, days. */
export const SIGN_IN_FILTER_FIELDS: readonly FilterField<(typeof SIGN_IN_URL_KEYS)[number], SignInEventFilter>[] = [
  { kind: 'text', key: 'user', to: 'username', label: 'signIns.username', placeholder: 'signIns.username', maxLength: 64, style: { width: 200 } },
  { kind: 'text', key: 'address', to: 'address', label: 'signIns.address', placeholder: 'signIns.address', maxLength: 64, style: { width: 180 } },
  {
    kind: 'select',
    key: 'result',
    to: 'results',
    multiple: true,
    ...choices(SIGN_IN_RESULTS, SIGN_IN_RESULT_LABELS),
    label: 'signIns.result',
    placeholder: 'signIns.allResults',
    style: { width: 260 },
  },
  dateRangeField(['from', 'to'], ['from', 'to'], 'signIns.date', ['signIns.from', 'signIns.to']),
];
