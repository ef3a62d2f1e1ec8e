import type { DataSource } from 'typeorm';

/*
 * A generated register for the search tests: names built from a small vocabulary of Chinese words,
 * ASCII words in several cases, digits, LIKE wildcards, backslashes and spaces, so that many names
 * share fragments, and credit codes sharing prefixes. Inserted with plain SQL, so the database's
 * triggers alone keep the search documents.
 */

const WORDS = [
  ...['氢能', '储能', '芯片', '生物', '医药', '新材料', '智能', '机器人', '光电', '半导体', '汽车', '装备'],
  ...['上海', '奉贤', '临港', '科技', '有限公司', '集团', '股份', '能源', '氢', '能', '电池', '光伏', '基地', '项目'],
  ...['Hydro', 'HYDRO', 'hydro', 'Tech', 'TECH', 'AbC', 'aBc', 'GmbH', 'Co.', 'Ltd', 'AI', 'ai'],
  ...['2024', '123', '9', '50', '007', '%', '_', '50%', 'a_b', '100%_', '\\', ' ', ' ', '-', '（', '）'],
];

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Register {
  enterprises: { id: string; name: string; creditCode: string | null }[];
  texts: string[];
}

/** Inserts `size` enterprises, twice as many leads, and a fifth as many projects and referrals. */
export async function seedRegister(db: DataSource, size: number, seed = 11): Promise<Register> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const name = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => pick(WORDS)).join('');
  const code = (i: number) =>
    next() < 0.2
      ? null
      : `${pick(['9131', '9132', '9144'])}${pick(['0120MA1K', '0115', '01'])}${String(i).padStart(5, '0')}${Array.from(
          { length: 9 },
          () => pick([...CODE_CHARS]),
        ).join('')}`.slice(0, 18);

  const [{ id: ownerId }] = await db.query<{ id: string }[]>(`SELECT id FROM users WHERE username = 'officer'`);
  const [partner] = await db.query<{ id: string; organization_id: string }[]>(
    `SELECT id, organization_id FROM users WHERE username = 'partner'`,
  );
  const enterpriseRows = Array.from({ length: size }, (_, i) => {
    const text = `${name(2, 5)}${i % 7 === 0 ? '' : pick(['有限公司', 'Co. Ltd', '集团'])}`;
    return { name: text, key: `${text}#${i}`, code: code(i) };
  });
  const enterprises = await db.query<Register['enterprises']>(
    `INSERT INTO enterprises (name, name_normalized, credit_code)
     SELECT r.name, r.key, r.code FROM json_to_recordset($1::json) AS r(name text, key text, code text)
     RETURNING id, name, credit_code AS "creditCode"`,
    [JSON.stringify(enterpriseRows)],
  );

  const leads = Array.from({ length: size * 2 }, () => ({ e: pick(enterprises).id, name: name(1, 4) }));
  await db.query(
    `INSERT INTO leads (enterprise_id, project_name, industry_code, segment_code, channel, owner_id)
     SELECT r.e, r.name, 'GREEN_ENERGY', 'HYDROGEN', 'SELF', $2 FROM json_to_recordset($1::json) AS r(e uuid, name text)`,
    [JSON.stringify(leads), ownerId],
  );
  const projects = Array.from({ length: size / 5 }, () => ({ e: pick(enterprises).id, name: name(1, 4) }));
  await db.query(
    `INSERT INTO projects (enterprise_id, name, type, industry_code, segment_code, channel, owner_id)
     SELECT r.e, r.name, 'HEAVY', 'GREEN_ENERGY', 'HYDROGEN', 'SELF', $2 FROM json_to_recordset($1::json) AS r(e uuid, name text)`,
    [JSON.stringify(projects), ownerId],
  );
  const referrals = Array.from({ length: size / 5 }, (_, i) => ({ name: name(2, 5), code: code(size + i) }));
  await db.query(
    `INSERT INTO referrals (organization_id, filed_by_id, company_name, name_key, credit_code, industry_code,
       segment_code, contact_name, contact_phone, status)
     SELECT $2, $3, r.name, r.name, r.code, 'GREEN_ENERGY', 'HYDROGEN', '联系人', '13800000000', 'REJECTED'
       FROM json_to_recordset($1::json) AS r(name text, code text)`,
    [JSON.stringify(referrals), partner.organization_id, partner.id],
  );
  const texts = [
    ...enterpriseRows.map((e) => e.name),
    ...enterpriseRows.flatMap((e) => (e.code ? [e.code] : [])),
    ...leads.map((l) => l.name),
    ...projects.map((p) => p.name),
    ...referrals.map((r) => r.name),
  ];
  return { enterprises, texts };
}

/**
 * Search terms of one to six characters: substrings of the generated texts (each found somewhere),
 * the same in other cases, and fixed ones (wildcards, backslash, inner spaces, credit-code
 * fragments, terms found nowhere). None begins or ends with a space, which the API trims.
 */
export function searchTerms(texts: readonly string[], count: number, seed = 7): string[] {
  const next = random(seed);
  const terms = new Set([
    ...['氢能', '储能', '氢', '能源', '有限公司', '科技有限', 'hydro', 'HyDrO', 'tech', 'AI', 'a', 'A'],
    ...['%', '_', '50%', 'a_b', '100%_', '\\', '%_', 'Co. L', 'o. Ltd', '9131', '0120ma1k', 'MA1K0', '2024'],
    ...['12', '9', '不存在的词', 'zzzz', '氢 能'],
  ]);
  while (terms.size < count) {
    const chars = [...texts[Math.floor(next() * texts.length)]];
    const length = 1 + Math.floor(next() * 6);
    const start = Math.floor(next() * Math.max(1, chars.length - length + 1));
    let term = chars.slice(start, start + length).join('');
    if (next() < 0.3) term = next() < 0.5 ? term.toUpperCase() : term.toLowerCase();
    if (term && term.trim() === term) terms.add(term);
  }
  return [...terms];
}

/** The LIKE pattern of a term, escaped here independently of the code under test. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** What each list must find for a term: a direct ILIKE over the columns the search covers. */
export const EXPECTED: Record<'leads' | 'projects' | 'enterprises' | 'referrals', string> = {
  leads: `SELECT l.id FROM leads l JOIN enterprises e ON e.id = l.enterprise_id
           WHERE l.project_name ILIKE $1 OR e.name ILIKE $1 OR e.credit_code ILIKE $1`,
  projects: `SELECT p.id FROM projects p JOIN enterprises e ON e.id = p.enterprise_id
           WHERE p.name ILIKE $1 OR e.name ILIKE $1 OR e.credit_code ILIKE $1`,
  enterprises: 'SELECT id FROM enterprises WHERE name ILIKE $1 OR credit_code ILIKE $1',
  referrals: 'SELECT id FROM referrals WHERE company_name ILIKE $1 OR credit_code ILIKE $1',
};
