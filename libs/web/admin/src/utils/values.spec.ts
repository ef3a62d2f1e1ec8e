import { optional, optionalText, parseActive } from './values';

describe('parseActive', () => {
  it.each([
    ['true', true],
    ['false', false],
    [undefined, undefined],
    ['yes', undefined],
  ])('%s → %s', (input, expected) => expect(parseActive(input)).toBe(expected));
});

describe('optionalText', () => {
  it.each([
    ['  张三 ', '张三'],
    ['   ', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%p → %p', (input, expected) => expect(optionalText(input)).toBe(expected));
});

describe('optional', () => {
  const digits = optional((v) => /^\d+$/.test(v), '只能是数字');
  it.each([[''], ['  '], [null], [undefined], ['123']])('accepts %p', async (value) => {
    await expect(digits(null, value)).resolves.toBeUndefined();
  });
  it('rejects an invalid value with the message', async () => {
    await expect(digits(null, 'abc')).rejects.toThrow('只能是数字');
  });
});
