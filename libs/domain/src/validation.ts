/**
 * Field rules shared by the server's input validation and the web forms, so a value the form
 * accepts is never rejected by the server with a different message (DESIGN.md: client-side
 * validation mirrors the server's rules). Predicates ignore surrounding whitespace because both
 * sides trim before storing; they do not rewrite anything else, so what passes is what is stored.
 */

/** Lower case only, so "Zhang.San" and "zhang.san" can never become two accounts. */
export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 32;
export const USERNAME_PATTERN = new RegExp(
  `^[a-z][a-z0-9_.-]{${USERNAME_MIN_LENGTH - 1},${USERNAME_MAX_LENGTH - 1}}$`,
);
export const USERNAME_MESSAGE =
  '用户名为 3–32 位，以小写字母开头，只能包含小写字母、数字、下划线（_）、点（.）和连字符（-）';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MESSAGE = `密码至少 ${PASSWORD_MIN_LENGTH} 位`;

export const PHONE_MESSAGE = '请输入有效的手机号或座机号，例如 13812345678 或 021-12345678';
export const EMAIL_MESSAGE = '请输入有效的电子邮箱地址';

export function isValidUsername(input: string): boolean {
  return USERNAME_PATTERN.test(input.trim());
}

/**
 * Not trimmed: spaces are legitimate password characters. Counts code points, not UTF-16 units,
 * so a password of emoji is measured as the user sees it.
 */
export function isValidPassword(input: string): boolean {
  return Array.from(input).length >= PASSWORD_MIN_LENGTH;
}

// Mainland mobile numbers: 11 digits, second digit 3–9.
const MOBILE = /^1[3-9]\d{9}$/;
// Area code 010, 02x or 0xxx (x from 3), then a 7–8 digit local number and an optional extension.
const AREA_CODE = '(?:10|2\\d|[3-9]\\d{2})';
const LOCAL_NUMBER = '[1-9]\\d{6,7}(?:-\\d{1,6})?';
const LANDLINE = new RegExp(`^0${AREA_CODE}-?${LOCAL_NUMBER}$`);
// After +86 the trunk 0 is dropped by the book, but people keep it often enough to allow it.
const LANDLINE_AFTER_COUNTRY_CODE = new RegExp(`^0?${AREA_CODE}-?${LOCAL_NUMBER}$`);
// 400/800 numbers are what many companies print as their only contact number.
const SERVICE_NUMBER = /^[48]00-?\d{3}-?\d{4}$/;

/**
 * A mainland mobile (13812345678, 138-1234-5678) or landline with area code (021-12345678,
 * 02112345678, (021) 12345678, 021-12345678-801), optionally with +86; also 400/800 numbers.
 */
export function isValidMobileOrPhone(input: string): boolean {
  let s = input.trim().replace(/\s+/g, '');
  const countryCode = /^(?:\+|00)86-?/.exec(s);
  if (countryCode) s = s.slice(countryCode[0].length);
  // "(021)12345678" is the printed form of "021-12345678".
  s = s.replace(/^\((0?\d{2,3})\)-?/, '$1-');

  if (/^1[\d-]+$/.test(s) && MOBILE.test(s.replace(/-/g, ''))) return true;
  if (countryCode) return LANDLINE_AFTER_COUNTRY_CODE.test(s);
  return LANDLINE.test(s) || SERVICE_NUMBER.test(s);
}

// The HTML "valid e-mail address" grammar, except that the domain must have at least one dot:
// a CRM contact never has a bare intranet host as mail domain, but "name@company" is a common typo.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const EMAIL_MAX_LENGTH = 254;
const EMAIL_LOCAL_MAX_LENGTH = 64;

export function isValidEmail(input: string): boolean {
  const s = input.trim();
  if (s.length > EMAIL_MAX_LENGTH || !EMAIL.test(s)) return false;
  return s.indexOf('@') <= EMAIL_LOCAL_MAX_LENGTH;
}
