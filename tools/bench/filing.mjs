// Referral filing (报备) for the bench: which company each filing names, the status it must get,
// and putting the data back as it was after each pass.
//
// Most filings name a company nobody knows (→ PROTECTED). Every tenth repeats a company another
// organisation holds a live protection on (→ CONFLICT; may repeat, a CONFLICT referral holds
// nothing), and every tenth names a company with an open lead and no referral (→ EXISTING; once
// per pass, since the filer then holds it, so those names run out on a long run and fresh names
// take their place).
import { FILE_REFERRAL, FILING_TRAIL } from './floors.mjs';

const OPEN_STAGES = ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD'];

// normalizeCompanyName (libs/domain/src/names.ts), restated because the bench runs on plain Node.
// Candidates whose stored key this does not reproduce are skipped, so a drift cannot mislead.
const PARTNERSHIP_SUFFIXES = ['(有限合伙)', '(普通合伙)', '有限合伙'];
const COMPANY_FORM_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '股份公司', '公司'];
function stripFirstSuffix(name, suffixes) {
  const suffix = suffixes.find((s) => name.endsWith(s));
  return !suffix || suffix.length === name.length ? name : name.slice(0, -suffix.length);
}
export function nameKey(name) {
  let key = [...name]
    .map((ch) => {
      const cp = ch.codePointAt(0);
      if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
      return cp === 0x3000 ? ' ' : ch;
    })
    .join('')
    .replace(/[(（[［【〔〖{｛]/g, '(')
    .replace(/[)）\]］】〕〗}｝]/g, ')')
    .replace(/[·・•‧∙]/g, '·')
    .replace(/\s+/g, '')
    .toLowerCase();
  key = stripFirstSuffix(key, PARTNERSHIP_SUFFIXES);
  if (!key.endsWith('分公司')) key = stripFirstSuffix(key, COMPANY_FORM_SUFFIXES);
  return key;
}

/** Companies another organisation holds a live protection on, and nobody else claims. */
const CONFLICT_CANDIDATES = `
SELECT r.company_name, r.name_key, r.segment_code FROM referrals r
LEFT JOIN leads rl ON rl.id = r.lead_id
WHERE r.status IN ('PROTECTED', 'ACCEPTED') AND r.organization_id <> $1
  AND (r.protected_until IS NULL OR r.protected_until >= $2::date OR rl.stage = 'SIGNED')
  AND NOT EXISTS (SELECT 1 FROM referrals x WHERE x.name_key = r.name_key AND x.id <> r.id
    AND x.status IN ('PROTECTED', 'ACCEPTED', 'EXISTING'))
LIMIT 200`;

/** Companies with an open lead and no referral that holds or claims them. */
const EXISTING_CANDIDATES = `
SELECT e.name, e.name_normalized, e.segment_code FROM enterprises e
WHERE e.segment_code IS NOT NULL
  AND EXISTS (SELECT 1 FROM leads l WHERE l.enterprise_id = e.id AND l.stage = ANY($1))
  AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.name_key = e.name_normalized
    AND r.status IN ('PROTECTED', 'ACCEPTED', 'EXISTING'))
LIMIT 5000`;

