import {
  describePolicyLeaf,
  EMPTY_POLICY_FACTS,
  evaluatePolicyItem,
  policyAmount,
  validatePolicyAmount,
  validatePolicyCondition,
  type PolicyAmount,
  type PolicyCondition,
  type PolicyFacts,
} from '../index';

const FIXED_ASSETS_AT_START: PolicyCondition = {
  all: [
    { fact: 'plannedFixedAssetInvestment', op: '>=', value: '5000' },
    { fact: 'milestone', op: 'reached', value: 'CONSTRUCTION_STARTED' },
  ],
};

function facts(over: Partial<PolicyFacts>): PolicyFacts {
  return { ...EMPTY_POLICY_FACTS, ...over };
}

describe('policyAmount', () => {
  const facts5000 = facts({ plannedFixedAssetInvestment: '5000', actualFixedAssetInvestment: '1234.5678' });
  it.each<[string, PolicyAmount, PolicyFacts, string | null]>([
    ['a rate of the planned investment', { rate: '0.05', of: 'plannedFixedAssetInvestment' }, facts5000, '250'],
    ['a rate under its cap', { rate: '0.05', of: 'plannedFixedAssetInvestment', cap: '300' }, facts5000, '250'],
    ['a rate over its cap is the cap', { rate: '0.1', of: 'plannedFixedAssetInvestment', cap: '300' }, facts5000, '300'],
    ['exactly at the cap', { rate: '0.06', of: 'plannedFixedAssetInvestment', cap: '300' }, facts5000, '300'],
    ['rounded to the yuan, half up', { rate: '0.1', of: 'actualFixedAssetInvestment' }, facts5000, '123.4568'],
    ['no float error', { rate: '0.1', of: 'plannedFixedAssetInvestment' }, facts({ plannedFixedAssetInvestment: '0.3' }), '0.03'],
    ['a base not recorded', { rate: '0.1', of: 'actualFixedAssetInvestment' }, facts({}), null],
    ['a fixed sum', { fixed: '50.0' }, facts({}), '50'],
  ])('%s', (_name, amount, f, expected) => {
    expect(policyAmount(amount, f)).toBe(expected);
  });
});

describe('evaluatePolicyItem', () => {
  const amount: PolicyAmount = { rate: '0.05', of: 'plannedFixedAssetInvestment', cap: '300' };

  it('qualifies when every part of an all is met', () => {
    const r = evaluatePolicyItem(
      FIXED_ASSETS_AT_START,
      amount,
      facts({ plannedFixedAssetInvestment: '8000', milestones: { CONSTRUCTION_STARTED: '2026-11-01' } }),
    );
    expect(r).toEqual({ qualified: true, amount: '300', missing: [] });
  });

  it('names the milestone still missing, with the estimated amount', () => {
    const r = evaluatePolicyItem(FIXED_ASSETS_AT_START, amount, facts({ plannedFixedAssetInvestment: '5000' }));
    expect(r.qualified).toBe(false);
    expect(r.amount).toBe('250');
    expect(r.missing).toEqual([
      { path: 'condition.all[1]', fact: 'milestone', unknown: true, description: '“开工”节点完成' },
    ]);
  });

  it('lists an unrecorded and an insufficient fact apart', () => {
    const r = evaluatePolicyItem(FIXED_ASSETS_AT_START, amount, facts({}));
    expect(r.missing.map((m) => [m.path, m.unknown])).toEqual([
      ['condition.all[0]', true],
      ['condition.all[1]', true],
    ]);
    expect(r.missing[0].description).toBe('计划固定资产投资 ≥ 5000 万元（未填写）');
    const low = evaluatePolicyItem(FIXED_ASSETS_AT_START, amount, facts({ plannedFixedAssetInvestment: '4999.9999' }));
    expect(low.missing[0]).toMatchObject({ unknown: false, description: '计划固定资产投资 ≥ 5000 万元（当前 4999.9999）' });
  });

  it('an any qualifies on one branch and otherwise shows its nearest branch', () => {
    const rule: PolicyCondition = {
      any: [
        { all: [{ fact: 'tags', op: 'has', value: 'SPECIALIZED_SME' }, { fact: 'industry', op: '=', value: 'GREEN_ENERGY' }] },
        { fact: 'landArea', op: '>=', value: '50' },
      ],
    };
    const fixed: PolicyAmount = { fixed: '50' };
    expect(evaluatePolicyItem(rule, fixed, facts({ landArea: '60' })).qualified).toBe(true);
    expect(evaluatePolicyItem(rule, fixed, facts({ tags: ['SPECIALIZED_SME'], industry: 'GREEN_ENERGY' })).qualified).toBe(true);
    const near = evaluatePolicyItem(rule, fixed, facts({ tags: ['SPECIALIZED_SME'], industry: 'NEW_MATERIALS', landArea: '10' }));
    expect(near.qualified).toBe(false);
    // Both branches miss one part; the first is shown.
    expect(near.missing.map((m) => m.path)).toEqual(['condition.any[0].all[1]']);
  });

  it('checks codes, lists, tags and milestone dates', () => {
    const rule: PolicyCondition = {
      all: [
        { fact: 'channel', op: 'in', value: ['CHAIN', 'FUND'] },
        { fact: 'projectType', op: '!=', value: 'LIGHT' },
        { fact: 'tags', op: 'hasAny', value: ['HIGH_TECH', 'SPECIALIZED_SME'] },
        { fact: 'milestone', op: 'reached', value: 'SIGNED', from: '2024-09-27', to: '2027-09-26' },
      ],
    };
    const ok = facts({ channel: 'FUND', projectType: 'HEAVY', tags: ['HIGH_TECH'], milestones: { SIGNED: '2025-01-02' } });
    expect(evaluatePolicyItem(rule, { fixed: '1' }, ok).qualified).toBe(true);
    const early = evaluatePolicyItem(rule, { fixed: '1' }, { ...ok, milestones: { SIGNED: '2024-09-26' } });
    expect(early.missing).toEqual([
      expect.objectContaining({ path: 'condition.all[3]', unknown: false, description: '“签约”节点完成（2024-09-27 至 2027-09-26）' }),
    ]);
    const other = evaluatePolicyItem(rule, { fixed: '1' }, { ...ok, channel: 'SELF', tags: [] });
    expect(other.missing.map((m) => m.fact)).toEqual(['channel', 'tags']);
  });

  it('describes leaves with names, not codes', () => {
    expect(describePolicyLeaf({ fact: 'industry', op: '=', value: 'GREEN_ENERGY' })).toBe('主导产业为“绿色新能源”');
    expect(describePolicyLeaf({ fact: 'spaceArea', op: '>', value: '0' })).toBe('空间 > 0 平方米');
  });
});

