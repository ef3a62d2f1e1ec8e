import type { EntityManager } from 'typeorm';
import { FENGXIAN_DIVISION, SCI_TECH_TAG_CODES, type InvestmentRecognition } from '@lianzhao/domain';
import type { SqlCondition } from '@lianzhao/api-core';
import { LANDED_SQL } from '@lianzhao/api-projects';
import { EFFECTIVE_STATUS } from '@lianzhao/api-referrals';

// The 返投 rules that run in SQL. Their TypeScript form is libs/domain/src/reinvestment.ts (read
// its header for the rules themselves); apps/api/test/reinvestment-rules.spec.ts runs both over the
// same cases. It reuses the owners' SQL rules — the landing date (LANDED_SQL, projects) and the
// effective referral status (EFFECTIVE_STATUS, referrals) — over projects aliased `p`, referrals
// `r` and their leads `rl`. Everything is computed on read from the rows the rules look at: a
// milestone date cleared or moved, a referral decided or an investment changed shows at once.
//
// The statements take the named parameters :today (a Shanghai date, for the referral's effective
// status) and whatever the fund scope names, and are written for TypeORM's
// driver.escapeQueryWithParameters. Dates leave as text: the pg driver would turn them into
// midnight in the server's time zone. Amounts leave as numeric strings, padded to their scale.

/** Runs one of the statements below with its named parameters on `manager` (a request's transaction or not). */
export function runReinvestmentSql<T>(
  manager: EntityManager,
  sql: string,
  parameters: Readonly<Record<string, unknown>>,
): Promise<T[]> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, { ...parameters });
  return manager.query(query, values);
}

/** Which funds a statement is about: a condition over `f` (funds), with its parameters. */
export interface FundScope {
  readonly condition: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}

export const ALL_FUNDS: FundScope = { condition: 'TRUE', parameters: {} };

export const fundsById = (fundIds: readonly string[]): FundScope => ({
  condition: 'f.id = ANY(CAST(:fundIds AS uuid[]))',
  parameters: { fundIds: [...fundIds] },
});

/** The funds of the given investments (each investment's recognition needs its fund's rule). */
export const fundsOfInvestments = (investmentIds: readonly string[]): FundScope => ({
  condition: 'f.id IN (SELECT fund_id FROM investments WHERE id = ANY(CAST(:investmentIds AS uuid[])))',
  parameters: { investmentIds: [...investmentIds] },
});

/**
 * landingProject: the project an investment `i` names, else the one signed from its lead (one
 * project per lead: a unique index serves the look-up).
 */
const LANDING_PROJECT_ID = (i: string) =>
  `COALESCE(${i}.project_id, (SELECT lp.id FROM projects lp WHERE lp.lead_id = ${i}.lead_id))`;

/**
 * localStockSince over an enterprise `e` and the investment's day: the officer's mark, or for a
 * district credit code the founding day (the payment day when unknown), the earlier of the two.
 */
const LOCAL_STOCK_SINCE = (e: string, investedOn: string) =>
  `LEAST(${e}.local_stock_since, CASE WHEN SUBSTRING(${e}.credit_code FROM 3 FOR 6) = '${FENGXIAN_DIVISION}' THEN COALESCE(${e}.founded_on, ${investedOn}) END)`;

/**
 * The CTEs every statement here starts from:
 * - `scope`: the funds asked about;
 * - `investment_rows`: every investment of those funds with its recognition (investmentRecognition)
 *   and, for a PAID one, its line (investmentLine);
 * - `referral_lines`: the 招引落地 lines counted against those funds (referralLines);
 * - `ledger`: the lines of both kinds (reinvestmentLines).
 */
