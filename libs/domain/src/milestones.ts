import type { LocalizedLabel } from './labels';

/**
 * Landing milestones (DOMAIN.md, policy section 二(二) 早竣工早投产). Everything here is a pure
 * function of the milestones and "today" as a Shanghai calendar date, so the server's filters,
 * the alerts and the web's timeline all agree on what is late.
 */
export const MILESTONE_CODES = [
  'SIGNED',
  'REGISTERED',
  'SITE_SECURED',
  'CONSTRUCTION_STARTED',
  'COMPLETED',
  'IN_PRODUCTION',
  'FULL_OUTPUT',
  'MOVED_IN',
  'OPERATING',
] as const;
export type MilestoneCode = (typeof MILESTONE_CODES)[number];

export const MILESTONE_LABELS: Readonly<Record<MilestoneCode, LocalizedLabel>> = {
  SIGNED: { zh: '签约', en: 'Signed' },
  REGISTERED: { zh: '工商注册', en: 'Registered' },
  SITE_SECURED: { zh: '土地/空间落实', en: 'Site secured' },
  CONSTRUCTION_STARTED: { zh: '开工', en: 'Construction started' },
  COMPLETED: { zh: '竣工', en: 'Completed' },
  IN_PRODUCTION: { zh: '投产', en: 'In production' },
  FULL_OUTPUT: { zh: '达产', en: 'Full output' },
  MOVED_IN: { zh: '入驻', en: 'Moved in' },
  OPERATING: { zh: '运营', en: 'Operating' },
};

/** 落地: a project counts as landed from the day this milestone has an actual date. */
export const LANDED_MILESTONE: MilestoneCode = 'REGISTERED';

