/**
 * The UI's words, Chinese first (the office's working language) and English second.
 * Domain labels (roles, organisation kinds) come from `@lianzhao/domain`; reference data
 * (industries, tags, places) carries its own `name`/`nameEn` from the API.
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 */
import {
  AREA_MAX_DECIMALS,
  AREA_MAX_INTEGER_DIGITS,
  EMAIL_MESSAGE,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MESSAGE,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
  PHONE_MESSAGE,
  USERNAME_MESSAGE,
} from '@lianzhao/domain';

/*
 * Validation messages in Chinese are the domain's own, so a form and the server always say the same.
 */
export const zhCN = {
  'app.name': '链招',
  'app.title': '链招 · 招商管理',

  'menu.home': '工作台',
  'menu.leads': '线索管道',
  'menu.enterprises': '企业库',
  'menu.referrals': '报备审核',
  'menu.funds': '基金',
  'menu.projects': '项目落地',
  'menu.policyQualified': '免申即享',
  'menu.policies': '政策库',
  'menu.dashboard': '驾驶舱',
  'menu.myReferrals': '我的报备',
  'menu.myFunds': '我的基金',
  'menu.chain': '产业链图谱',
  'menu.chainOverview': '产业链总览',
  'menu.supplyChain': '供应链',
  'menu.settings': '系统设置',
  'menu.users': '用户管理',
  'menu.organizations': '合作机构',
  'menu.reference': '基础数据',
  'menu.referralRules': '报备规则',
  'menu.signIns': '登录记录',

  'layout.signOut': '退出登录',
  'layout.language': '语言',
  'layout.readOnly': '只读',
  'layout.menu': '菜单',
  'locale.zh-CN': '中文',
  'locale.en': 'English',

  'home.greeting': '{name}，您好',
  'home.role': '当前角色：{role}',
  'home.quickLinks': '快捷入口',

  'drill.fromCockpit': '来自驾驶舱',
  'drill.description': '按驾驶舱所点数字的统计条件列出，',
  'drill.loading': '正在按驾驶舱的统计条件查询…',
  'drill.close': '关闭，回到列表的筛选',

  'page.notBuilt': '此功能正在建设中，敬请期待',
  'page.forbidden': '抱歉，您没有权限访问此页面',
  'page.notFound': '抱歉，您访问的页面不存在',
  'page.backHome': '返回工作台',
  'page.loading': '加载中…',

  'common.search': '搜索',
  'common.all': '全部',
  'common.create': '新建',
  'common.edit': '编辑',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.confirm': '确定',
  'common.actions': '操作',
  'common.status': '状态',
  'common.active': '启用',
  'common.inactive': '已停用',
  'common.deactivate': '停用',
  'common.reactivate': '启用',
  'common.resetFilters': '重置筛选',
  'common.refresh': '刷新',
  'common.saved': '已保存',
  'common.prevPage': '上一页',
  'common.nextPage': '下一页',
  'common.total': '共 {total} 条',
  'common.page': '第 {page} / {pages} 页',
  'common.empty': '暂无数据',
  'common.noMatch': '没有符合筛选条件的数据',
  'common.updatedAt': '更新时间',

  'error.conflict': '数据已被他人修改，请刷新后重试',
  'error.network': '网络连接失败，请检查网络后重试',
  'error.forbidden': '您没有权限执行此操作',
  'error.notFound': '数据不存在或已被删除',
  'error.badInput': '请检查填写的内容',
  'error.unknown': '操作失败，请稍后重试',
  'error.loadFailed': '数据加载失败',

  'validation.required': '请输入{field}',
  'validation.select': '请选择{field}',
  'validation.password': PASSWORD_MESSAGE,
  'validation.password.TOO_SHORT': PASSWORD_PROBLEM_MESSAGES.TOO_SHORT,
  'validation.password.TOO_LONG': PASSWORD_PROBLEM_MESSAGES.TOO_LONG,
  'validation.password.ONE_KIND': PASSWORD_PROBLEM_MESSAGES.ONE_KIND,
  'validation.password.USERNAME': PASSWORD_PROBLEM_MESSAGES.USERNAME,
  'validation.password.COMMON': PASSWORD_PROBLEM_MESSAGES.COMMON,
  'validation.passwordMismatch': '两次输入的密码不一致',
  'validation.username': USERNAME_MESSAGE,
  'validation.phone': PHONE_MESSAGE,
  'validation.email': EMAIL_MESSAGE,
  'validation.creditCode.LENGTH': '统一社会信用代码应为 18 位',
  'validation.creditCode.CHARSET': '统一社会信用代码含有无效字符（不使用 I、O、S、V、Z）',
  'validation.creditCode.CHECKSUM': '统一社会信用代码校验位不正确，请核对',
  'validation.money': '请输入有效金额，例如 1,234.5',
  'validation.area': `请输入有效数值，最多 ${AREA_MAX_DECIMALS} 位小数`,
  'validation.notFuture': '{field}不能晚于今天',

  'login.title': '登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.badCredentials': '用户名或密码错误',
  'auth.checking': '正在验证登录状态…',

  'common.allStatus': '全部状态',
  // Setting a password: 系统设置's reset (libs/web/admin) and the header's 修改密码 (libs/web/auth).
  'common.newPassword': '新密码',
  'common.confirmPassword': '确认新密码',

  // A partner organisation's facts, on 系统设置 → 合作机构 (admin) and its referral page (referrals).
  // The rest of 系统设置's words live in libs/web/admin.
  'orgs.kind': '机构类型',
  'orgs.segments': '牵头细分赛道',
  'orgs.certifiedOn': '认定日期',
  'orgs.contract': '签约期限',

  'attribution.segment': '产业 / 细分赛道',
  'attribution.allIndustries': '全部产业 / 赛道',
  'attribution.channel': '招商渠道',
  'attribution.allChannels': '全部渠道',
  'attribution.sourceOrganization': '来源机构',
  'attribution.allPartners': '全部来源机构',
  'attribution.owner': '负责人',
  'attribution.allOwners': '全部负责人',
  'attribution.town': '意向落地镇/街道',
  'attribution.allTowns': '全部镇街',

  'filters.rangeMin': '下限',
  'filters.rangeMax': '上限',
  'filters.rangeMinOf': '{field}下限',
  'filters.rangeMaxOf': '{field}上限',
  'filters.rangeInverted': '上限不能小于下限，此范围未生效',
  'filters.more': '更多筛选',

  'audit.CREATE': '新建',
  'audit.UPDATE': '修改',
  'audit.DELETE': '删除',
  'audit.MERGE': '合并',
  'audit.MOVE': '阶段变更',
  'audit.change': '{field}：{before} → {after}',
  'audit.empty': '空',

  // ---- lists: table settings, saved views, bulk selection (issue 15) ----
  'list.columns': '列',
  'list.density': '行高',
  'list.compact': '紧凑',
  'list.default': '默认',
  'list.pageSize': '{size} 条/页',
  'list.firstPage': '首页',
  'list.jumpTo': '跳至',
  'list.jumpUnit': '页',
  'list.jumpLabel': '跳至第几页',
  'list.export': '导出 Excel',
  'list.exported': '已导出 {name}',
  'list.exportSelected': '导出所选',
  'list.selected': '已选 {count} 条',
  'list.clearSelection': '取消选择',
  'list.views': '视图',
  'list.allViews': '我的视图',
  'list.noViews': '还没有保存的视图',
  'list.saveView': '另存为视图',
  'list.overwriteView': '用当前筛选覆盖“{name}”',
  'list.renameView': '重命名',
  'list.deleteView': '删除',
  'list.deleteViewConfirm': '删除视图“{name}”？',
  'list.makeDefault': '设为默认',
  'list.unsetDefault': '取消默认',
  'list.defaultTag': '默认',
  'list.viewName': '视图名称',
  'list.viewNameRequired': '请输入视图名称',
  'list.viewIsDefault': '打开列表时默认使用此视图',
  'list.viewSaved': '视图“{name}”已保存',
  'list.viewApplied': '已应用视图“{name}”',
} as const;

