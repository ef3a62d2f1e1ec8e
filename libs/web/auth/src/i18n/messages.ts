import { registerMessages, type FeatureDictionary } from '@lianzhao/web-ui';

/** Words of signing in again when the session has expired (libs/web/auth); Chinese first. */
export const authZh = {
  'session.title': '重新登录',
  'session.expired': '登录已过期，请重新登录',
  'session.keep': '登录后留在当前页面，已填写的内容不会丢失，可以再次提交。',
  'session.toLogin': '退出，前往登录页',
  'password.change': '修改密码',
  'password.current': '当前密码',
  'password.changed': '密码已修改，其他设备上的登录已退出',
};

export const authEn: Record<keyof typeof authZh, string> = {
  'session.title': 'Sign in again',
  'session.expired': 'Your session has expired. Please sign in again',
  'session.keep': 'You stay on this page and keep what you typed; submit again afterwards.',
  'session.toLogin': 'Sign out and go to the login page',
  'password.change': 'Change password',
  'password.current': 'Current password',
  'password.changed': 'Password changed; sessions on other devices were signed out',
};

export const authMessages: FeatureDictionary = { 'zh-CN': authZh, en: authEn };
registerMessages('auth', authMessages);

declare module '@lianzhao/web-ui' {
  interface FeatureMessages {
    auth: typeof authZh;
  }
}