export async function filingPlan({ pool, users, today }) {
  const partner = users.partner;
  const since = (await pool.query('SELECT now() AS now')).rows[0].now;
  const [segment] = (await pool.query('SELECT code FROM segments ORDER BY sort_order, code LIMIT 1')).rows;
  const conflicts = (await pool.query(CONFLICT_CANDIDATES, [partner.organizationId, today])).rows.filter(
    (r) => nameKey(r.company_name) === r.name_key,
  );
  const existing = (await pool.query(EXISTING_CANDIDATES, [OPEN_STAGES])).rows.filter(
    (r) => nameKey(r.name) === r.name_normalized,
  );
  const tag = Date.now().toString(36);
  const plans = new Map();
  let existingUsed = 0;
  const counts = { PROTECTED: 0, CONFLICT: 0, EXISTING: 0 };

  function fresh(n) {
    const companyName = `压测报备${tag}第${n}号科技有限公司`;
    return { expected: 'PROTECTED', companyName, key: nameKey(companyName), segmentCode: segment.code };
  }
  function planFor(kind, n) {
    if (kind === 'CONFLICT' && conflicts.length) {
      const c = conflicts[n % conflicts.length];
      return {
        expected: 'CONFLICT',
        companyName: c.company_name,
        key: c.name_key,
        segmentCode: c.segment_code,
      };
    }
    if (kind === 'EXISTING' && existingUsed < existing.length) {
      const e = existing[existingUsed++];
      return {
        expected: 'EXISTING',
        companyName: e.name,
        key: e.name_normalized,
        segmentCode: e.segment_code,
      };
    }
    return fresh(n);
  }
  function plan(n) {
    let p = plans.get(n);
    if (!p) {
      p = planFor(n % 10 === 3 ? 'CONFLICT' : n % 10 === 7 ? 'EXISTING' : 'PROTECTED', n);
      plans.set(n, p);
      counts[p.expected]++;
    }
    return p;
  }

  /** Deletes what this run filed (and its history and audit rows), so the data is as it was. */
  async function cleanup() {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // The audit trail refuses deletes (migration AuditAppendOnly) unless maintenance says so.
      await client.query("SET LOCAL lianzhao.audit_maintenance = 'on'");
      const filed = 'SELECT id FROM referrals WHERE filed_by_id = $1 AND created_at >= $2';
      await client.query(`DELETE FROM referral_history WHERE referral_id IN (${filed})`, [partner.id, since]);
      await client.query(
        `DELETE FROM audit_entries WHERE entity_type = 'Referral' AND entity_id IN (${filed})`,
        [partner.id, since],
      );
      await client.query('DELETE FROM referrals WHERE filed_by_id = $1 AND created_at >= $2', [
        partner.id,
        since,
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  function floorParams(n) {
    const p = plan(n);
    return [
      partner.organizationId,
      partner.id,
      p.key,
      p.segmentCode,
      today,
      p.companyName,
      '压测联系人',
      '13800000000',
      partner.displayName,
    ];
  }

  return {
    mix: `${conflicts.length ? '10% CONFLICT' : 'no CONFLICT candidates'}, ${existing.length ? `10% EXISTING (${existing.length} companies)` : 'no EXISTING candidates'}, rest PROTECTED`,
    input: (n) => {
      const p = plan(n);
      return {
        companyName: p.companyName,
        segmentCode: p.segmentCode,
        contactName: '压测联系人',
        contactPhone: '13800000000',
      };
    },
    floorParams,
    expect: (n, status) => {
      const { expected, companyName } = plan(n);
      if (status !== expected) throw new Error(`filing ${companyName} got ${status}, expected ${expected}`);
    },
    /** How many filings of each expected status were planned so far. */
    counts: () => ({ ...counts }),
    reset: async () => {
      await cleanup();
      existingUsed = 0;
    },
    cleanup,
    /**
     * One filing of each kind through the API and through the floor: both must get the expected
     * status and write the same trail (history lines, audit entries).
     */
    sample: async ({ callApi, next }) => {
      const results = { api: [], floor: [] };
      for (const kind of ['PROTECTED', 'CONFLICT', 'EXISTING']) {
        for (const side of ['api', 'floor']) {
          const n = next();
          const p = planFor(kind, n);
          plans.set(n, p);
          let id;
          if (side === 'api') {
            const filed = (await callApi(n)).fileReferral;
            id = filed.id;
            if (filed.status !== p.expected)
              throw new Error(`API filing ${p.companyName} got ${filed.status}, expected ${p.expected}`);
          } else {
            const [row] = (await pool.query(FILE_REFERRAL, floorParams(n))).rows;
            if (row.decided !== p.expected)
              throw new Error(`floor filing ${p.companyName} got ${row.decided}, expected ${p.expected}`);
            id = row.id;
          }
          const [trail] = (await pool.query(FILING_TRAIL, [id])).rows;
          results[side].push({ expected: p.expected, ...trail });
        }
      }
      return results;
    },
  };
}
