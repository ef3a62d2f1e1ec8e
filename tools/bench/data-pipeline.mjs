// The people and the pipeline of the bench data: partner organisations and users, companies,
// enterprises with contacts, leads with their stage histories, and follow-ups. Each function
// returns SQL statements; work tables (bd_*, in the generator's own schema) carry the generated
// facts from one statement to the next, and from one connection to another. Only base columns
// are written, in few set-based statements, so statement-level triggers on these tables (search
// grams, maintained counts) run once each.
import {
  BRAND_FIRST, BRAND_SECOND, CHANNEL_FOR_KIND, FOLLOW_UP_OPENINGS, FOLLOW_UP_OUTCOMES, FOLLOW_UP_TOPICS, GIVEN_NAMES,
  HOLD_REASONS, LEAD_NOTES, LOST_REASONS, NEXT_STEPS, ORGANIZATION_KINDS, PLACES, PROJECT_SUFFIXES, ROADS, SUFFIXES,
  SURNAMES, TITLES,
} from './data-vocab.mjs';
import {
  at, creditCode, day, expand, H, ints, lit, personName, pick, plusDays, q, segmentPick, seqUuid, TODAY, U, uuid, wpick,
} from './data-sql.mjs';
import { LEAD_FUND_JOIN } from './data-funds.mjs';

/** What normalizeCompanyName (libs/domain/src/names.ts) keeps of each legal-form suffix. */
const FORMS = ['股份有限公司', '有限责任公司', '有限公司', '股份公司', '公司'];
const suffixKey = (s) => s.slice(0, s.length - (FORMS.find((f) => s.endsWith(f))?.length ?? 0));
const SUFFIX_NAMES = SUFFIXES.map(([s]) => s);
const SUFFIX_KEYS = SUFFIX_NAMES.map(suffixKey);
const suffixIndex = (expr, seed) => `${ints(expand(SUFFIXES.map(([, w], i) => [i + 1, w])))}[1 + (${H(expr, seed)} % 100)::int]`;

/** The demo accounts of apps/api/src/demo/demo-data.ts, which must exist and sign in. */
const DEMO_ORGS = [
  { name: '上海奉贤新能源汽车链主企业（示例）', kind: 'CHAIN_MASTER', contact: '王经理', phone: '021-57100001' },
  { name: '沪南专业招商服务平台（示例）', kind: 'PLATFORM', contact: '李经理', phone: '021-57100002' },
];
const DEMO_OFFICERS = ['张招商', '陈招商'];
const DEMO_PARTNERS = ['王链主', '李平台'];

const STAGES = ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'SIGNED'];
/** The funnel, in hundredths: every 100 consecutive leads hold exactly these shares. */
const STAGE_MIX = [['NEW', 25], ['CONTACTED', 20], ['VISITED', 14], ['NEGOTIATING', 10], ['APPROVED', 4], ['SIGNED', 10],
  ['ON_HOLD', 7], ['LOST', 10]];
export const SIGNED_SHARE = 0.1;
/** Mean follow-ups per lead by stage (about six overall). */
const FOLLOW_UPS = { NEW: 2.2, CONTACTED: 4.3, VISITED: 6.5, NEGOTIATING: 9.8, APPROVED: 12, SIGNED: 13, ON_HOLD: 5.4, LOST: 5.4 };
const KINDS = Object.keys(FOLLOW_UP_OPENINGS);
const KIND_WEIGHTS = { VISIT: 25, CALL: 30, INSPECTION: 10, TALK: 15, MEETING: 10, NOTE: 10 };

