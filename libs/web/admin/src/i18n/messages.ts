import { registerMessages, type FeatureDictionary } from '@lianzhao/web-ui';

/**
 * Words of 基础数据 editing (libs/web/admin): the editor of industries, segments, tags and places,
 * and its history. The page's older words (reference.title and the card titles) stay shared.
 */
export const adminZh = {
  'referenceEdit.intro': '代码创建后不可修改；已在使用的条目不能删除，只能停用：停用后旧记录照常显示，新记录不再可选。',
  'referenceEdit.create': '新建',
  'referenceEdit.createKind': '新建{kind}',
  'referenceEdit.editKind': '编辑{kind}',
  'referenceEdit.code': '代码',
  'referenceEdit.codeHint': '大写字母、数字、下划线，以字母开头，如 LOW_ALTITUDE',
  'referenceEdit.name': '名称',
  'referenceEdit.nameEn': '英文名称',
  'referenceEdit.nameEnHint': '不填则与中文名称相同',
  'referenceEdit.industry': '所属产业',
  'referenceEdit.group': '标签分组',
  'referenceEdit.placeKind': '类型',
  'referenceEdit.parkTown': '所在镇/街道',
  'referenceEdit.parkTownHint': '项目表单只在所选镇/街道下提供该园区；不选则各镇街均可选',
  'referenceEdit.anyTown': '不限镇街',
  'referenceEdit.leading': '四大主导产业之一',
  'referenceEdit.edit': '改名',
  'referenceEdit.up': '上移',
  'referenceEdit.down': '下移',
  'referenceEdit.retire': '停用',
  'referenceEdit.restore': '恢复',
  'referenceEdit.retired': '已停用',
  'referenceEdit.delete': '删除',
  'referenceEdit.deleteConfirm': '删除“{name}”？已在使用的条目不能删除，只能停用。',
  'referenceEdit.deleted': '已删除“{name}”',
  'referenceEdit.retiredDone': '已停用“{name}”',
  'referenceEdit.restoredDone': '已恢复“{name}”',
  'referenceEdit.history': '修改记录',
  'referenceEdit.noHistory': '暂无修改记录',
  'referenceEdit.field.name': '名称',
  'referenceEdit.field.nameEn': '英文名称',
  'referenceEdit.field.leading': '主导产业',
  'referenceEdit.field.retired': '状态',
  'referenceEdit.field.order': '顺序',
  'referenceEdit.segmentsOf': '{industry}的细分赛道',
  'referenceEdit.tooLong': '{field}最多 {max} 个字',
  'referenceEdit.templates': '节点模板',
  'referenceEdit.templatesIntro': '节点及其顺序由落地规则确定；可设置哪些节点可以跳过（如租赁空间无须土地/空间落实）。签约与工商注册不可跳过。',
  'referenceEdit.milestone': '节点',
  'referenceEdit.optional': '可跳过',
  'referenceEdit.field.optional': '是否可跳过',
};

export const adminEn: Record<keyof typeof adminZh, string> = {
  'referenceEdit.intro':
    'Codes cannot change once created; an entry in use cannot be deleted, only retired: old records still show it, new ones cannot choose it.',
  'referenceEdit.create': 'New',
  'referenceEdit.createKind': 'New {kind}',
  'referenceEdit.editKind': 'Edit {kind}',
  'referenceEdit.code': 'Code',
  'referenceEdit.codeHint': 'Upper-case letters, digits and underscores, starting with a letter, e.g. LOW_ALTITUDE',
  'referenceEdit.name': 'Name',
  'referenceEdit.nameEn': 'English name',
  'referenceEdit.nameEnHint': 'Same as the Chinese name when left empty',
  'referenceEdit.industry': 'Industry',
  'referenceEdit.group': 'Tag group',
  'referenceEdit.placeKind': 'Kind',
  'referenceEdit.parkTown': 'Town or street',
  'referenceEdit.parkTownHint': 'The project form offers the park under this town only; leave empty to offer it everywhere',
  'referenceEdit.anyTown': 'Any town',
  'referenceEdit.leading': 'One of the four leading industries',
  'referenceEdit.edit': 'Rename',
  'referenceEdit.up': 'Move up',
  'referenceEdit.down': 'Move down',
  'referenceEdit.retire': 'Retire',
  'referenceEdit.restore': 'Restore',
  'referenceEdit.retired': 'Retired',
  'referenceEdit.delete': 'Delete',
  'referenceEdit.deleteConfirm': 'Delete “{name}”? An entry in use cannot be deleted, only retired.',
  'referenceEdit.deleted': 'Deleted “{name}”',
  'referenceEdit.retiredDone': 'Retired “{name}”',
  'referenceEdit.restoredDone': 'Restored “{name}”',
  'referenceEdit.history': 'History',
  'referenceEdit.noHistory': 'No changes yet',
  'referenceEdit.field.name': 'Name',
  'referenceEdit.field.nameEn': 'English name',
  'referenceEdit.field.leading': 'Leading industry',
  'referenceEdit.field.retired': 'Status',
  'referenceEdit.field.order': 'Order',
  'referenceEdit.segmentsOf': 'Segments of {industry}',
  'referenceEdit.tooLong': '{field}: at most {max} characters',
  'referenceEdit.templates': 'Milestone templates',
  'referenceEdit.templatesIntro':
    'Milestones and their order follow the landing rules; choose which a project may skip (a leased space has no site to secure). Signing and registration cannot be skipped.',
  'referenceEdit.milestone': 'Milestone',
  'referenceEdit.optional': 'May skip',
  'referenceEdit.field.optional': 'May skip',
};

export const adminMessages: FeatureDictionary = { 'zh-CN': adminZh, en: adminEn };
registerMessages('admin', adminMessages);

declare module '@lianzhao/web-ui' {
  interface FeatureMessages {
    admin: typeof adminZh;
  }
}