export function reinvestmentCtes(scope: FundScope): string {
  return `WITH scope AS (
  SELECT f.* FROM funds f WHERE ${scope.condition}
),
investment_facts AS (
  SELECT i.id AS investment_id, i.fund_id, i.enterprise_id, i.stage, i.amount, i.invested_on, i.local_amount,
         s.count_local, s.local_coefficient, s.count_subsidiary, s.subsidiary_coefficient,
         p.id AS project_id, COALESCE(p.enterprise_id, il.enterprise_id) AS landing_enterprise_id,
         ${LANDED_SQL} AS landed_on,
         ${LOCAL_STOCK_SINCE('e', 'i.invested_on')} AS stock_since
    FROM scope s
    JOIN investments i ON i.fund_id = s.id
    -- One look-up by key per investment for the enterprise and the project (LIMIT keeps the planner
    -- from hashing every one of them: at 200,000 enterprises that scan cost more than the rest).
    JOIN LATERAL (
      SELECT ie.local_stock_since, ie.credit_code, ie.founded_on FROM enterprises ie WHERE ie.id = i.enterprise_id LIMIT 1
    ) e ON TRUE
    LEFT JOIN LATERAL (SELECT lp.* FROM projects lp WHERE lp.id = ${LANDING_PROJECT_ID('i')} LIMIT 1) p ON TRUE
    LEFT JOIN leads il ON il.id = i.lead_id
),
investment_kinds AS (
  SELECT x.*,
         COALESCE(x.landing_enterprise_id <> x.enterprise_id, FALSE) AS subsidiary,
         CASE WHEN x.landing_enterprise_id <> x.enterprise_id THEN x.landed_on
              ELSE LEAST(x.landed_on, x.stock_since) END AS local_since
    FROM investment_facts x
),
investment_rows AS (
  SELECT k.investment_id, k.fund_id, k.enterprise_id, k.project_id, k.stage, k.amount AS invested_amount,
         CASE WHEN k.subsidiary THEN 'SUBSIDIARY' ELSE 'LOCAL' END AS kind,
         CASE WHEN k.stage <> 'PAID' THEN 'PIPELINE'
              WHEN NOT (CASE WHEN k.subsidiary THEN k.count_subsidiary ELSE k.count_local END) THEN 'NOT_COUNTED'
              WHEN k.local_since IS NULL THEN 'PENDING'
              ELSE 'COUNTED' END AS recognition,
         CASE WHEN k.local_since IS NOT NULL THEN GREATEST(k.invested_on, k.local_since) END AS counted_from,
         CASE WHEN k.subsidiary THEN COALESCE(k.local_amount, k.amount) ELSE k.amount END AS base_amount,
         CASE WHEN k.subsidiary THEN k.subsidiary_coefficient ELSE k.local_coefficient END AS coefficient
    FROM investment_kinds k
),
referral_candidates AS (
  SELECT DISTINCT ON (r.organization_id, p.id)
         r.id AS referral_id, r.organization_id, p.id AS project_id, p.lead_id, p.enterprise_id, ${LANDED_SQL} AS landed_on,
         COALESCE(e.registered_capital, p.registered_capital, p.contract_investment, 0) AS base_amount
    FROM referrals r
    LEFT JOIN leads rl ON rl.id = r.lead_id
    -- The one project of the referral's lead, by key (LIMIT keeps the planner from hashing every project).
    JOIN LATERAL (SELECT rp.* FROM projects rp WHERE rp.lead_id = r.lead_id LIMIT 1) p ON TRUE
    JOIN enterprises e ON e.id = p.enterprise_id
   WHERE r.organization_id IN (SELECT manager_organization_id FROM scope)
     -- Only a stored ACCEPTED reads as effectively ACCEPTED: the index narrows, the rule decides.
     AND r.status = 'ACCEPTED'
     AND ${LANDED_SQL} IS NOT NULL
     AND ${EFFECTIVE_STATUS} = 'ACCEPTED'
   ORDER BY r.organization_id, p.id, r.id
),
referral_lines AS (
  SELECT c.*, rf.id AS fund_id, rf.referred_coefficient AS coefficient
    FROM referral_candidates c
    JOIN LATERAL (
      SELECT f2.id, f2.count_referred, f2.referred_coefficient
        FROM funds f2
       WHERE f2.manager_organization_id = c.organization_id AND f2.vintage_date <= c.landed_on
       ORDER BY f2.vintage_date DESC, f2.id DESC
       LIMIT 1
    ) rf ON TRUE
   WHERE rf.count_referred
     -- The scope's condition again, on the table (by key), not on the CTE: a CTE has no index,
     -- and the planner rehashed all of it for every candidate.
     AND rf.id IN (SELECT f.id FROM funds f WHERE ${scope.condition})
     AND NOT EXISTS (
       SELECT 1
         FROM investments i2
         JOIN funds f3 ON f3.id = i2.fund_id
        WHERE f3.manager_organization_id = c.organization_id
          -- landingProject(i2) = c.project_id, spelt so each part has its index: the project named,
          -- or none named and i2's lead is the project's lead (one project per lead).
          AND (i2.enterprise_id = c.enterprise_id OR i2.project_id = c.project_id
               OR (i2.project_id IS NULL AND i2.lead_id = c.lead_id))
     )
),
ledger AS (
  SELECT w.fund_id, w.kind, w.recognition AS status, w.counted_from, w.base_amount, w.coefficient,
         w.base_amount * w.coefficient AS amount, w.enterprise_id, w.investment_id,
         CAST(NULL AS uuid) AS referral_id, w.project_id
    FROM investment_rows w
   WHERE w.recognition IN ('COUNTED', 'PENDING')
  UNION ALL
  SELECT l.fund_id, 'REFERRED', 'COUNTED', l.landed_on, l.base_amount, l.coefficient,
         l.base_amount * l.coefficient, l.enterprise_id, CAST(NULL AS uuid), l.referral_id, l.project_id
    FROM referral_lines l
)`;
}