/** Organisations, their segments, and users: admin, leaders, officers, one partner user per organisation. */
export function people(c) {
  const kind = `CASE k WHEN 1 THEN 'CHAIN_MASTER' WHEN 2 THEN 'PLATFORM' ELSE ${wpick(ORGANIZATION_KINDS.map(([kd, w]) => [kd, w]), 'k', 101)} END`;
  const brand = `(${lit(BRAND_FIRST)}[1 + ((k - 1) % 40)::int] || ${lit(BRAND_SECOND)}[1 + (((k - 1) / 40) % 40)::int] || CASE WHEN k > 1600 THEN (k / 1600)::text ELSE '' END)`;
  const pattern = `CASE kind ${ORGANIZATION_KINDS.map(([kd, , p]) => `WHEN ${q(kd)} THEN ${q(p)}`).join(' ')} END`;
  const name = `replace(replace(replace(${pattern}, '{b}', ${brand}), '{p}', ${pick(PLACES.slice(0, 40).map(([p]) => p), 'k', 102)}), '{w}', ${segmentPick(c.words, c.segIndex('k', 103), 'k', 104)})`;
  const channel = `CASE kind ${Object.entries(CHANNEL_FOR_KIND).map(([kd, ch]) => `WHEN ${q(kd)} THEN ${q(ch)}`).join(' ')} END`;
  const demo = ['ICV', 'ENERGY_STORAGE'].filter((code) => c.segCodes.includes(code));
  const partnerName = `CASE k WHEN 1 THEN ${q(DEMO_PARTNERS[0])} WHEN 2 THEN ${q(DEMO_PARTNERS[1])} ELSE ${personName(SURNAMES, GIVEN_NAMES, 'k', 105)} END`;
  return [
    `CREATE UNLOGGED TABLE bd_o AS
     SELECT k, ${uuid('o', 'k')} AS id, kind, ${channel} AS channel,
       CASE k WHEN 1 THEN ${q(DEMO_ORGS[0].name)} WHEN 2 THEN ${q(DEMO_ORGS[1].name)} ELSE ${name} END AS name,
       ${uuid('u-partner', 'k')} AS user_id, ${partnerName} AS user_name
     FROM generate_series(1, ${c.NORG}) k CROSS JOIN LATERAL (SELECT ${kind} AS kind) x`,
    `CREATE UNIQUE INDEX ON bd_o (k)`,
    `INSERT INTO organizations (id, name, kind, contact_name, contact_phone, notes, active, certified_on, contract_starts_on, contract_ends_on, created_at, updated_at)
     SELECT id, name, kind,
       CASE k WHEN 1 THEN ${q(DEMO_ORGS[0].contact)} WHEN 2 THEN ${q(DEMO_ORGS[1].contact)} ELSE ${pick(SURNAMES, 'k', 106)} || '经理' END,
       CASE k WHEN 1 THEN ${q(DEMO_ORGS[0].phone)} WHEN 2 THEN ${q(DEMO_ORGS[1].phone)} ELSE '021-5' || lpad((${H('k', 107)} % 10000000)::text, 7, '0') END,
       NULL, true,
       CASE WHEN kind = 'PLATFORM' THEN ${TODAY} - 830 - (${H('k', 108)} % 300)::int END,
       CASE WHEN kind = 'PLATFORM' THEN ${TODAY} - 800 - (${H('k', 108)} % 300)::int END,
       CASE WHEN kind = 'PLATFORM' THEN ${TODAY} + 180 + (${H('k', 109)} % 720)::int END,
       now() - make_interval(days => 1200 + (${H('k', 110)} % 300)::int), now() - make_interval(days => 1200 + (${H('k', 110)} % 300)::int)
     FROM bd_o ORDER BY k`,
    // The demo chain master leads 智能网联汽车 and 新型储能, as in the demo data.
    `INSERT INTO organization_segments (organization_id, segment_code)
     SELECT DISTINCT o.id, CASE WHEN o.k = 1 AND ${demo.length} > 0 THEN ${lit(demo.length ? demo : [''])}[1 + i % ${Math.max(1, demo.length)}]
       ELSE ${lit(c.segCodes)}[${c.segIndex('o.k * 8 + i', 111)}] END
     FROM bd_o o CROSS JOIN LATERAL generate_series(0, CASE WHEN o.k = 1 THEN 1 ELSE (${H('o.k', 112)} % 3)::int END) i`,
    `CREATE UNLOGGED TABLE bd_u AS
     SELECT ${uuid('u-admin', '1')} AS id, 'admin'::text AS username, '系统管理员'::text AS display_name, 'ADMIN'::text AS role, 1 AS k, NULL::uuid AS organization_id
     UNION ALL
     SELECT ${uuid('u-officer', 'k')}, CASE k WHEN 1 THEN 'officer' ELSE 'officer' || k END,
       CASE k WHEN 1 THEN ${q(DEMO_OFFICERS[0])} WHEN 2 THEN ${q(DEMO_OFFICERS[1])} ELSE ${personName(SURNAMES, GIVEN_NAMES, 'k', 121)} END, 'OFFICER', k, NULL
     FROM generate_series(1, ${c.NO}) k
     UNION ALL
     SELECT ${uuid('u-leader', 'k')}, CASE k WHEN 1 THEN 'leader' ELSE 'leader' || k END,
       CASE k WHEN 1 THEN '刘主任' ELSE ${pick(SURNAMES, 'k', 123)} || '主任' END, 'LEADER', k, NULL
     FROM generate_series(1, ${c.NL}) k
     UNION ALL
     SELECT user_id, CASE k WHEN 1 THEN 'partner' ELSE 'partner' || k END, user_name, 'PARTNER', k, id FROM bd_o`,
    `CREATE INDEX ON bd_u (role, k)`,
    `INSERT INTO users (id, username, display_name, role, password_hash, organization_id, phone, active, created_at, updated_at)
     SELECT id, username, display_name, role, $1, organization_id,
       '139' || lpad((${H('k * 7 + length(role)', 125)} % 100000000)::text, 8, '0'), true, now() - interval '1500 days', now() - interval '1500 days'
     FROM bd_u ORDER BY role, k`,
  ];
}

