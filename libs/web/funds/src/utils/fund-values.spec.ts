import dayjs from 'dayjs';
import { fundDetail } from '../testing/fixtures';
import {
  COEFFICIENT_LIMIT,
  contributionProblem,
  decimalProblem,
  localAmountProblem,
  MONEY_LIMIT,
  MULTIPLE_LIMIT,
  POSITIVE_MONEY_LIMIT,
  ruleChanged,
  toCreateFundInput,
  toFundFormValues,
  toUpdateFundInput,
} from './fund-values';

describe('fund form checks, as the server makes them', () => {
  it.each<[string, string, typeof MONEY_LIMIT, string | null]>([
    ['基金规模', '1,000,000.5', POSITIVE_MONEY_LIMIT, null],
    ['基金规模', '0', POSITIVE_MONEY_LIMIT, '基金规模须大于 0'],
    ['政府出资', '0', MONEY_LIMIT, null],
    ['政府出资', '12.345', MONEY_LIMIT, '政府出资最多保留两位小数'],
    ['政府出资', '123456789012345', MONEY_LIMIT, '政府出资超出范围'],
    ['政府出资', '-5', MONEY_LIMIT, '政府出资不能为负数'],
    ['政府出资', '12,34', MONEY_LIMIT, '千位分隔符位置不正确，例如 1,234,567.5'],
    ['投资金额', '1.23456', POSITIVE_MONEY_LIMIT, '投资金额最多保留两位小数'],
    ['返投倍数', '0', MULTIPLE_LIMIT, null],
    ['返投倍数', '9999.99', MULTIPLE_LIMIT, null],
    ['返投倍数', '10000', MULTIPLE_LIMIT, '返投倍数超出范围'],
    ['招引落地系数', '0.5', COEFFICIENT_LIMIT, null],
    ['招引落地系数', '100', COEFFICIENT_LIMIT, '招引落地系数超出范围'],
    ['招引落地系数', '0.125', COEFFICIENT_LIMIT, '招引落地系数最多保留两位小数'],
  ])('%s %s', (label, value, limit, problem) => {
    expect(decimalProblem(value, limit, label)).toBe(problem);
  });

  it('allows a contribution of 0, never above the size (compared as decimals)', () => {
    expect(contributionProblem('100000', '0')).toBeNull();
    expect(contributionProblem('100000', '100,000.00')).toBeNull();
    expect(contributionProblem('100000', '100000.01')).toBe('政府出资不能超过基金规模');
    // Left to the field's own check until both read.
    expect(contributionProblem('abc', '5')).toBeNull();
    expect(contributionProblem(undefined, '5')).toBeNull();
  });

  it('keeps the local amount within the investment', () => {
    expect(localAmountProblem('5000', '5000')).toBeNull();
    expect(localAmountProblem('5000', '5000.5')).toBe('本地投资额不能超过投资金额');
  });
});

describe('fund form values', () => {
  it('sends canonical decimals and the date on create', () => {
    const input = toCreateFundInput({
      ...toFundFormValues(fundDetail()),
      name: ' 新基金 ',
      size: '１,000,000',
      governmentContribution: '200,000.50',
      vintageDate: dayjs('2026-05-01'),
      reinvestmentMultiple: '2.0',
    });
    expect(input).toMatchObject({
      name: '新基金',
      size: '1000000',
      governmentContribution: '200000.5',
      vintageDate: '2026-05-01',
      reinvestmentMultiple: '2',
      reinvestmentBasis: 'GOVERNMENT_CONTRIBUTION',
      referredCoefficient: '0.5',
    });
  });

  it('sees a rule change only when a rule figure differs as a decimal', () => {
    const fund = fundDetail();
    const values = toFundFormValues(fund);
    expect(ruleChanged(values, fund)).toBe(false);
    expect(ruleChanged({ ...values, reinvestmentMultiple: '1.50' }, fund)).toBe(false);
    expect(ruleChanged({ ...values, reinvestmentMultiple: '1.2' }, fund)).toBe(true);
    expect(ruleChanged({ ...values, countReferred: false }, fund)).toBe(true);
  });

  it('writes the rule and its note only when allowed and changed', () => {
    const fund = fundDetail();
    const changed = {
      ...toFundFormValues(fund),
      reinvestmentMultiple: '1',
      ruleChangeNote: ' 国办发〔2025〕1号 ',
    };
    expect(toUpdateFundInput(changed, fund, true)).toMatchObject({
      id: 'f1',
      version: 3,
      reinvestmentMultiple: '1',
      ruleChangeNote: '国办发〔2025〕1号',
    });
    expect(toUpdateFundInput(changed, fund, false)).not.toHaveProperty('reinvestmentMultiple');
    expect(toUpdateFundInput(toFundFormValues(fund), fund, true)).not.toHaveProperty('ruleChangeNote');
  });
});
