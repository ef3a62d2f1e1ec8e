import {
  OPEN_STAGES,
  PROTECTING_STATUSES,
  type LeadStage,
  type OrganizationKind,
  type ReferralMatchKey,
  type ReferralStatus,
} from '@lianzhao/domain';
import type { RequestContext } from '@lianzhao/api-core';
import type { TransactionalConnection } from '@lianzhao/api-database';
import { Referral } from './referral.entity';
import { sqlList } from './referral-rules.sql';
import { SETTINGS_ID } from './referral-settings.service';

/**
 * The id of the company's earliest open lead, found through the enterprise register's keys (the
 * normalised name, or the credit code when one is known; a null :creditCode matches nothing).
 * Filing and accepting a referral both ask it.
 */
export const EARLIEST_OPEN_LEAD_SQL = `SELECT l.id FROM leads l INNER JOIN enterprises e ON e.id = l.enterprise_id
  WHERE l.stage IN (${sqlList(OPEN_STAGES)}) AND (e.name_normalized = :nameKey OR e.credit_code = :creditCode)
  ORDER BY l.created_at ASC LIMIT 1`;

/** A referral of the company that may hold or claim it, with what the filing rules read of it. */
export interface MatchedReferral {
  id: string;
  organizationId: string;
  companyName: string;
  status: ReferralStatus;
  protectedUntil: string | null;
  createdAt: Date;
  /** The stage of the lead it led to, if any (a signed lead keeps the protection). */
  leadStage: LeadStage | null;
}

/** Everything the outcome of a filing rests on, as of one snapshot. */
export interface FilingFacts {
  /** The filer's organisation; null for a staff member or an organisation that is gone. */
  organization: {
    active: boolean;
    kind: OrganizationKind;
    contractStartsOn: string | null;
    contractEndsOn: string | null;
  } | null;
  /** 保护期 in days, from the administrator-editable settings. */
  protectionDays: number;
  /** The company's referrals in a protecting status or EXISTING, any organisation, oldest first. */
  matching: MatchedReferral[];
  /** The company's earliest open lead. */
  openLead: { id: string; projectName: string } | null;
}

interface FactsRow {
  org_active: boolean | null;
  org_kind: OrganizationKind | null;
  org_contract_starts_on: string | null;
  org_contract_ends_on: string | null;
  protection_days: number;
  open_lead_id: string | null;
  open_lead_project_name: string | null;
  id: string | null;
  organization_id: string;
  company_name: string;
  status: ReferralStatus;
  protected_until: string | null;
  created_at: Date;
  lead_stage: LeadStage | null;
}

// One statement instead of five (organisation, settings, matching referrals, their leads' stages,
// open lead): filing is the partners' busiest write, and each round trip costs more than the
// reading. One row per matching referral, or a single row with no referral columns when none match.
const FACTS_SQL = `
SELECT o.active AS org_active, o.kind AS org_kind,
       o.contract_starts_on::text AS org_contract_starts_on, o.contract_ends_on::text AS org_contract_ends_on,
       s.protection_days, ol.id AS open_lead_id, ol.project_name AS open_lead_project_name,
       m.id, m.organization_id, m.company_name, m.status, m.protected_until::text AS protected_until,
       m.created_at, m.lead_stage
FROM referral_settings s
LEFT JOIN organizations o ON o.id = :organizationId
LEFT JOIN leads ol ON ol.id = (${EARLIEST_OPEN_LEAD_SQL})
LEFT JOIN (
  SELECT r.id, r.organization_id, r.company_name, r.status, r.protected_until, r.created_at, rl.stage AS lead_stage
  FROM referrals r LEFT JOIN leads rl ON rl.id = r.lead_id
  WHERE r.status IN (${sqlList([...PROTECTING_STATUSES, 'EXISTING'])})
    AND (r.name_key = :nameKey OR r.credit_code = :creditCode)
) m ON true
WHERE s.id = :settingsId
ORDER BY m.created_at ASC, m.id ASC`;

/** Reads the facts of filing this company for this organisation (null: a staff member's check). */
export async function readFilingFacts(
  connection: TransactionalConnection,
  ctx: RequestContext,
  key: ReferralMatchKey,
  organizationId: string | null,
): Promise<FilingFacts> {
  const repo = connection.getRepository(ctx, Referral);
  const [sql, parameters] = connection.dataSource.driver.escapeQueryWithParameters(
    FACTS_SQL,
    { organizationId, nameKey: key.nameKey, creditCode: key.creditCode, settingsId: SETTINGS_ID },
  );
  const rows: FactsRow[] = await repo.query(sql, parameters);
  const [first] = rows;
  if (!first) throw new Error('referral_settings has no row: run the migrations');
  return {
    organization:
      first.org_active === null || first.org_kind === null
        ? null
        : {
            active: first.org_active,
            kind: first.org_kind,
            contractStartsOn: first.org_contract_starts_on,
            contractEndsOn: first.org_contract_ends_on,
          },
    protectionDays: first.protection_days,
    matching: rows.flatMap((row) =>
      row.id === null
        ? []
        : [
            {
              id: row.id,
              organizationId: row.organization_id,
              companyName: row.company_name,
              status: row.status,
              protectedUntil: row.protected_until,
              createdAt: row.created_at,
              leadStage: row.lead_stage,
            },
          ],
    ),
    openLead:
      first.open_lead_id === null ? null : { id: first.open_lead_id, projectName: first.open_lead_project_name ?? '' },
  };
}