/**
 * Companies: the enterprises (1..E) and the companies only partners know of (E+1..). A name is
 * place + brand + trade word + legal form (or brand（place）word…); the rare repeats of a name key
 * get a second brand so that every company has its own key.
 */
export function companies(c) {
  const raw = `SELECT n, si,
      ${pick(expand(PLACES), 'n', 2)} AS place,
      ${lit(BRAND_FIRST)}[1 + (${H('n', 4)} % 40)::int] || ${lit(BRAND_SECOND)}[1 + (${H('n', 5)} % 40)::int] AS brand,
      ${segmentPick(c.words, 'si', 'n', 6)} AS word,
      ${suffixIndex('n', 7)} AS xi,
      ${H('n', 8)} % 100 < 15 AS bracket
    FROM (SELECT n, ${c.segIndex('n', 1)} AS si FROM generate_series(1, ${c.E + c.referralCompanies}) n OFFSET 0) s OFFSET 0`;
  const key = (brand) => `CASE WHEN bracket THEN ${brand} || '(' || place || ')' || word ELSE place || ${brand} || word END || ${lit(SUFFIX_KEYS)}[xi]`;
  const brand2 = `brand || ${lit(BRAND_FIRST)}[1 + ((dup - 2) % 40)::int] || ${lit(BRAND_SECOND)}[1 + (((dup - 2) / 40) % 40)::int]`;
  const unique = `SELECT n, si, place, word, xi, bracket, CASE WHEN dup = 1 THEN brand ELSE ${brand2} END AS brand
    FROM (SELECT r.*, row_number() OVER (PARTITION BY key0 ORDER BY n) AS dup FROM (SELECT r.*, ${key('brand')} AS key0 FROM (${raw}) r OFFSET 0) r) d
    OFFSET 0`;
  return [
    `CREATE UNLOGGED TABLE bd_c AS
     SELECT n, si, ${lit(c.segCodes)}[si] AS segment_code, ${lit(c.segIndustries)}[si] AS industry_code, place, word, xi, bracket, brand,
       CASE WHEN bracket THEN brand || '（' || place || '）' || word ELSE place || brand || word END || ${lit(SUFFIX_NAMES)}[xi] AS name,
       ${key('brand')} AS name_key,
       CASE WHEN ${H('n', 9)} % 100 < CASE WHEN n <= ${c.E} THEN 80 ELSE 50 END THEN ${creditCode('n', 10)} END AS credit_code
     FROM (${unique}) u`,
    `CREATE UNIQUE INDEX ON bd_c (n)`,
    `ANALYZE bd_c`,
  ];
}

