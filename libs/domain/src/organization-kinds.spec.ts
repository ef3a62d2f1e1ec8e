import { ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS, isOrganizationKind } from './organization-kinds';

describe('organization kinds', () => {
  it.each([
    ['CHAIN_MASTER', '链主企业'],
    ['PARK_OPERATOR', '园区运营主体'],
    ['PLATFORM', '专业招商平台'],
    ['FUND_MANAGER', '基金管理人'],
    ['ASSOCIATION', '行业协会/产业联盟'],
    ['LOCAL_ENTERPRISE', '在奉企业'],
  ] as const)('%s is labelled %s', (kind, zh) => {
    expect(ORGANIZATION_KINDS).toContain(kind);
    expect(ORGANIZATION_KIND_LABELS[kind].zh).toBe(zh);
    expect(ORGANIZATION_KIND_LABELS[kind].en).not.toBe('');
  });

  it('has a label for exactly the listed kinds', () => {
    expect(Object.keys(ORGANIZATION_KIND_LABELS).sort()).toEqual([...ORGANIZATION_KINDS].sort());
  });

  it.each([
    ['FUND_MANAGER', true],
    ['fund_manager', false],
    ['OFFICER', false],
    [null, false],
  ])('isOrganizationKind(%j) → %s', (value, expected) => {
    expect(isOrganizationKind(value)).toBe(expected);
  });
});