/** A ledger row as the statements return it. */
export interface LedgerRow {
  fund_id: string;
  kind: 'LOCAL' | 'SUBSIDIARY' | 'REFERRED';
  status: 'COUNTED' | 'PENDING';
  counted_from: string | null;
  base_amount: string;
  coefficient: string;
  amount: string;
  enterprise_id: string;
  investment_id: string | null;
  referral_id: string | null;
  project_id: string | null;
}

/**
 * The ledger lines of the funds in scope, counted lines first by day, then pending ones; ties by
 * kind and the row they come from, so an export is stable.
 */
export function ledgerSql(scope: FundScope): string {
  return `${reinvestmentCtes(scope)}
SELECT fund_id, kind, status, CAST(counted_from AS text) AS counted_from, base_amount, coefficient, amount,
       enterprise_id, investment_id, referral_id, project_id
  FROM ledger
 ORDER BY fund_id, status, counted_from, kind, COALESCE(investment_id, referral_id)`;
}

/** A fund's sums as the statement returns them (reinvestmentSums). */
export interface SumsRow {
  fund_id: string;
  counted: string;
  pending: string;
  pipeline: string;
}

/** Every amount a fund's sums add up: the ledger's lines by status, and the pipeline's investments. */
const AMOUNTS_CTE = `amounts AS (
  SELECT fund_id, status, amount FROM ledger
  UNION ALL
  SELECT fund_id, 'PIPELINE', invested_amount FROM investment_rows WHERE recognition = 'PIPELINE'
)`;

/** reinvestmentSums per fund of `scope` (aliased `s`) over `amounts` (aliased `a`). */
const SUMS_SELECT = `SELECT s.id AS fund_id,
       COALESCE(SUM(a.amount) FILTER (WHERE a.status = 'COUNTED'), 0) AS counted,
       COALESCE(SUM(a.amount) FILTER (WHERE a.status = 'PENDING'), 0) AS pending,
       COALESCE(SUM(a.amount) FILTER (WHERE a.status = 'PIPELINE'), 0) AS pipeline
  FROM scope s
  LEFT JOIN amounts a ON a.fund_id = s.id
 GROUP BY s.id`;

/** reinvestmentSums for every fund in scope, in one grouped statement. */
export function sumsSql(scope: FundScope): string {
  return `${reinvestmentCtes(scope)},
${AMOUNTS_CTE}
${SUMS_SELECT}`;
}

/** A fund's sums with how many of its investments are counted and pending (sumsAndCountsSql). */
export interface SumsAndCountsRow extends SumsRow {
  counted_investments: string;
  pending_investments: string;
}