describe('validatePolicyCondition', () => {
  it('accepts the documented shape and returns it typed', () => {
    expect(validatePolicyCondition(FIXED_ASSETS_AT_START)).toEqual({ ok: true, value: FIXED_ASSETS_AT_START });
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'x', 'condition'],
    ['an empty all', { all: [] }, 'condition.all'],
    ['an unknown fact', { all: [{ fact: 'mood', op: '=', value: 'x' }] }, 'condition.all[0].fact'],
    ['an operator of another kind', { any: [{ fact: 'industry', op: '>=', value: 'x' }] }, 'condition.any[0].op'],
    ['a number where a decimal string goes', { all: [{ fact: 'landArea', op: '>=', value: 5 }] }, 'condition.all[0].value'],
    ['a float-looking amount', { fact: 'plannedFixedAssetInvestment', op: '>', value: '1e3' }, 'condition.value'],
    ['an unknown milestone', { all: [{ all: [{ fact: 'milestone', op: 'reached', value: 'DONE' }] }] }, 'condition.all[0].all[0].value'],
    ['a bad date', { fact: 'milestone', op: 'reached', value: 'SIGNED', from: '2024/01/01' }, 'condition.from'],
    ['a reversed range', { fact: 'milestone', op: 'reached', value: 'SIGNED', from: '2025-01-01', to: '2024-01-01' }, 'condition.to'],
    ['an unknown channel', { fact: 'channel', op: 'in', value: ['SELF', 'MAGIC'] }, 'condition.value[1]'],
    ['an extra key', { fact: 'industry', op: '=', value: 'X', code: 'js' }, 'condition.code'],
    ['a date range on a non-milestone', { fact: 'industry', op: '=', value: 'X', from: '2024-01-01' }, 'condition.from'],
  ])('refuses %s at its path', (_name, input, path) => {
    const r = validatePolicyCondition(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.path).toBe(path);
      expect(r.message).not.toBe('');
    }
  });

  it('refuses rules too deep or too large', () => {
    let deep: unknown = { fact: 'industry', op: '=', value: 'X' };
    for (let i = 0; i < 7; i++) deep = { all: [deep] };
    expect(validatePolicyCondition(deep).ok).toBe(false);
    const wide = { any: Array.from({ length: 41 }, () => ({ fact: 'industry', op: '=', value: 'X' })) };
    expect(validatePolicyCondition(wide)).toMatchObject({ ok: false, path: 'condition.any[40]' });
  });
});

describe('validatePolicyAmount', () => {
  it.each<[unknown, PolicyAmount]>([
    [{ rate: '0.05', of: 'plannedFixedAssetInvestment', cap: '300' }, { rate: '0.05', of: 'plannedFixedAssetInvestment', cap: '300' }],
    [{ rate: '1', of: 'actualFixedAssetInvestment' }, { rate: '1', of: 'actualFixedAssetInvestment' }],
    [{ fixed: '50' }, { fixed: '50' }],
  ])('accepts %j', (input, expected) => {
    expect(validatePolicyAmount(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[unknown, string]>([
    [null, 'amount'],
    [{ rate: '1.5', of: 'plannedFixedAssetInvestment' }, 'amount.rate'],
    [{ rate: '0', of: 'plannedFixedAssetInvestment' }, 'amount.rate'],
    [{ rate: 0.05, of: 'plannedFixedAssetInvestment' }, 'amount.rate'],
    [{ rate: '0.05', of: 'landArea' }, 'amount.of'],
    [{ rate: '0.05', of: 'plannedFixedAssetInvestment', cap: '-1' }, 'amount.cap'],
    [{ fixed: '50', rate: '0.1' }, 'amount.rate'],
    [{ fixed: 'fifty' }, 'amount.fixed'],
  ])('refuses %j at %s', (input, path) => {
    expect(validatePolicyAmount(input)).toMatchObject({ ok: false, path });
  });
});
