import {
  PASSWORD_MIN_LENGTH,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
  USERNAME_PATTERN,
  isValidEmail,
  isValidMobileOrPhone,
  isValidPassword,
  isValidUsername,
} from './validation';

describe('username', () => {
  it.each([
    ['admin', true],
    ['zhang.san', true],
    ['officer_01', true],
    ['li-si', true],
    ['abc', true],
    ['a'.repeat(32), true],
    [' admin ', true],
    ['ab', false],
    ['a'.repeat(33), false],
    ['Admin', false],
    ['1admin', false],
    ['_admin', false],
    ['.admin', false],
    ['zhang san', false],
    ['张三', false],
    ['admin@x', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isValidUsername(input)).toBe(expected);
  });

  it('pattern and length constants agree', () => {
    expect(USERNAME_PATTERN.test('a'.repeat(USERNAME_MIN_LENGTH))).toBe(true);
    expect(USERNAME_PATTERN.test('a'.repeat(USERNAME_MIN_LENGTH - 1))).toBe(false);
    expect(USERNAME_PATTERN.test('a'.repeat(USERNAME_MAX_LENGTH))).toBe(true);
    expect(USERNAME_PATTERN.test('a'.repeat(USERNAME_MAX_LENGTH + 1))).toBe(false);
  });
});

describe('password', () => {
  it.each([
    ['12345678', true],
    ['1234567', false],
    ['        ', true],
    ['密码密码密码密码', true],
    ['😀😀😀😀😀😀😀', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(isValidPassword(input)).toBe(expected);
  });
});

describe('isValidMobileOrPhone', () => {
  it.each([
    ['13812345678', true],
    ['19912345678', true],
    ['138-1234-5678', true],
    ['138 1234 5678', true],
    ['+8613812345678', true],
    ['+86 138 1234 5678', true],
    ['008613812345678', true],
    ['021-12345678', true],
    ['02112345678', true],
    ['021-57123456', true],
    ['(021)57123456', true],
    ['(021) 57123456', true],
    ['010-1234567', true],
    ['0571-87654321', true],
    ['021-57123456-801', true],
    ['+86-21-57123456', true],
    ['+86 021 57123456', true],
    ['400-820-8820', true],
    ['4008208820', true],
    [' 13812345678 ', true],
    ['12812345678', false],
    ['1381234567', false],
    ['138123456789', false],
    ['57123456', false],
    ['021-123456', false],
    ['021-123456789', false],
    ['021-01234567', false],
    ['001-12345678', false],
    ['+1 415 555 0100', false],
    ['+86 021-123', false],
    ['１３８１２３４５６７８', false],
    ['abc', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isValidMobileOrPhone(input)).toBe(expected);
  });
});

describe('isValidEmail', () => {
  it.each([
    ['zhang.san@example.com', true],
    ['officer+fx@fengxian.gov.cn', true],
    ['a_b-c@sub.example-corp.com.cn', true],
    [' x@y.cn ', true],
    ['x@y', false],
    ['x@.cn', false],
    ['x@-y.cn', false],
    ['x@y-.cn', false],
    ['@y.cn', false],
    ['x@', false],
    ['x y@z.cn', false],
    ['x@y..cn', false],
    ['张三@example.com', false],
    ['x＠y.cn', false],
    [`${'a'.repeat(65)}@example.com`, false],
    [`${'a'.repeat(64)}@example.com`, true],
    [`a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(61)}.cn`, false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isValidEmail(input)).toBe(expected);
  });
});
