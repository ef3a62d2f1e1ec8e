import { amountParts, conditionText, parseAmount, parseCondition } from './rule-text';

describe('rule editor text', () => {
  it('names the wrong part of a condition, as the API does', () => {
    expect(parseCondition('{"all":[{"fact":"landArea","op":"reached","value":"5"}]}')).toMatchObject({
      ok: false,
      path: 'condition.all[0].op',
    });
    expect(parseCondition('{"all": [')).toMatchObject({ ok: false, path: null });
    expect(parseCondition(' ')).toMatchObject({ ok: false, path: 'condition' });
  });

  it('reads an empty amount as no rule and a bad one by its part', () => {
    expect(parseAmount('')).toEqual({ ok: true, value: null });
    expect(parseAmount('{"rate":"2","of":"plannedFixedAssetInvestment"}')).toMatchObject({ ok: false, path: 'amount.rate' });
  });

  it('summarises a rule in Chinese', () => {
    const parsed = parseCondition(
      '{"all":[{"fact":"plannedFixedAssetInvestment","op":">=","value":"5000"},{"any":[{"fact":"milestone","op":"reached","value":"CONSTRUCTION_STARTED"},{"fact":"tags","op":"has","value":"HIGH_TECH"}]}]}',
    );
    expect(parsed.ok && parsed.value && conditionText(parsed.value)).toBe(
      '全部满足：计划固定资产投资 ≥ 5000 万元；（任一满足：“开工”节点完成；企业标签含“高新技术企业”）',
    );
    expect(amountParts({ rate: '0.05', of: 'plannedFixedAssetInvestment', cap: '300' }, 'zh-CN')).toEqual({
      kind: 'rate',
      rate: '5',
      base: '计划固定资产投资',
      cap: '300',
    });
  });
});