/**
 * reinvestmentSums for every fund in scope and how many of its investments each recognition
 * (investmentRecognition) counts as COUNTED or PENDING — what the investments list's recognition
 * filter finds for the fund — in one statement over one evaluation of the rules (the cockpit).
 */
export function sumsAndCountsSql(scope: FundScope): string {
  return `${reinvestmentCtes(scope)},
${AMOUNTS_CTE},
sums AS (
${SUMS_SELECT}
),
counts AS (
  SELECT fund_id,
         COUNT(*) FILTER (WHERE recognition = 'COUNTED') AS counted_investments,
         COUNT(*) FILTER (WHERE recognition = 'PENDING') AS pending_investments
    FROM investment_rows
   GROUP BY fund_id
)
SELECT x.fund_id, x.counted, x.pending, x.pipeline,
       COALESCE(c.counted_investments, 0) AS counted_investments,
       COALESCE(c.pending_investments, 0) AS pending_investments
  FROM sums x
  LEFT JOIN counts c ON c.fund_id = x.fund_id`;
}

/** An investment's recognition as the statement returns it (investmentRecognition). */
export interface RecognitionRow {
  investment_id: string;
  recognition: 'COUNTED' | 'PENDING' | 'PIPELINE' | 'NOT_COUNTED';
}

/** investmentRecognition of the given investments (:investmentIds). */
export function recognitionSql(): string {
  const scope = fundsOfInvestments([]);
  return `${reinvestmentCtes(scope)}
SELECT investment_id, recognition FROM investment_rows WHERE investment_id = ANY(CAST(:investmentIds AS uuid[]))`;
}

/**
 * The investments (over `i`) whose recognition is one of :recognitions — the investments list's
 * filter. It reads the same CTEs over every fund; funds are few, so the set is small and hashed.
 */
export function recognitionConditionSql(): string {
  return `i.id IN (${reinvestmentCtes(ALL_FUNDS)}
SELECT investment_id FROM investment_rows WHERE recognition = ANY(CAST(:recognitions AS varchar[])))`;
}

/** The investments list's recognition filter over `i` (none asked: no condition); :today comes from the list kit. */
export function recognitionCondition(
  recognitions: readonly InvestmentRecognition[] | null | undefined,
): SqlCondition[] {
  if (!recognitions?.length) return [];
  return [{ sql: recognitionConditionSql(), params: { recognitions: [...new Set(recognitions)] } }];
}

/** isSciTechEnterprise over an enterprise id expression: its tags include a 科创 tag. */
export function sciTechEnterpriseSql(
  enterpriseId: string,
  tagCodes: readonly string[] = SCI_TECH_TAG_CODES,
): string {
  const tags = tagCodes.map((t) => `'${t}'`).join(', ');
  // The enterprise looked up by key, row by row: as a set, the planner reads every tagged enterprise.
  return `COALESCE((SELECT se.tag_codes && CAST(ARRAY[${tags}] AS varchar[]) FROM enterprises se WHERE se.id = ${enterpriseId}), FALSE)`;
}

/**
 * An investment `i` is its enterprise's first PAID investment (by date, then id): counting such
 * investments counts distinct invested enterprises, as 投资科创项目 does.
 */
export const FIRST_PAID_OF_ENTERPRISE_SQL = `(i.stage = 'PAID' AND NOT EXISTS (SELECT 1 FROM investments fi WHERE fi.enterprise_id = i.enterprise_id AND fi.stage = 'PAID' AND (fi.invested_on, fi.id) < (i.invested_on, i.id)))`;

/**
 * 投资科创项目: distinct enterprises with a PAID investment of any fund whose tags make them 科创
 * (isSciTechEnterprise).
 */
export function sciTechProjectsSql(tagCodes: readonly string[]): string {
  return `SELECT COUNT(DISTINCT i.enterprise_id) AS count
  FROM investments i
 WHERE i.stage = 'PAID' AND ${sciTechEnterpriseSql('i.enterprise_id', tagCodes)}`;
}