/** Profile tags for about 40% of enterprises, among the tags the reference data still has. */
function tagSets(c, expr, seed) {
  const sets = [['HIGH_TECH', 'SPECIALIZED_SME'], ['HIGH_TECH'], ['INNOVATIVE'], ['HIGH_TECH', 'STRATEGIC_EMERGING']]
    .map((set) => set.filter((t) => c.tags.includes(t)));
  const arr = (set) => (set.length ? `ARRAY[${set.map(q).join(',')}]::varchar[]` : 'ARRAY[]::varchar[]');
  return `CASE ${H(expr, seed)} % 10 ${sets.map((set, i) => `WHEN ${i} THEN ${arr(set)}`).join(' ')} ELSE ARRAY[]::varchar[] END`;
}

/**
 * Leads as facts first (stage, path through the funnel, times), then enterprises and leads. Each
 * derived value sits one subquery level above what it derives from, fenced by OFFSET 0: without
 * the fence PostgreSQL pulls the levels up and repeats every expression wherever it is used.
 */
export function leads(c) {
  const stage = `${lit(expand(STAGE_MIX))}[1 + ((g * 61 + 7) % 100)::int]`;
  const fwd = `CASE ${stage} ${STAGES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE ${ints(expand([[0, 30], [1, 35], [2, 25], [3, 10]]))}[1 + (${H('g', 12)} % 100)::int] END`;
  const psuffix = wpick(PROJECT_SUFFIXES, 'g', 25);
  const product = segmentPick(c.products, 'e.si', 'g', 24);
  const partner = `${H('g', 19)} % 100 < 45`;
  const facts = `SELECT t.*, ${plusDays('created_at', '(nsteps - 1) * gap_days')} AS stage_changed_at FROM (
      SELECT a.*, now() - make_interval(secs => age * 86400.0) AS created_at,
        least(age * 0.85 / nsteps, 150) * (0.7 + 0.3 * ${U('g', 15)}) AS gap_days FROM (
        SELECT k.*, fwd + 1 - skip::int AS nfwd, fwd + 1 - skip::int + (stage IN ('ON_HOLD', 'LOST'))::int AS nsteps,
          CASE WHEN stage = 'SIGNED' THEN 30 + 1000 * power(${U('g', 14)}, 1.8) ELSE 0.2 + 1095 * power(${U('g', 14)}, 1.3) END AS age FROM (
          SELECT s.*, (${H('g', 13)} % 5 = 0 AND fwd >= 2) AS skip, stage NOT IN ('SIGNED', 'LOST') AS open FROM (
            SELECT g, ${stage} AS stage, ${fwd} AS fwd FROM generate_series(1, ${c.L}) g OFFSET 0
          ) s OFFSET 0) k OFFSET 0) a OFFSET 0) t OFFSET 0`;
  const lead = `SELECT f.*, ${uuid('l', 'g')} AS id, e.n AS e, ${uuid('e', 'e.n')} AS enterprise_id, e.segment_code, e.industry_code, e.brand,
       u.id AS owner_id, u.display_name AS owner_name, o.k AS org_k, o.id AS org_id,
       COALESCE(o.channel, ${wpick([['SELF', 60], ['EVENT', 25], ['RETURN', 15]], 'g', 21)}) AS channel,
       CASE WHEN ${H('g', 23)} % 100 < 85 THEN e.brand || ${product} || ${psuffix}
            WHEN ${H('g', 23)} % 100 < 92 THEN ${product} || ${psuffix}
            ELSE e.place || e.brand || '投资项目' END AS project_name,
       greatest(0, round(CASE stage ${Object.entries(FOLLOW_UPS).map(([st, m]) => `WHEN '${st}' THEN ${m}`).join(' ')} END * (0.5 + ${U('g', 26)}))::int) AS nfu,
       (round(power(10, 2.7 + 2.0 * ${U('g', 27)}) / 100) * 100 * CASE WHEN ${H('g', 28)} % 100 < 3 THEN 10 ELSE 1 END)::numeric AS planned_investment
     FROM (${facts}) f
     JOIN bd_c e ON e.n = 1 + ${H('g', 11)} % ${c.E}
     JOIN bd_u u ON u.role = 'OFFICER' AND u.k = 1 + ${H('g', 17)} % ${c.NO}
     LEFT JOIN bd_o o ON ${partner} AND o.k = 1 + ${H('g', 20)} % ${c.NORG}
     ORDER BY g OFFSET 0`;
  return [
    // Follow-ups spread over a lead's life up to its last move, and up to two months more while it is open.
    `CREATE UNLOGGED TABLE bd_l AS
     SELECT l.*, ${day('created_at')} AS created_day,
       ${day('stage_changed_at')} - ${day('created_at')} + CASE WHEN open THEN least(${TODAY} - ${day('stage_changed_at')}, 60) ELSE 0 END AS span_days
     FROM (${lead}) l`,
    `CREATE UNIQUE INDEX ON bd_l (g)`,
    `ANALYZE bd_l`,
    `INSERT INTO enterprises (id, name, name_normalized, credit_code, legal_representative, registered_capital, founded_on,
       headquarters_city, address, industry_code, segment_code, tag_codes, created_at, updated_at)
     SELECT ${uuid('e', 'c.n')}, c.name, c.name_key, c.credit_code, ${personName(SURNAMES, GIVEN_NAMES, 'c.n', 31)},
       (round(power(10, 2 + 2.5 * ${U('c.n', 32)})) )::numeric, DATE '1995-01-01' + (${H('c.n', 33)} % 11000)::int,
       c.place, CASE WHEN ${H('c.n', 34)} % 100 < 70 THEN c.place || ${pick(ROADS, 'c.n', 35)} || (1 + ${H('c.n', 36)} % 2000) || '号' END,
       c.industry_code, c.segment_code,
       ${tagSets(c, 'c.n', 37)},
       t.created_at, t.created_at
     FROM bd_c c
     LEFT JOIN (SELECT e, min(created_at) AS first_lead FROM bd_l GROUP BY e) f ON f.e = c.n
     CROSS JOIN LATERAL (SELECT COALESCE(f.first_lead - make_interval(hours => (${H('c.n', 38)} % 2000)::int),
       now() - make_interval(secs => 86400.0 * 1200 * ${U('c.n', 39)})) AS created_at) t
     WHERE c.n <= ${c.E}
     ORDER BY t.created_at`,
    `INSERT INTO leads (id, enterprise_id, project_name, industry_code, segment_code, channel, source_organization_id, owner_id,
       town_code, planned_investment, expected_output, land_need, space_need, expected_signing_on, grade, notes, stage,
       stage_changed_at, created_at, updated_at, fund_id)
     SELECT l.id, enterprise_id, project_name, industry_code, segment_code, channel, org_id, owner_id,
       CASE WHEN ${H('g', 51)} % 100 < 90 THEN ${pick(c.towns, 'g', 52)} END,
       planned_investment,
       CASE WHEN ${H('g', 53)} % 100 < 60 THEN round(planned_investment * (0.5 + 1.5 * ${U('g', 54)})) END,
       CASE WHEN industry_code <> 'OTHER' AND ${H('g', 55)} % 100 < 50 THEN (10 + ${H('g', 56)} % 190)::numeric END,
       CASE WHEN (industry_code = 'OTHER' OR ${H('g', 55)} % 100 >= 50) AND ${H('g', 57)} % 100 < 60 THEN (500 + ${H('g', 58)} % 19500)::numeric END,
       CASE WHEN open AND ${H('g', 59)} % 100 < 50 THEN ${TODAY} + 30 + (${H('g', 60)} % 335)::int END,
       NULLIF(${lit(expand([['A', 15], ['B', 35], ['C', 30], ['', 20]]))}[1 + (${H('g', 61)} % 100)::int], ''),
       CASE WHEN ${H('g', 62)} % 100 < 30 THEN ${pick(LEAD_NOTES, 'g', 63)} END,
       stage, stage_changed_at, created_at, stage_changed_at, lf.id
     FROM bd_l l ${LEAD_FUND_JOIN('l')} ORDER BY created_at`,
  ];
}

