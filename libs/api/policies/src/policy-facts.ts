import { enterprisePolicyFacts, normalizeDecimal, type PolicyFacts, type PolicySubject } from '@lianzhao/domain';

/**
 * The facts of projects a policy item is judged by, in one statement per batch: the project's
 * own columns, its enterprise's tags and its milestones' actual dates. Read as SQL over the owning
 * contexts' tables (their columns are the facts' one home); nothing here writes them.
 */
export const PROJECT_FACTS_SQL = `
  SELECT p.id, p.enterprise_id, p.industry_code, p.segment_code, p.channel, p.type, p.town_code, p.park_code AS park,
         p.planned_fixed_asset_investment::text AS planned, p.actual_fixed_asset_investment::text AS actual,
         p.land_area::text AS land_area, p.space_area::text AS space_area, e.tag_codes,
         COALESCE((SELECT jsonb_object_agg(m.code, m.actual_date::text) FROM project_milestones m
                    WHERE m.project_id = p.id AND m.actual_date IS NOT NULL), '{}'::jsonb) AS milestones
    FROM projects p JOIN enterprises e ON e.id = p.enterprise_id`;

export interface ProjectFactsRow {
  id: string;
  enterprise_id: string;
  industry_code: string | null;
  segment_code: string | null;
  channel: string | null;
  type: string | null;
  town_code: string | null;
  park: string | null;
  planned: string | null;
  actual: string | null;
  land_area: string | null;
  space_area: string | null;
  tag_codes: string[] | string | null;
  milestones: Record<string, string> | string;
}

function decimal(value: string | null): string | null {
  return value === null ? null : normalizeDecimal(value);
}

/** A varchar[] may come back as its text form ({A,B}) from drivers that do not parse arrays. */
function tags(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((t) => t.replace(/^"|"$/g, ''));
}

function projectFactsOf(row: ProjectFactsRow): PolicyFacts {
  return {
    industry: row.industry_code,
    segment: row.segment_code,
    channel: row.channel,
    projectType: row.type,
    town: row.town_code,
    park: row.park,
    tags: tags(row.tag_codes),
    plannedFixedAssetInvestment: decimal(row.planned),
    actualFixedAssetInvestment: decimal(row.actual),
    landArea: decimal(row.land_area),
    spaceArea: decimal(row.space_area),
    milestones: typeof row.milestones === 'string' ? (JSON.parse(row.milestones) as Record<string, string>) : row.milestones,
  };
}

/** An enterprise's own facts (libs/domain says which): the columns it holds without a project. */
export const ENTERPRISE_FACTS_SQL = `
  SELECT e.id, e.industry_code, e.segment_code, e.tag_codes FROM enterprises e`;

export interface EnterpriseFactsRow {
  id: string;
  industry_code: string | null;
  segment_code: string | null;
  tag_codes: string[] | string | null;
}

function enterpriseFactsOf(row: EnterpriseFactsRow): PolicyFacts {
  return enterprisePolicyFacts({ industry: row.industry_code, segment: row.segment_code, tags: tags(row.tag_codes) });
}

/** How each kind of subject is read and where its matches are keyed. */
export const SUBJECTS: Readonly<
  Record<PolicySubject, { sql: string; alias: string; column: 'project_id' | 'enterprise_id'; table: string }>
> = {
  PROJECT: { sql: PROJECT_FACTS_SQL, alias: 'p', column: 'project_id', table: 'projects' },
  ENTERPRISE: { sql: ENTERPRISE_FACTS_SQL, alias: 'e', column: 'enterprise_id', table: 'enterprises' },
};

export function factsOf(subject: PolicySubject, row: ProjectFactsRow | EnterpriseFactsRow): PolicyFacts {
  return subject === 'PROJECT' ? projectFactsOf(row as ProjectFactsRow) : enterpriseFactsOf(row);
}