export const PROJECT_TYPES = ['HEAVY', 'LIGHT'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const PROJECT_TYPE_LABELS: Readonly<Record<ProjectType, LocalizedLabel>> = {
  HEAVY: { zh: '重资产', en: 'Heavy-asset' },
  LIGHT: { zh: '轻资产', en: 'Light-asset' },
};

/** The templates the reference data is seeded with; the database copy is what projects use. */
export const DEFAULT_MILESTONE_TEMPLATES: Readonly<Record<ProjectType, readonly MilestoneCode[]>> = {
  HEAVY: [
    'SIGNED',
    'REGISTERED',
    'SITE_SECURED',
    'CONSTRUCTION_STARTED',
    'COMPLETED',
    'IN_PRODUCTION',
    'FULL_OUTPUT',
  ],
  LIGHT: ['SIGNED', 'REGISTERED', 'MOVED_IN', 'OPERATING'],
};

/**
 * Milestones a project of the type may skip (the seeded `optional` flag of the templates; the
 * database copy is what the rule uses): a leased space has no 土地/空间落实.
 */
export const DEFAULT_OPTIONAL_MILESTONES: Readonly<Record<ProjectType, readonly MilestoneCode[]>> = {
  HEAVY: ['SITE_SECURED'],
  LIGHT: [],
};

/**
 * Milestones no template may mark optional: 签约 starts a project, and 工商注册 is 落地 itself,
 * which nothing after it may precede. An admin may make any other milestone skippable.
 */
export const MANDATORY_MILESTONES: readonly MilestoneCode[] = ['SIGNED', 'REGISTERED'];

export function canBeOptional(code: MilestoneCode): boolean {
  return !MANDATORY_MILESTONES.includes(code);
}

/** Headquarters, services and trade (the "N" of 4+N) land light; the four leading industries build. */
export function defaultProjectType(industryCode: string): ProjectType {
  return industryCode === 'OTHER' ? 'LIGHT' : 'HEAVY';
}

/**
 * The type may change while nothing after 工商注册 has happened: past that point the company has
 * started building (or moved in) and the other template would rewrite history.
 */
export function canChangeProjectType(milestones: readonly MilestoneDates[]): boolean {
  return !milestones.some((m) => m.actualDate && m.code !== 'SIGNED' && m.code !== LANDED_MILESTONE);
}

/** Land supply modes of section 四(十). */
export const SITE_SUPPLY_MODES = [
  'FLEXIBLE_TRANSFER',
  'LONG_LEASE',
  'LEASE_THEN_TRANSFER',
  'LEASE_AND_TRANSFER',
] as const;
export type SiteSupplyMode = (typeof SITE_SUPPLY_MODES)[number];

export const SITE_SUPPLY_MODE_LABELS: Readonly<Record<SiteSupplyMode, LocalizedLabel>> = {
  FLEXIBLE_TRANSFER: { zh: '弹性出让', en: 'Flexible-term transfer' },
  LONG_LEASE: { zh: '长期租赁', en: 'Long-term lease' },
  LEASE_THEN_TRANSFER: { zh: '先租后让', en: 'Lease then transfer' },
  LEASE_AND_TRANSFER: { zh: '租让结合', en: 'Lease and transfer combined' },
};

export const SPACE_TENURES = ['LEASED', 'BOUGHT'] as const;
export type SpaceTenure = (typeof SPACE_TENURES)[number];

export const SPACE_TENURE_LABELS: Readonly<Record<SpaceTenure, LocalizedLabel>> = {
  LEASED: { zh: '租赁', en: 'Leased' },
  BOUGHT: { zh: '购买', en: 'Bought' },
};

/** Support items of section 二(二). */
export const SUPPORT_ITEM_KINDS = ['PRELIMINARY_COSTS', 'SPACE_COSTS', 'FIXED_ASSET_INVESTMENT'] as const;
export type SupportItemKind = (typeof SUPPORT_ITEM_KINDS)[number];

export const SUPPORT_ITEM_KIND_LABELS: Readonly<Record<SupportItemKind, LocalizedLabel>> = {
  PRELIMINARY_COSTS: { zh: '前期费用', en: 'Preliminary costs' },
  SPACE_COSTS: { zh: '租购空间费用', en: 'Space rent or purchase' },
  FIXED_ASSET_INVESTMENT: { zh: '固定资产投资', en: 'Fixed-asset investment' },
};

export const MILESTONE_STATUSES = ['DONE', 'OVERDUE', 'DUE', 'PLANNED', 'NOT_PLANNED'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_STATUS_LABELS: Readonly<Record<MilestoneStatus, LocalizedLabel>> = {
  DONE: { zh: '已完成', en: 'Done' },
  OVERDUE: { zh: '逾期', en: 'Overdue' },
  DUE: { zh: '临近', en: 'Due' },
  PLANNED: { zh: '已计划', en: 'Planned' },
  NOT_PLANNED: { zh: '未计划', en: 'Not planned' },
};

/** A milestone planned this many days ahead or fewer (and not done) is due. */
export const DUE_WITHIN_DAYS = 30;

export const PROJECT_HEALTHS = ['ON_TRACK', 'AT_RISK', 'OVERDUE'] as const;
export type ProjectHealth = (typeof PROJECT_HEALTHS)[number];

export const PROJECT_HEALTH_LABELS: Readonly<Record<ProjectHealth, LocalizedLabel>> = {
  ON_TRACK: { zh: '正常', en: 'On track' },
  AT_RISK: { zh: '临近', en: 'At risk' },
  OVERDUE: { zh: '逾期', en: 'Overdue' },
};

export interface MilestoneDates {
  readonly code: MilestoneCode;
  /** `YYYY-MM-DD` or null. */
  readonly plannedDate: string | null;
  readonly actualDate: string | null;
}

export function isMilestoneCode(value: unknown): value is MilestoneCode {
  return typeof value === 'string' && (MILESTONE_CODES as readonly string[]).includes(value);
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * DONE once it has an actual date; OVERDUE when the planned day has passed without one (the
 * planned day itself is still in time); DUE when planned within the next 30 days; PLANNED for
 * later plans; NOT_PLANNED when neither date is set.
 */
export function milestoneStatus(m: MilestoneDates, today: string): MilestoneStatus {
  if (m.actualDate) return 'DONE';
  if (!m.plannedDate) return 'NOT_PLANNED';
  const ahead = daysBetween(today, m.plannedDate);
  if (ahead < 0) return 'OVERDUE';
  if (ahead <= DUE_WITHIN_DAYS) return 'DUE';
  return 'PLANNED';
}

/** Days past the planned date: for an open milestone up to today, for a done one up to its actual date. */
export function milestoneDaysLate(m: MilestoneDates, today: string): number {
  if (!m.plannedDate) return 0;
  return Math.max(0, daysBetween(m.plannedDate, m.actualDate ?? today));
}

export interface ProjectHealthResult {
  readonly health: ProjectHealth;
  /** Days late of the worst open overdue milestone; 0 unless OVERDUE. */
  readonly daysLate: number;
  /** The milestone that decides the health (worst overdue, else the nearest due), if any. */
  readonly worst: MilestoneCode | null;
}

/**
 * OVERDUE when any open milestone is past its planned date (days late of the worst one);
 * AT_RISK when none is overdue but one is due within 30 days; ON_TRACK otherwise. Milestones
 * done late do not count: the project caught up, and what leadership asks is "what is late now".
 */
export function projectHealth(milestones: readonly MilestoneDates[], today: string): ProjectHealthResult {
  let worst: MilestoneDates | null = null;
  let worstLate = 0;
  let nearestDue: MilestoneDates | null = null;
  for (const m of milestones) {
    const status = milestoneStatus(m, today);
    if (status === 'OVERDUE') {
      const late = milestoneDaysLate(m, today);
      if (late > worstLate) {
        worst = m;
        worstLate = late;
      }
    } else if (status === 'DUE' && (!nearestDue || (m.plannedDate ?? '') < (nearestDue.plannedDate ?? ''))) {
      nearestDue = m;
    }
  }
  if (worst) return { health: 'OVERDUE', daysLate: worstLate, worst: worst.code };
  if (nearestDue) return { health: 'AT_RISK', daysLate: 0, worst: nearestDue.code };
  return { health: 'ON_TRACK', daysLate: 0, worst: null };
}

/** The first milestone in template order without an actual date: what the project works on next. */
export function nextMilestone(milestones: readonly MilestoneDates[]): MilestoneCode | null {
  return milestones.find((m) => !m.actualDate)?.code ?? null;
}

/** The 签约 date: the 签约 milestone's actual date. */
export function signedOn(milestones: readonly MilestoneDates[]): string | null {
  return milestones.find((m) => m.code === 'SIGNED')?.actualDate ?? null;
}

/** The 落地 date: the 工商注册 milestone's actual date. */
export function landedOn(milestones: readonly MilestoneDates[]): string | null {
  return milestones.find((m) => m.code === LANDED_MILESTONE)?.actualDate ?? null;
}

export type ActualDateCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly message: string; readonly conflictsWith: MilestoneCode | null };

/**
 * Whether `code` may get the actual date `actualDate`, given the project's milestones in template
 * order, the codes its template marks optional, and today's Shanghai date. A date may not be in
 * the future, before an earlier milestone's actual date, or after a later one's (no 投产 before
 * 开工). "Skipped" means precisely: an optional milestone may stay without an actual date while
 * later ones get theirs (a leased space has no 土地/空间落实); a milestone that is not optional
 * must have its actual date before any later milestone gets one, so nothing happens before 落地
 * (工商注册). The same invariant governs clearing (null, to fix a typo): a non-optional milestone
 * keeps its date while a later milestone has one, and 签约 keeps its date always. A refusal names the milestone it conflicts with.
 */
export function checkActualDate(
  milestones: readonly MilestoneDates[],
  code: MilestoneCode,
  actualDate: string | null,
  today: string,
  optional: readonly MilestoneCode[],
  // Admins may rename milestones (节点模板): the caller passes the names as they stand.
  nameOf: (code: MilestoneCode) => string = (c) => MILESTONE_LABELS[c].zh,
): ActualDateCheck {
  const label = nameOf(code);
  const index = milestones.findIndex((m) => m.code === code);
  if (index < 0) return { ok: false, message: `该项目的节点模板中没有“${label}”`, conflictsWith: null };
  if (actualDate === null) {
    // The signed date is where the project starts (and what 签约 statistics count).
    if (code === 'SIGNED') return { ok: false, message: '签约日期不能清除', conflictsWith: null };
    if (optional.includes(code)) return { ok: true };
    const dated = milestones.slice(index + 1).find((m) => m.actualDate);
    if (!dated) return { ok: true };
    const other = nameOf(dated.code);
    return {
      ok: false,
      message: `“${other}”已有实际日期，须先清除它，才能清除“${label}”的实际日期`,
      conflictsWith: dated.code,
    };
  }
  if (actualDate > today) {
    return { ok: false, message: `“${label}”的实际日期不能晚于今天（${today}）`, conflictsWith: null };
  }
  for (let i = index - 1; i >= 0; i--) {
    const earlier = milestones[i];
    if (earlier.actualDate && earlier.actualDate > actualDate) {
      const other = nameOf(earlier.code);
      return {
        ok: false,
        message: `“${label}”的实际日期不能早于“${other}”（${earlier.actualDate}）`,
        conflictsWith: earlier.code,
      };
    }
  }
  for (let i = index + 1; i < milestones.length; i++) {
    const later = milestones[i];
    if (later.actualDate && later.actualDate < actualDate) {
      const other = nameOf(later.code);
      return {
        ok: false,
        message: `“${label}”的实际日期不能晚于“${other}”（${later.actualDate}）`,
        conflictsWith: later.code,
      };
    }
  }
  const missing = milestones.slice(0, index).find((m) => !m.actualDate && !optional.includes(m.code));
  if (missing) {
    const other = nameOf(missing.code);
    return {
      ok: false,
      message: `须先记录“${other}”的实际日期，才能记录“${label}”`,
      conflictsWith: missing.code,
    };
  }
  return { ok: true };
}

/**
 * The milestones of a type's template, keeping the dates of codes both templates share (签约,
 * 工商注册) when an officer changes the type.
 */
export function rebuildMilestones(
  template: readonly MilestoneCode[],
  current: readonly MilestoneDates[],
): MilestoneDates[] {
  return template.map((code) => {
    const kept = current.find((m) => m.code === code);
    return { code, plannedDate: kept?.plannedDate ?? null, actualDate: kept?.actualDate ?? null };
  });
}

/**
 * The milestones as they stood at the end of `day`: an actual date after it had not happened
 * yet. Plans are taken as given (the caller passes the plans of that day). projectHealth of the
 * result on `day` is the health the cockpit shows "as of" that day.
 */
export function milestonesAsOf<M extends MilestoneDates>(milestones: readonly M[], day: string): M[] {
  return milestones.map((m) => (m.actualDate && m.actualDate > day ? { ...m, actualDate: null } : m));
}
