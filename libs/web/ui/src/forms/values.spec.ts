import dayjs from 'dayjs';
import { dateString, optionalDecimal, optionalText } from './values';

describe('form values', () => {
  it.each([
    ['  张三 ', '张三'],
    ['   ', null],
    [null, null],
    [undefined, null],
  ])('optionalText(%p) → %p', (input, expected) => expect(optionalText(input)).toBe(expected));

  it.each([
    ['1,234.50', '1234.5'],
    ['１２３', '123'],
    ['0.1', '0.1'],
    ['', null],
    [undefined, null],
    ['abc', 'abc'],
  ])('optionalDecimal(%p) → %p', (input, expected) => expect(optionalDecimal(input)).toBe(expected));

  it('formats a picked day without a time zone shift', () => {
    expect(dateString(dayjs('2026-03-15'))).toBe('2026-03-15');
    expect(dateString(null)).toBeNull();
  });
});
