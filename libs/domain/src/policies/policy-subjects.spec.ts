import {
  enterpriseMatchCounted,
  enterprisePolicyFacts,
  evaluatePolicyItem,
  policyEstimateTotal,
  type PolicyCondition,
  type SubjectMatch,
} from '../index';

describe('enterprisePolicyFacts', () => {
  const facts = enterprisePolicyFacts({ industry: 'NEW_ENERGY', segment: 'HYDROGEN', tags: ['HIGH_TECH'] });

  it.each<[string, PolicyCondition, boolean, string[]]>([
    ['a tag it holds', { fact: 'tags', op: 'has', value: 'HIGH_TECH' }, true, []],
    ['a tag it lacks', { fact: 'tags', op: 'has', value: 'SPECIALIZED' }, false, ['SPECIALIZED']],
    ['its segment', { fact: 'segment', op: '=', value: 'HYDROGEN' }, true, []],
    ['a milestone is a project fact: missing, unknown', { fact: 'milestone', op: 'reached', value: 'CONSTRUCTION_STARTED' }, false, ['unknown']],
    ['investment is a project fact', { fact: 'plannedFixedAssetInvestment', op: '>=', value: '1' }, false, ['unknown']],
    ['town is not recorded for an enterprise', { fact: 'town', op: '=', value: 'NANQIAO' }, false, ['unknown']],
  ])('%s', (_name, condition, qualified, missing) => {
    const result = evaluatePolicyItem(condition, { fixed: '10' }, facts);
    expect(result.qualified).toBe(qualified);
    expect(result.missing.map((m) => (m.unknown ? 'unknown' : 'value' in condition ? String(condition.value) : ''))).toEqual(missing);
  });

  it('keeps the fixed amount, and has no base for a rate of investment', () => {
    expect(evaluatePolicyItem({ fact: 'tags', op: 'has', value: 'HIGH_TECH' }, { rate: '0.1', of: 'plannedFixedAssetInvestment' }, facts).amount).toBeNull();
  });
});

describe('policyEstimateTotal', () => {
  const m = (subject: SubjectMatch['subject'], itemId: string, qualified: boolean, amount: string | null): SubjectMatch => ({
    subject,
    itemId,
    qualified,
    amount,
  });
  it.each<[string, SubjectMatch[], string]>([
    ['nothing', [], '0'],
    ['an enterprise alone', [m('ENTERPRISE', 'a', true, '20')], '20'],
    ['not qualified counts nothing', [m('ENTERPRISE', 'a', false, '20'), m('PROJECT', 'b', false, '5')], '0'],
    ['an item its project also qualifies for counts once', [m('ENTERPRISE', 'a', true, '20'), m('PROJECT', 'a', true, '20')], '20'],
    ['two projects each count', [m('PROJECT', 'b', true, '100.5'), m('PROJECT', 'b', true, '300'), m('ENTERPRISE', 'b', true, '0')], '400.5'],
    ['a project not qualified leaves the enterprise counted', [m('ENTERPRISE', 'a', true, '20'), m('PROJECT', 'a', false, '20')], '20'],
    ['no amount (以核定为准) adds nothing', [m('ENTERPRISE', 'a', true, null), m('PROJECT', 'c', true, '1')], '1'],
  ])('%s', (_name, all, total) => {
    expect(policyEstimateTotal(all)).toBe(total);
  });

  it('marks the enterprise match its project carries', () => {
    const all = [m('ENTERPRISE', 'a', true, '20'), m('PROJECT', 'a', true, '20')];
    expect(all.map((x) => enterpriseMatchCounted(x, all))).toEqual([false, true]);
  });
});
