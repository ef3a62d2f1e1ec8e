import { areaProblem } from './area';

describe('areaProblem', () => {
  it.each([
    ['30', null],
    ['12.25', null],
    ['9999999999.99', null],
    ['12.255', '最多保留 2 位小数'],
    ['12345678901', '数值过大：整数部分最多 10 位'],
  ])('%s → %s', (value, problem) => {
    expect(areaProblem(value)).toBe(problem);
  });
});
