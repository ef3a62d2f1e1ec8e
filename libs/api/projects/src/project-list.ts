import { defineList, escapeLike, SortDirection, type SqlCondition } from '@lianzhao/api-core';
import { attributionConditions } from '@lianzhao/api-attribution';
import { Project } from './project.entity';
import { ProjectOrderField, type ProjectFilter } from './dto/project.inputs';
import { DAYS_LATE_SQL, HEALTH_SQL, LANDED_SQL, NEXT_MILESTONE_SQL, SIGNED_SQL } from './project-rules.sql';

/** The most rows one project export writes; a larger list is refused rather than cut off unnoticed. */
export const MAX_PROJECT_EXPORT_ROWS = 5_000;

/**
 * The project filter as SQL. Health, next milestone, signed and landed dates are the rules' SQL
 * twins over the milestones (against the kit's :today), so paging and counts stay exact.
 */
export function projectConditions(filter: ProjectFilter): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (filter.search)
    out.push({
      sql: 'p.name ILIKE :term OR EXISTS (SELECT 1 FROM enterprises e WHERE e.id = p.enterprise_id AND (e.name ILIKE :term OR e.credit_code ILIKE :term))',
      params: { term: `%${escapeLike(filter.search)}%` },
    });
  if (filter.healths?.length)
    out.push({ sql: `${HEALTH_SQL} IN (:...healths)`, params: { healths: filter.healths } });
  if (filter.nextMilestone)
    out.push({ sql: `${NEXT_MILESTONE_SQL} = :next`, params: { next: filter.nextMilestone } });
  if (filter.type) out.push({ sql: 'p.type = :type', params: { type: filter.type } });
  out.push(...attributionConditions('p', filter));
  if (filter.park) out.push({ sql: 'p.park ILIKE :park', params: { park: `%${escapeLike(filter.park)}%` } });
  if (filter.signedFrom)
    out.push({
      sql: `${SIGNED_SQL} >= CAST(:signedFrom AS date)`,
      params: { signedFrom: filter.signedFrom },
    });
  if (filter.signedTo)
    out.push({ sql: `${SIGNED_SQL} <= CAST(:signedTo AS date)`, params: { signedTo: filter.signedTo } });
  if (filter.landedFrom)
    out.push({
      sql: `${LANDED_SQL} >= CAST(:landedFrom AS date)`,
      params: { landedFrom: filter.landedFrom },
    });
  if (filter.landedTo)
    out.push({ sql: `${LANDED_SQL} <= CAST(:landedTo AS date)`, params: { landedTo: filter.landedTo } });
  if (filter.landed === true) out.push({ sql: `${LANDED_SQL} IS NOT NULL` });
  if (filter.landed === false) out.push({ sql: `${LANDED_SQL} IS NULL` });
  return out;
}

/** 项目落地: the landing projects list and its export. */
export const PROJECT_LIST = defineList<Project, ProjectFilter, ProjectOrderField>({
  entity: Project,
  alias: 'p',
  filter: projectConditions,
  sortKeys: {
    [ProjectOrderField.CREATED_AT]: { sql: 'p.created_at', type: 'timestamptz' },
    // Not signed or not landed sorts as the earliest day, so it ends a newest-first list.
    [ProjectOrderField.SIGNED_ON]: { sql: SIGNED_SQL, type: 'date', nullAs: '0001-01-01' },
    [ProjectOrderField.LANDED_ON]: { sql: LANDED_SQL, type: 'date', nullAs: '0001-01-01' },
    [ProjectOrderField.CONTRACT_INVESTMENT]: { sql: 'p.contract_investment', type: 'numeric', nullAs: '-1' },
    [ProjectOrderField.DAYS_LATE]: { sql: DAYS_LATE_SQL, type: 'int' },
  },
  defaultSort: { field: ProjectOrderField.SIGNED_ON, direction: SortDirection.DESC },
  exportCap: { max: MAX_PROJECT_EXPORT_ROWS, noun: '项目', unit: '个' },
});
