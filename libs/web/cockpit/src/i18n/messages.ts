import { registerMessages, type FeatureDictionary } from '@lianzhao/web-ui';

/**
 * Words of 驾驶舱 (libs/web/cockpit): the filter row, the figure panels (pipeline, landing,
 * milestones, referrals, funds, targets) and the target forms. Terms follow DOMAIN.md; money
 * is in 万元, shown as 亿元 from 1 亿 up.
 */
export const cockpitZh = {
  'cockpit.title': '领导驾驶舱',
  'cockpit.period': '统计期间',
  'cockpit.period.MONTH': '月',
  'cockpit.period.QUARTER': '季度',
  'cockpit.period.YEAR': '年',
  'cockpit.period.CUSTOM': '自定义',
  'cockpit.periodPick': '选择期间',
  'cockpit.periodFrom': '期间起',
  'cockpit.periodTo': '期间止',
  'cockpit.asOf': '截至日',
  'cockpit.asOfToday': '截至今天',
  'cockpit.periodSummary': '统计期间 {from} 至 {to}',
  'cockpit.historical': '历史重现：数字为 {asOf} 日终时的状态',
  'cockpit.live': '数字截至 {asOf}',
  'cockpit.print': '打印',
  'cockpit.export': '导出 Excel',
  'cockpit.exported': '已导出 {name}',
  'cockpit.drillHint': '点击数字或图形查看明细',
  'cockpit.loadingFigures': '正在统计…',
  'cockpit.unitWan': '万元',
  'cockpit.unitYi': '亿元',
  'cockpit.targets.title': '{year} 年目标完成情况',
  'cockpit.targets.empty': '该年度尚未设定目标',
  'cockpit.targets.share': '完成率',
  'cockpit.targets.actual': '实际',
  'cockpit.targets.target': '目标',
  'cockpit.targets.noTarget': '未设定',
  'cockpit.targets.elapsed': '时间进度 {share}',
  'cockpit.targets.trend': '按月趋势',
  'cockpit.targets.lastEntry': '{who} 于 {when} 填报（截至 {day}，来源：{source}）',
  'cockpit.targets.set': '设定目标',
  'cockpit.targets.record': '填报实际值',
  'cockpit.targets.setTitle': '设定目标：{name}（{year} 年）',
  'cockpit.targets.recordTitle': '填报实际值：{name}',
  'cockpit.targets.valueIn': '数值（{unit}）',
  'cockpit.targets.valueRequired': '请输入数值',
  'cockpit.targets.note': '目标说明',
  'cockpit.targets.periodEnd': '数据截止日期',
  'cockpit.targets.periodEndRequired': '请选择数据截止日期',
  'cockpit.targets.sourceNote': '数据来源',
  'cockpit.targets.sourceNoteHint': '例如「区统计局 2027 年 1–6 月快报」',
  'cockpit.targets.sourceNoteRequired': '请填写数据来源',
  'cockpit.targets.saved': '目标已保存',
  'cockpit.targets.recorded': '实际值已填报',
} as const;

export type CockpitMessageKey = keyof typeof cockpitZh;

export const cockpitEn: Readonly<Record<CockpitMessageKey, string>> = {
  'cockpit.title': 'Leadership dashboard',
  'cockpit.period': 'Period',
  'cockpit.period.MONTH': 'Month',
  'cockpit.period.QUARTER': 'Quarter',
  'cockpit.period.YEAR': 'Year',
  'cockpit.period.CUSTOM': 'Custom',
  'cockpit.periodPick': 'Pick the period',
  'cockpit.periodFrom': 'Period from',
  'cockpit.periodTo': 'Period to',
  'cockpit.asOf': 'As of',
  'cockpit.asOfToday': 'As of today',
  'cockpit.periodSummary': 'Period {from} to {to}',
  'cockpit.historical': 'Historical view: figures as they stood at the end of {asOf}',
  'cockpit.live': 'Figures as of {asOf}',
  'cockpit.print': 'Print',
  'cockpit.export': 'Export Excel',
  'cockpit.exported': 'Exported {name}',
  'cockpit.drillHint': 'Click a number or a chart element to see the rows behind it',
  'cockpit.loadingFigures': 'Counting…',
  'cockpit.unitWan': '×10k CNY',
  'cockpit.unitYi': '×100m CNY',
  'cockpit.targets.title': 'Targets {year}',
  'cockpit.targets.empty': 'No targets set for this year',
  'cockpit.targets.share': 'Share of target',
  'cockpit.targets.actual': 'Actual',
  'cockpit.targets.target': 'Target',
  'cockpit.targets.noTarget': 'not set',
  'cockpit.targets.elapsed': 'Year elapsed {share}',
  'cockpit.targets.trend': 'Monthly trend',
  'cockpit.targets.lastEntry': 'Entered by {who} at {when} (as of {day}, source: {source})',
  'cockpit.targets.set': 'Set target',
  'cockpit.targets.record': 'Record actual',
  'cockpit.targets.setTitle': 'Set target: {name} ({year})',
  'cockpit.targets.recordTitle': 'Record actual: {name}',
  'cockpit.targets.valueIn': 'Value ({unit})',
  'cockpit.targets.valueRequired': 'Enter a value',
  'cockpit.targets.note': 'Note',
  'cockpit.targets.periodEnd': 'Figures as of',
  'cockpit.targets.periodEndRequired': 'Pick the cut-off date',
  'cockpit.targets.sourceNote': 'Source',
  'cockpit.targets.sourceNoteHint': 'e.g. "District statistics bureau, Jan–Jun 2027 flash report"',
  'cockpit.targets.sourceNoteRequired': 'Enter the source',
  'cockpit.targets.saved': 'Target saved',
  'cockpit.targets.recorded': 'Actual recorded',
};

export const cockpitMessages: FeatureDictionary = { 'zh-CN': cockpitZh, en: cockpitEn };
registerMessages('cockpit', cockpitMessages);

declare module '@lianzhao/web-ui' {
  interface FeatureMessages {
    cockpit: typeof cockpitZh;
  }
}
