// Funds and investments of the bench data (资本招商, DOMAIN.md "Funds"): a few hundred funds per
// unit of scale, spread over the FUND_MANAGER organisations (each manages at least one), each with
// the first row of its 返投 rule history; and investments into about 2% of the enterprises, through
// their leads (and projects, once signed), FUND-channel leads first.
import { lit, pick, q, TODAY, U, uuid, wpick, H } from './data-sql.mjs';

/** Funds per unit of scale; every fund manager gets at least one whatever the scale. */
export const FUNDS_PER_SCALE = 300;

const KIND_MIX = [['GOVERNMENT_GUIDANCE', 30], ['STATE_OWNED', 20], ['CHAIN_MASTER', 20], ['MARKET', 30]];
const KIND_WORDS = {
  GOVERNMENT_GUIDANCE: '产业引导',
  STATE_OWNED: '国资参股',
  CHAIN_MASTER: '链主产业',
  MARKET: '科创成长',
};
const ROUND_MIX = [['SEED', 5], ['ANGEL', 10], ['PRE_A', 15], ['A', 25], ['B', 20], ['C_PLUS', 15], ['PRE_IPO', 7], ['M_AND_A', 3]];
const STAGE_MIX = [['PAID', 55], ['DECIDED', 20], ['INTENDED', 25]];

/**
 * The funds (bd_f work table, then funds and fund_rule_changes). Runs after the organisations and
 * before the leads, which name the first fund of their FUND_MANAGER source (`fund_id`).
 */
export function funds(c) {
  const kind = `CASE ${Object.keys(KIND_WORDS).map((k) => `WHEN kind = ${q(k)} THEN ${q(KIND_WORDS[k])}`).join(' ')} END`;
  return [
    `CREATE UNLOGGED TABLE bd_fm AS
     SELECT k, id, name, row_number() OVER (ORDER BY k) AS m, count(*) OVER () AS nm FROM bd_o WHERE kind = 'FUND_MANAGER'`,
    `CREATE UNLOGGED TABLE bd_f AS
     SELECT f.*, row_number() OVER (PARTITION BY org_k ORDER BY n) AS nth FROM (
       SELECT n, ${uuid('f', 'n')} AS id, m.k AS org_k, m.id AS manager_id, m.name AS manager_name,
         ${wpick(KIND_MIX, 'n', 801)} AS kind,
         round(power(10, 4 + 1.5 * ${U('n', 802)}))::numeric AS size,
         ${TODAY} - (200 + ${H('n', 803)} % 3000)::int AS vintage_date
       FROM generate_series(1, greatest(${c.NF}, (SELECT count(*) FROM bd_fm))) n
       JOIN bd_fm m ON m.m = 1 + (n - 1) % m.nm
       OFFSET 0) f`,
    `CREATE UNIQUE INDEX ON bd_f (n)`,
    `CREATE INDEX ON bd_f (org_k, nth)`,
    `INSERT INTO funds (id, name, kind, manager_organization_id, size, government_contribution, vintage_date, term_years,
       focus_segment_codes, status, reinvestment_multiple, reinvestment_basis, count_local, local_coefficient, count_subsidiary,
       subsidiary_coefficient, count_referred, referred_coefficient, created_at, updated_at)
     SELECT id, regexp_replace(manager_name, '(私募)?基金管理有限公司$', '') || ${kind} || '基金（' || nth || '期）', kind, manager_id, size,
       CASE kind WHEN 'GOVERNMENT_GUIDANCE' THEN round(size * (0.2 + 0.2 * ${U('n', 804)}))
         WHEN 'STATE_OWNED' THEN round(size * (0.1 + 0.2 * ${U('n', 804)}))
         WHEN 'CHAIN_MASTER' THEN round(size * 0.1 * ${U('n', 804)}) ELSE 0 END,
       vintage_date, 5 + (${H('n', 805)} % 6)::int,
       ARRAY[${pick(c.segCodes, 'n', 806)}, ${pick(c.segCodes, 'n', 807)}]::varchar[],
       CASE WHEN ${TODAY} - vintage_date > 3000 THEN 'LIQUIDATED' WHEN ${TODAY} - vintage_date > 2200 THEN 'EXITING'
         WHEN ${TODAY} - vintage_date < 300 THEN 'RAISING' ELSE 'INVESTING' END,
       CASE kind WHEN 'GOVERNMENT_GUIDANCE' THEN ${lit(['1.5', '1.2', '2'])}[1 + (${H('n', 808)} % 3)::int]::numeric
         WHEN 'MARKET' THEN 0 ELSE 1 END,
       CASE WHEN kind IN ('GOVERNMENT_GUIDANCE', 'STATE_OWNED') THEN 'GOVERNMENT_CONTRIBUTION' ELSE 'FUND_SIZE' END,
       true, 1, true, 1, kind <> 'MARKET', CASE WHEN kind = 'CHAIN_MASTER' THEN 0.5 ELSE 1 END,
       vintage_date::timestamp AT TIME ZONE 'Asia/Shanghai', vintage_date::timestamp AT TIME ZONE 'Asia/Shanghai'
     FROM bd_f ORDER BY n`,
    `INSERT INTO fund_rule_changes (fund_id, reinvestment_multiple, reinvestment_basis, count_local, local_coefficient, count_subsidiary,
       subsidiary_coefficient, count_referred, referred_coefficient, note, changed_by, changed_at)
     SELECT id, reinvestment_multiple, reinvestment_basis, count_local, local_coefficient, count_subsidiary, subsidiary_coefficient,
       count_referred, referred_coefficient, '按合伙协议设定', NULL, created_at
     FROM funds`,
  ];
}

/** The fund a generated lead names: its FUND_MANAGER source's first fund (SQL over the lead row `l`). */
export const LEAD_FUND_JOIN = (l) => `LEFT JOIN bd_f lf ON ${l}.channel = 'FUND' AND lf.org_k = ${l}.org_k AND lf.nth = 1`;

/**
 * Investments after the projects: 10% of the FUND leads (by their fund) and a few other leads (by
 * any fund), about 2% of the enterprises in all, with the lead's project once it signed.
 */
export function investments() {
  return [
    `INSERT INTO investments (id, fund_id, enterprise_id, amount, invested_on, round, stage, lead_id, project_id, created_at, updated_at)
     SELECT ${uuid('i', 'l.g')}, COALESCE(lf.id, fa.id), l.enterprise_id,
       round(power(10, 2.5 + 1.5 * ${U('l.g', 811)}))::numeric, d.invested_on,
       ${wpick(ROUND_MIX, 'l.g', 812)}, ${wpick(STAGE_MIX, 'l.g', 813)}, l.id, p.id,
       d.invested_on::timestamp AT TIME ZONE 'Asia/Shanghai', d.invested_on::timestamp AT TIME ZONE 'Asia/Shanghai'
     FROM bd_l l
     ${LEAD_FUND_JOIN('l')}
     JOIN bd_f fa ON fa.n = 1 + ${H('l.g', 814)} % greatest(1, (SELECT count(*) FROM bd_f))
     LEFT JOIN projects p ON p.lead_id = l.id
     CROSS JOIN LATERAL (SELECT l.created_day + (${H('l.g', 815)} % greatest(1, ${TODAY} - l.created_day + 1))::int AS invested_on) d
     WHERE CASE WHEN l.channel = 'FUND' THEN ${H('l.g', 816)} % 100 < 10 ELSE ${H('l.g', 816)} % 10000 < 37 END
     ORDER BY l.g`,
  ];
}