/** A contact person for about 60% of the enterprises. */
export function contacts(c) {
  return [
    `INSERT INTO enterprise_contacts (id, enterprise_id, name, title, phone, sort_order)
     SELECT ${seqUuid('ec', 'n')}, ${uuid('e', 'n')}, ${personName(SURNAMES, GIVEN_NAMES, 'n', 41)}, ${pick(['总经理', '投资总监', '行政经理', '董事会秘书', '副总经理'], 'n', 42)},
       '13' || lpad((${H('n', 43)} % 1000000000)::text, 9, '0'), 0
     FROM generate_series(1, ${c.E}) n WHERE ${H('n', 40)} % 100 < 60`,
  ];
}

/** The stage at step `i` of a lead's path: NEW, the forward stages (CONTACTED maybe skipped), then 暂缓/流失. */
const stageAt = (i) => `CASE WHEN ${i} >= l.nfwd THEN l.stage ELSE ${lit(STAGES)}[1 + ${i} + (l.skip AND ${i} >= 1)::int] END`;

/** The time of step `i`. */
export const stepAt = (i) => plusDays('l.created_at', `${i} * l.gap_days`);

export function histories() {
  return [
    `INSERT INTO lead_stage_changes (id, lead_id, from_stage, to_stage, reason, actor_id, actor_name, at)
     SELECT ${seqUuid('s', 'l.g * 16 + i')}, l.id, CASE WHEN i > 0 THEN ${stageAt('(i - 1)')} END, ${stageAt('i')},
       CASE WHEN i = l.nsteps - 1 AND l.stage = 'ON_HOLD' THEN ${pick(HOLD_REASONS, 'l.g', 71)}
            WHEN i = l.nsteps - 1 AND l.stage = 'LOST' THEN ${pick(LOST_REASONS, 'l.g', 71)} END,
       l.owner_id, l.owner_name, ${stepAt('i')}
     FROM bd_l l CROSS JOIN LATERAL generate_series(0, l.nsteps - 1) i`,
  ];
}

