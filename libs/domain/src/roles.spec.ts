import { ROLES, ROLE_LABELS, isRole } from './roles';

describe('roles', () => {
  it.each([
    ['ADMIN', '系统管理员'],
    ['OFFICER', '投促办招商专员'],
    ['LEADER', '区领导'],
    ['PARTNER', '平台伙伴'],
  ] as const)('%s is labelled %s', (role, zh) => {
    expect(ROLES).toContain(role);
    expect(ROLE_LABELS[role].zh).toBe(zh);
    expect(ROLE_LABELS[role].en).not.toBe('');
  });

  it('has a label for exactly the listed roles', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it.each([
    ['ADMIN', true],
    ['PARTNER', true],
    ['admin', false],
    ['', false],
    [undefined, false],
    [1, false],
  ])('isRole(%j) → %s', (value, expected) => {
    expect(isRole(value)).toBe(expected);
  });
});
