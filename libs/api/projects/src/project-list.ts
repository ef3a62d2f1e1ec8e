import {
  createdAtSortKey,
  dateRange,
  defineList,
  equalsCondition,
  inCondition,
  searchCondition,
  SortDirection,
  type SqlCondition,
} from '@lianzhao/api-core';
import { matchesEnterpriseSql } from '@lianzhao/api-enterprises';
import { attributionConditions } from '@lianzhao/api-attribution';
import { Project } from './project.entity';
import { ProjectOrderField, type MilestoneDoneFilter, type ProjectFilter } from './dto/project.inputs';
import {
  asOfHealthConditions,
  DAYS_LATE_SQL,
  HEALTH_CONDITION_SQL,
  healthCondition,
  plannedAsOfSql,
  LANDED_SQL,
  NEXT_MILESTONE_SQL,
  SIGNED_SQL,
} from './project-rules.sql';

/** The most rows one project export writes; a larger list is refused rather than cut off unnoticed. */
export const MAX_PROJECT_EXPORT_ROWS = 5_000;

/**
 * The project filter as SQL. Health, next milestone, signed and landed dates are the rules' SQL
 * twins over the project's milestone facts (against the kit's :today), so paging and counts stay
 * exact and no condition looks into the milestones table.
 */
export function projectConditions(filter: ProjectFilter): SqlCondition[] {
  const out: SqlCondition[] = [
    ...searchCondition(['p.name'], filter.search, {
      orMatches: matchesEnterpriseSql('p.enterprise_id'),
      document: 'p.search_text',
    }),
    ...healthCondition(filter.healths, filter.asOf ? asOfHealthConditions('asOf') : HEALTH_CONDITION_SQL),
    ...equalsCondition(NEXT_MILESTONE_SQL, 'next', filter.nextMilestone),
    ...equalsCondition('p.type', 'type', filter.type),
    ...attributionConditions('p', filter),
    ...equalsCondition('p.park_code', 'parkCode', filter.parkCode),
    ...dateRange(SIGNED_SQL, 'signed', filter.signedFrom, filter.signedTo),
    ...dateRange(LANDED_SQL, 'landed', filter.landedFrom, filter.landedTo),
  ];
  if (filter.landed === true) out.push({ sql: `${LANDED_SQL} IS NOT NULL` });
  if (filter.landed === false) out.push({ sql: `${LANDED_SQL} IS NULL` });
  // ---- 驾驶舱 (issue 13, cockpit-flow): new filter conditions go below this line ----
  out.push(...inCondition('p.industry_code', 'industryCodes', filter.industryCodes));
  // ── 驾驶舱（节点进度）: as-of health (above), milestones done in a period, exact projects ──
  // As of a day, a project signed after it did not exist yet.
  if (filter.asOf) out.push({ sql: `${SIGNED_SQL} <= CAST(:asOf AS date)`, params: { asOf: filter.asOf } });
  if (filter.milestoneDone) {
    const done = milestoneDoneCondition('dm', filter.milestoneDone, filter.asOf ?? null);
    out.push({
      sql: `EXISTS (SELECT 1 FROM project_milestones dm WHERE dm.project_id = p.id AND dm.code = :doneCode AND ${done.sql})`,
      params: { ...done.params, doneCode: filter.milestoneDone.code },
    });
  }
  out.push(...inCondition('p.id', 'ids', filter.ids));
  return out;
}

/**
 * A milestone aliased `m` was done within the filter's days against a plan it had (the plan as it
 * stood at the end of `asOf` when given), on time (actual ≤ planned) or late as asked; the code
 * is left to the caller, so the cockpit can group these by code under one statement.
 */
export function milestoneDoneCondition(
  m: string,
  done: Omit<MilestoneDoneFilter, 'code'>,
  asOf: string | null,
): SqlCondition & { params: Record<string, unknown>; planned: string } {
  const planned = asOf ? plannedAsOfSql(m, 'asOf') : `${m}.planned_date`;
  const parts = [`${m}.actual_date IS NOT NULL`, `${planned} IS NOT NULL`];
  const params: Record<string, unknown> = asOf ? { asOf } : {};
  for (const c of dateRange(`${m}.actual_date`, 'done', done.from, done.to)) {
    parts.push(c.sql);
    Object.assign(params, c.params);
  }
  if (done.onTime === true) parts.push(`${m}.actual_date <= ${planned}`);
  if (done.onTime === false) parts.push(`${m}.actual_date > ${planned}`);
  return { sql: parts.join(' AND '), params, planned };
}

/** 项目落地: the landing projects list and its export. */
export const PROJECT_LIST = defineList<Project, ProjectFilter, ProjectOrderField>({
  entity: Project,
  alias: 'p',
  filter: projectConditions,
  sortKeys: {
    [ProjectOrderField.CREATED_AT]: createdAtSortKey('p'),
    // Not signed or not landed sorts as the earliest day, so it ends a newest-first list. The
    // indexes projects_signed_on_sort_idx and projects_landed_on_sort_idx lead with exactly the
    // kit's COALESCE(<sql>, CAST('<nullAs>' AS date)), id: keep them in step with these keys.
    [ProjectOrderField.SIGNED_ON]: { sql: SIGNED_SQL, type: 'date', nullAs: '0001-01-01' },
    [ProjectOrderField.LANDED_ON]: { sql: LANDED_SQL, type: 'date', nullAs: '0001-01-01' },
    [ProjectOrderField.CONTRACT_INVESTMENT]: { sql: 'p.contract_investment', type: 'numeric', nullAs: '-1' },
    [ProjectOrderField.DAYS_LATE]: { sql: DAYS_LATE_SQL, type: 'int' },
  },
  defaultSort: { field: ProjectOrderField.SIGNED_ON, direction: SortDirection.DESC },
  // A card shows its enterprise and owner: read with the page rather than batched after it.
  pageRelations: ['enterprise', 'owner'],
  pageRelationCards: { enterprise: ['id', 'name', 'creditCode'], owner: ['id', 'displayName'] },
  exportCap: { max: MAX_PROJECT_EXPORT_ROWS, noun: '项目', unit: '个' },
});
