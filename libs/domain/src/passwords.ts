import { PASSWORD_MIN_LENGTH } from './validation';

/**
 * The password policy, shared by the API (create user, reset, change password) and the web forms.
 * Deliberately modest (NIST SP 800-63B): length matters most, so the rule asks for 8 characters of
 * at least two kinds and refuses the handful of passwords every guessing list starts with.
 */
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'ONE_KIND' | 'USERNAME' | 'COMMON';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
  TOO_LONG: `密码最多 ${PASSWORD_MAX_LENGTH} 位`,
  ONE_KIND: '密码不能只用一类字符，请组合字母、数字或符号',
  USERNAME: '密码不能包含用户名',
  COMMON: '密码过于常见，请换一个',
};

/**
 * The first guesses of every password list, and the system's own name: compared after lower-casing,
 * so "Password1" is refused along with "password1".
 */
const COMMON_PASSWORDS = new Set([
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'qwerty123',
  'qwertyuiop',
  '1qaz2wsx',
  '1q2w3e4r',
  'abc12345',
  'abcd1234',
  'a1234567',
  'aa123456',
  'qq123456',
  'admin123',
  'admin@123',
  'admin888',
  'root1234',
  'iloveyou',
  'woaini1314',
  'welcome1',
  'changeme',
  'lianzhao',
  'lianzhao123',
  'lianzhao@123',
]);

/** Lower-case letters, upper-case letters, digits, anything else (symbols, spaces, Chinese). */
function kindOf(char: string): number {
  if (/[a-z]/.test(char)) return 0;
  if (/[A-Z]/.test(char)) return 1;
  if (/[0-9]/.test(char)) return 2;
  return 3;
}

/**
 * What is wrong with a password, or null when it meets the policy. Not trimmed (spaces are
 * legitimate password characters); lengths count code points, as the user sees them. The
 * username check applies only where the username is known (the forms know it; a reset looks it up).
 */
export function passwordProblem(password: string, username?: string | null): PasswordProblem | null {
  const chars = Array.from(password);
  if (chars.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (chars.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (new Set(chars.map(kindOf)).size < 2) return 'ONE_KIND';
  const lower = password.toLowerCase();
  const name = username?.trim().toLowerCase();
  if (name && lower.includes(name)) return 'USERNAME';
  if (COMMON_PASSWORDS.has(lower)) return 'COMMON';
  return null;
}

/** The zh-CN message for a password that breaks the policy, or null. */
export function passwordMessage(password: string, username?: string | null): string | null {
  const problem = passwordProblem(password, username);
  return problem ? PASSWORD_PROBLEM_MESSAGES[problem] : null;
}
