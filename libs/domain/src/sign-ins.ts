/** How a sign-in attempt ended, as the 登录记录 list shows it. */
export const SIGN_IN_RESULTS = ['SUCCESS', 'WRONG_CREDENTIALS', 'INACTIVE', 'THROTTLED', 'BUSY'] as const;
export type SignInResult = (typeof SIGN_IN_RESULTS)[number];

export const SIGN_IN_RESULT_LABELS: Record<SignInResult, { zh: string; en: string }> = {
  SUCCESS: { zh: '成功', en: 'Signed in' },
  WRONG_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  INACTIVE: { zh: '账号已停用', en: 'Account deactivated' },
  THROTTLED: { zh: '尝试过多，已限制', en: 'Too many attempts' },
  BUSY: { zh: '登录繁忙，已拒绝', en: 'Refused while busy' },
};