export type CoreMessageKey = keyof typeof zhCN;
export type Messages = Readonly<Record<CoreMessageKey, string>>;

/**
 * The words of each feature library live in that library (`src/i18n/messages.ts`), which adds its
 * Chinese dictionary's type here by module augmentation and registers the words themselves when it
 * loads (`registerMessages`):
 * `declare module '@lianzhao/web-ui' { interface FeatureMessages { leads: typeof leadsZh } }`.
 * A program then knows the keys of the features it includes, and no others.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface FeatureMessages {}

type FeatureMessageKey = {
  [F in keyof FeatureMessages]: keyof FeatureMessages[F] & string;
}[keyof FeatureMessages];

/** Any UI message: the shared ones here and those of the features in the program. */
export type MessageKey = CoreMessageKey | FeatureMessageKey;

/** A feature's words in both languages, registered with `registerMessages` when the feature loads. */
export interface FeatureDictionary {
  'zh-CN': Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}

export const en: Messages = {
  'app.name': 'Lianzhao',
  'app.title': 'Lianzhao · Investment Promotion',

  'menu.home': 'Workbench',
  'menu.leads': 'Lead pipeline',
  'menu.enterprises': 'Enterprises',
  'menu.referrals': 'Referral review',
  'menu.funds': 'Funds',
  'menu.projects': 'Landing projects',
  'menu.policyQualified': 'Support without application',
  'menu.policies': 'Policy library',
  'menu.dashboard': 'Dashboard',
  'menu.myReferrals': 'My referrals',
  'menu.myFunds': 'My funds',
  'menu.chain': 'Chain map',
  'menu.chainOverview': 'Chain overview',
  'menu.supplyChain': 'Supply chain',
  'menu.settings': 'Settings',
  'menu.users': 'Users',
  'menu.organizations': 'Partner organisations',
  'menu.reference': 'Reference data',
  'menu.referralRules': 'Referral rules',
  'menu.signIns': 'Sign-in log',

  'layout.signOut': 'Sign out',
  'layout.language': 'Language',
  'layout.readOnly': 'Read-only',
  'layout.menu': 'Menu',
  'locale.zh-CN': '中文',
  'locale.en': 'English',

  'home.greeting': 'Hello, {name}',
  'home.role': 'Role: {role}',
  'home.quickLinks': 'Quick links',

  'drill.fromCockpit': 'From the dashboard',
  'drill.description': 'Listed with the conditions of the figure clicked on the dashboard:',
  'drill.loading': 'Querying with the dashboard conditions…',
  'drill.close': 'Close and return to the list filters',

  'page.notBuilt': 'This feature is not built yet. Please check back later.',
  'page.forbidden': 'Sorry, you are not allowed to view this page.',
  'page.notFound': 'Sorry, the page you visited does not exist.',
  'page.backHome': 'Back to workbench',
  'page.loading': 'Loading…',

  'common.search': 'Search',
  'common.all': 'All',
  'common.create': 'New',
  'common.edit': 'Edit',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.confirm': 'OK',
  'common.actions': 'Actions',
  'common.status': 'Status',
  'common.active': 'Active',
  'common.inactive': 'Deactivated',
  'common.deactivate': 'Deactivate',
  'common.reactivate': 'Reactivate',
  'common.resetFilters': 'Reset filters',
  'common.refresh': 'Refresh',
  'common.saved': 'Saved',
  'common.prevPage': 'Previous',
  'common.nextPage': 'Next',
  'common.total': '{total} in total',
  'common.page': 'Page {page} of {pages}',
  'common.empty': 'No data',
  'common.noMatch': 'Nothing matches the filters',
  'common.updatedAt': 'Updated',

  'error.conflict': 'Someone else changed this record. Please refresh and try again.',
  'error.network': 'Network error. Please check your connection and try again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': 'The record does not exist or has been removed.',
  'error.badInput': 'Please check the form.',
  'error.unknown': 'Something went wrong. Please try again later.',
  'error.loadFailed': 'Could not load the data',

  'validation.required': 'Please enter {field}',
  'validation.select': 'Please select {field}',
  'validation.password': `The password needs at least ${PASSWORD_MIN_LENGTH} characters`,
  'validation.password.TOO_SHORT': `The password needs at least ${PASSWORD_MIN_LENGTH} characters`,
  'validation.password.TOO_LONG': `The password may have at most ${PASSWORD_MAX_LENGTH} characters`,
  'validation.password.ONE_KIND': 'Mix letters, digits or symbols: not just one kind of character',
  'validation.password.USERNAME': 'The password may not contain the username',
  'validation.password.COMMON': 'This password is too common; choose another',
  'validation.passwordMismatch': 'The passwords do not match',
  'validation.username':
    'Usernames have 3–32 characters, start with a lower-case letter and contain only lower-case letters, digits, _ . and -',
  'validation.phone': 'Please enter a valid mobile or landline number, e.g. 13812345678 or 021-12345678',
  'validation.email': 'Please enter a valid email address',
  'validation.creditCode.LENGTH': 'A unified social credit code has 18 characters',
  'validation.creditCode.CHARSET':
    'The credit code contains invalid characters (I, O, S, V and Z are not used)',
  'validation.creditCode.CHECKSUM': 'The check character of the credit code is wrong',
  'validation.money': 'Please enter a valid amount, e.g. 1,234.5',
  'validation.area': `Please enter a number with at most ${AREA_MAX_DECIMALS} decimals and ${AREA_MAX_INTEGER_DIGITS} digits before the point`,
  'validation.notFuture': '{field} cannot be later than today',

  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.badCredentials': 'Incorrect username or password',
  'auth.checking': 'Checking your session…',

  'common.allStatus': 'All statuses',
  'common.newPassword': 'New password',
  'common.confirmPassword': 'Confirm new password',

  'orgs.kind': 'Kind',
  'orgs.segments': 'Segments led',
  'orgs.certifiedOn': 'Certified on',
  'orgs.contract': 'Contract period',

  'attribution.segment': 'Industry / segment',
  'attribution.allIndustries': 'All industries / segments',
  'attribution.channel': 'Channel',
  'attribution.allChannels': 'All channels',
  'attribution.sourceOrganization': 'Source organisation',
  'attribution.allPartners': 'All source organisations',
  'attribution.owner': 'Owner',
  'attribution.allOwners': 'All owners',
  'attribution.town': 'Intended town',
  'attribution.allTowns': 'All towns',

  'filters.rangeMin': 'From',
  'filters.rangeMax': 'To',
  'filters.rangeMinOf': '{field} from',
  'filters.rangeMaxOf': '{field} to',
  'filters.rangeInverted': 'The upper bound is below the lower one; this range is not applied',
  'filters.more': 'More filters',

  'audit.CREATE': 'Created',
  'audit.UPDATE': 'Changed',
  'audit.DELETE': 'Deleted',
  'audit.MERGE': 'Merged',
  'audit.MOVE': 'Stage change',
  'audit.change': '{field}: {before} → {after}',
  'audit.empty': 'empty',

  // ---- lists: table settings, saved views, bulk selection (issue 15) ----
  'list.columns': 'Columns',
  'list.density': 'Density',
  'list.compact': 'Compact',
  'list.default': 'Default',
  'list.pageSize': '{size} / page',
  'list.firstPage': 'First page',
  'list.jumpTo': 'Go to',
  'list.jumpUnit': 'Page',
  'list.jumpLabel': 'Go to page',
  'list.export': 'Export to Excel',
  'list.exported': 'Exported {name}',
  'list.exportSelected': 'Export selected',
  'list.selected': '{count} selected',
  'list.clearSelection': 'Clear selection',
  'list.views': 'Views',
  'list.allViews': 'My views',
  'list.noViews': 'No saved views yet',
  'list.saveView': 'Save as view',
  'list.overwriteView': 'Overwrite "{name}" with the current filters',
  'list.renameView': 'Rename',
  'list.deleteView': 'Delete',
  'list.deleteViewConfirm': 'Delete view "{name}"?',
  'list.makeDefault': 'Make default',
  'list.unsetDefault': 'Unset default',
  'list.defaultTag': 'Default',
  'list.viewName': 'View name',
  'list.viewNameRequired': 'Enter a view name',
  'list.viewIsDefault': 'Open the list with this view',
  'list.viewSaved': 'View "{name}" saved',
  'list.viewApplied': 'View "{name}" applied',
};

/** Fills `{name}` placeholders; unknown placeholders are left as written. */
export function format(template: string, vars?: Readonly<Record<string, string | number>>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
