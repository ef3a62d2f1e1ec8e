import { ROLES, type Role } from '@lianzhao/domain';
import { zhCN } from '../i18n/messages';
import { canOpen, menuForRole, menuPages, rolesForPath, type MenuEntry } from './menu-for-role';

function describeMenu(entries: readonly MenuEntry[]): string[] {
  return entries.map((e) =>
    e.children
      ? `${zhCN[e.label]}(${describeMenu(e.children).join(',')})`
      : `${zhCN[e.label]} ${e.path}${e.readOnly ? ' 只读' : ''}`,
  );
}

describe('menuForRole', () => {
  it.each<[Role, string[]]>([
    [
      'OFFICER',
      [
        '线索管道 /leads',
        '企业库 /enterprises',
        '报备审核 /referrals',
        '基金 /funds',
        '项目落地 /projects',
        '产业链图谱 /chain',
        '免申即享 /policy-qualified',
        '驾驶舱 /dashboard',
      ],
    ],
    [
      'LEADER',
      [
        '驾驶舱 /dashboard',
        '产业链总览 /chain-overview',
        '线索管道 /leads 只读',
        '企业库 /enterprises 只读',
        '基金 /funds 只读',
        '项目落地 /projects 只读',
        '产业链图谱 /chain 只读',
      ],
    ],
    ['PARTNER', ['我的报备 /my-referrals']],
    [
      'ADMIN',
      [
        '线索管道 /leads',
        '企业库 /enterprises',
        '报备审核 /referrals',
        '基金 /funds',
        '项目落地 /projects',
        '产业链图谱 /chain',
        '免申即享 /policy-qualified',
        '驾驶舱 /dashboard',
        '系统设置(用户管理 /settings/users,合作机构 /settings/organizations,基础数据 /settings/reference,政策库 /settings/policies,报备规则 /settings/referral-rules,登录记录 /settings/sign-ins)',
      ],
    ],
  ])('%s', (role, expected) => {
    expect(describeMenu(menuForRole(role))).toEqual(expected);
  });

  it('gives a fund manager’s partner user 我的基金 beside 我的报备, and no other partner', () => {
    expect(describeMenu(menuForRole('PARTNER', 'FUND_MANAGER'))).toEqual([
      '我的报备 /my-referrals',
      '我的基金 /my-funds',
    ]);
    expect(describeMenu(menuForRole('PARTNER', 'CHAIN_MASTER'))).toEqual([
      '我的报备 /my-referrals',
      '供应链 /supply-chain',
    ]);
    expect(canOpen('PARTNER', '/supply-chain', 'PLATFORM')).toBe(false);
    expect(canOpen('PARTNER', '/my-funds/f1', 'FUND_MANAGER')).toBe(true);
    expect(canOpen('PARTNER', '/my-funds', 'PLATFORM')).toBe(false);
    // The route lets partners in; the API shows each only its own organisation's funds.
    expect(rolesForPath('/my-funds', ROLES)).toEqual(['PARTNER']);
  });

  it('flattens groups into pages', () => {
    expect(menuPages('ADMIN').map((p) => p.path)).toEqual([
      '/leads',
      '/enterprises',
      '/referrals',
      '/funds',
      '/projects',
      '/chain',
      '/policy-qualified',
      '/dashboard',
      '/settings/users',
      '/settings/organizations',
      '/settings/reference',
      '/settings/policies',
      '/settings/referral-rules',
      '/settings/sign-ins',
    ]);
  });
});

describe('rolesForPath', () => {
  it.each<[string, Role[]]>([
    ['/leads', ['ADMIN', 'OFFICER', 'LEADER']],
    ['/referrals', ['ADMIN', 'OFFICER']],
    ['/dashboard', ['ADMIN', 'OFFICER', 'LEADER']],
    ['/my-referrals', ['PARTNER']],
    ['/settings', ['ADMIN']],
    ['/settings/users', ['ADMIN']],
    ['/nowhere', []],
  ])('%s', (path, expected) => {
    expect(rolesForPath(path, ROLES)).toEqual(expected);
  });
});

describe('canOpen', () => {
  it.each<[Role, string, boolean]>([
    ['PARTNER', '/', true],
    ['PARTNER', '/my-referrals', true],
    ['PARTNER', '/leads', false],
    ['OFFICER', '/leads/42', true],
    ['OFFICER', '/settings/users', false],
    ['ADMIN', '/settings/users', true],
    ['ADMIN', '/settings', false],
    ['LEADER', '/referrals', false],
    ['LEADER', '/nowhere', false],
  ])('%s may open %s: %s', (role, path, expected) => {
    expect(canOpen(role, path)).toBe(expected);
  });
});
