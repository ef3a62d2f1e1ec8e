import type { MilestoneStatus, ProjectHealth } from '@lianzhao/domain';

/** Colours shared by the progress bar, the timeline and the Gantt view (antd palette). */
export const STATUS_COLORS: Readonly<Record<MilestoneStatus, string>> = {
  DONE: '#52c41a',
  OVERDUE: '#ff4d4f',
  DUE: '#faad14',
  PLANNED: '#91caff',
  NOT_PLANNED: '#d9d9d9',
};

/** antd preset tag colours for a milestone's status (readable text on every background). */
export const STATUS_TAG_COLORS: Readonly<Record<MilestoneStatus, string>> = {
  DONE: 'success',
  OVERDUE: 'error',
  DUE: 'warning',
  PLANNED: 'processing',
  NOT_PLANNED: 'default',
};

export const HEALTH_TAG_COLORS: Readonly<Record<ProjectHealth, string>> = {
  ON_TRACK: 'green',
  AT_RISK: 'orange',
  OVERDUE: 'red',
};

const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Asia/Shanghai (`YYYY-MM-DD`), the day the server checks dates against. */
export function shanghaiToday(now: Date = new Date()): string {
  return SHANGHAI_DATE.format(now);
}
