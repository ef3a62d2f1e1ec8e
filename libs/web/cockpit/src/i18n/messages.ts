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
};

export const cockpitMessages: FeatureDictionary = { 'zh-CN': cockpitZh, en: cockpitEn };
registerMessages('cockpit', cockpitMessages);

declare module '@lianzhao/web-ui' {
  interface FeatureMessages {
    cockpit: typeof cockpitZh;
  }
}