/** Visits, calls, inspections, talks, meetings and notes spread over each lead's life, in Chinese. */
export function followUps() {
  const key = 'l.g * 64 + j';
  const openings = KINDS.flatMap((k) => FOLLOW_UP_OPENINGS[k]);
  const per = FOLLOW_UP_OPENINGS.VISIT.length;
  return [
    `INSERT INTO follow_ups (id, lead_id, kind, occurred_on, participants, summary, next_step, next_step_due_on, next_step_done,
       author_id, author_name, created_at)
     SELECT ${seqUuid('f', key)}, l.id, ${lit(KINDS)}[ki], occ,
       CASE WHEN ki IN (1, 3, 4, 5) THEN l.owner_name || '、企业' || ${pick(SURNAMES, key, 81)} || ${pick(TITLES, key, 82)} END,
       replace(${lit(openings)}[(ki - 1) * ${per} + 1 + (${H(key, 83)} % ${per})::int], '{e}', l.brand) || '，' ||
         ${pick(FOLLOW_UP_TOPICS, key, 84)} || '，' || ${pick(FOLLOW_UP_OUTCOMES, key, 85)} || '。',
       CASE WHEN has_next THEN ${pick(NEXT_STEPS, key, 86)} END,
       CASE WHEN has_next THEN occ + 7 + (${H(key, 87)} % 24)::int END,
       NOT (has_next AND l.open AND j = l.nfu),
       l.owner_id, l.owner_name, ${at('occ', `540 + ${H(key, 88)} % 540`)}
     FROM bd_l l
     CROSS JOIN LATERAL (SELECT j, ${ints(expand(KINDS.map((k, i) => [i + 1, KIND_WEIGHTS[k]])))}[1 + (${H(key, 80)} % 100)::int] AS ki,
       least(${TODAY}, l.created_day + floor(l.span_days * (j - 0.5) / l.nfu)::int) AS occ,
       ${H(key, 89)} % 100 < 60 AS has_next FROM generate_series(1, l.nfu) j OFFSET 0) x`,
  ];
}

