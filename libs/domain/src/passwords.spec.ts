import { passwordMessage, passwordProblem, type PasswordProblem } from './passwords';

describe('passwordProblem', () => {
  it.each<[string, string | null, PasswordProblem | null]>([
    // The demo password must keep working.
    ['lianzhao-demo', 'admin', null],
    ['lianzhao-demo', null, null],
    ['Zhangsan2026', 'lisi', null],
    ['招商 工作 2026', 'admin', null],
    ['1234567', null, 'TOO_SHORT'],
    ['😀😀😀😀😀😀😀', null, 'TOO_SHORT'],
    ['a'.repeat(129) + '1', null, 'TOO_LONG'],
    ['abcdefgh', null, 'ONE_KIND'],
    ['12345678', null, 'ONE_KIND'],
    ['ABCDEFGHIJ', null, 'ONE_KIND'],
    ['        ', null, 'ONE_KIND'],
    ['密码密码密码密码', null, 'ONE_KIND'],
    ['zhangsan-2026', 'zhangsan', 'USERNAME'],
    ['ZhangSan-2026', 'zhangsan', 'USERNAME'],
    ['Password1', null, 'COMMON'],
    ['admin@123', null, 'COMMON'],
    ['Lianzhao123', null, 'COMMON'],
    ['1qaz2wsx', 'officer', 'COMMON'],
  ])('%j (user %j) → %s', (password, username, expected) => {
    expect(passwordProblem(password, username)).toBe(expected);
  });

  it('says what is wrong in Chinese', () => {
    expect(passwordMessage('abcdefgh')).toBe('密码不能只用一类字符，请组合字母、数字或符号');
    expect(passwordMessage('short')).toBe('密码至少 8 位');
    expect(passwordMessage('officer-2026', 'officer')).toBe('密码不能包含用户名');
    expect(passwordMessage('lianzhao-demo')).toBeNull();
  });
});
