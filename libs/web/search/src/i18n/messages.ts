import { registerMessages, type FeatureDictionary } from '@lianzhao/web-ui';

/** Words of 全局搜索 (libs/web/search): the header's search box and the Ctrl+K palette. */
export const searchZh = {
  'search.open': '搜索',
  'search.placeholder': '搜索企业、线索、项目、报备、基金：名称、信用代码或电话',
  'search.hint': '输入至少 2 个字，或信用代码、电话号码',
  'search.empty': '没有找到匹配的记录',
  'search.more': '还有更多，请输入更完整的名称',
  'search.keys': '↑↓ 选择　Enter 打开　Esc 关闭',
  'search.failed': '搜索失败，请稍后重试',
};

export const searchEn: Record<keyof typeof searchZh, string> = {
  'search.open': 'Search',
  'search.placeholder': 'Search enterprises, leads, projects, referrals, funds: name, credit code or phone',
  'search.hint': 'Type at least 2 characters, or a credit code or phone number',
  'search.empty': 'Nothing found',
  'search.more': 'More found: type more of the name',
  'search.keys': '↑↓ select  Enter open  Esc close',
  'search.failed': 'Search failed, please try again',
};

export const searchMessages: FeatureDictionary = { 'zh-CN': searchZh, en: searchEn };
registerMessages('search', searchMessages);

declare module '@lianzhao/web-ui' {
  interface FeatureMessages {
    search: typeof searchZh;
  }
}
