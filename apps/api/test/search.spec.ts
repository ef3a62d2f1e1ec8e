import ExcelJS from 'exceljs';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { computeCreditCodeCheckChar } from '@lianzhao/domain';
import { Clock, ListQuery, RequestContext, SEARCH_SEPARATOR, type ListSpec } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { ENTERPRISE_LIST } from '@lianzhao/api-enterprises';
import { LEAD_LIST } from '@lianzhao/api-leads';
import { PROJECT_LIST } from '@lianzhao/api-projects';
import { REFERRAL_LIST } from '@lianzhao/api-referrals';
import { startTestApi, type TestApi } from './harness';
import { EXPECTED, likePattern, random, searchTerms, seedRegister, type Register } from './search-data';

type ListName = keyof typeof EXPECTED;
const ALL_LISTS: ListName[] = ['leads', 'projects', 'enterprises', 'referrals'];
/** Sweeps of many terms page through every list: minutes on the embedded database. */
const SWEEP_MS = 300_000;
const FILTER: Record<ListName, string> = {
  leads: 'LeadFilter',
  projects: 'ProjectFilter',
  enterprises: 'EnterpriseFilter',
  referrals: 'ReferralFilter',
};

interface Page {
  totalCount: number;
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A valid credit code whose body ends in `tail` (5 characters). */
function creditCode(tail: string): string {
  const body = `91310120MA1K${tail}`;
  return body + computeCreditCodeCheckChar(body);
}

/** Substrings of `text` of two to four characters, from a few places. */
function fragments(text: string): string[] {
  const chars = [...text];
  const out = new Set<string>();
  for (let start = 0; start < chars.length; start += 3) {
    for (const length of [2, 4]) {
      const term = chars.slice(start, start + length).join('');
      if (term.trim() === term && term) out.add(term);
    }
  }
  return [...out];
}

describe('search (包含): bigram indexes, results exactly those of ILIKE', () => {
  let api: TestApi;
  let officer: string;
  let db: DataSource;
  let register: Register;

  beforeAll(async () => {
    api = await startTestApi();
    officer = await api.login('officer');
    db = api.app.get(TransactionalConnection).dataSource;
    register = await seedRegister(db, 1000);
  });
  afterAll(() => api.close());

  /** Every id a list shows for the term, page after page, and the totalCount of its first page. */
  async function listed(list: ListName, term: string): Promise<{ ids: string[]; total: number }> {
    const ids: string[] = [];
    let total = -1;
    let after: string | null = null;
    do {
      const result: { data?: Record<string, Page> | null; errors?: unknown } = await api.gql<Record<string, Page>>(
        `query ($filter: ${FILTER[list]}, $after: String) { ${list}(filter: $filter, first: 100, after: $after) {
          totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { filter: { search: term }, after },
        officer,
      );
      const page: Page | undefined = result.data?.[list];
      if (!page) throw new Error(`${list} ${JSON.stringify(term)}: ${JSON.stringify(result.errors)}`);
      if (total < 0) total = page.totalCount;
      ids.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { ids: ids.sort(), total };
  }

  async function expectSameAsIlike(lists: readonly ListName[], terms: readonly string[]): Promise<number> {
    const mismatches: string[] = [];
    let found = 0;
    for (const term of terms) {
      for (const list of lists) {
        const want = (await db.query<{ id: string }[]>(EXPECTED[list], [likePattern(term)])).map((r) => r.id).sort();
        const got = await listed(list, term);
        found += want.length;
        if (got.total !== want.length || got.ids.join() !== want.join()) {
          mismatches.push(`${list} ${JSON.stringify(term)}: listed ${got.ids.length} (totalCount ${got.total}), ILIKE ${want.length}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    return found;
  }

  /** Leads and projects whose search document is not their texts as they are now. */
  async function staleDocuments(): Promise<number> {
    const [row] = await db.query<{ stale: string }[]>(
      `SELECT (SELECT count(*) FROM leads l JOIN enterprises e ON e.id = l.enterprise_id
                WHERE l.search_text IS DISTINCT FROM array_to_string(ARRAY[l.project_name, e.name, e.credit_code], chr(31)))
            + (SELECT count(*) FROM projects p JOIN enterprises e ON e.id = p.enterprise_id
                WHERE p.search_text IS DISTINCT FROM array_to_string(ARRAY[p.name, e.name, e.credit_code], chr(31))) AS stale`,
    );
    return Number(row.stale);
  }

  /** An enterprise of the register with at least one lead and one project, and its version. */
  async function enterpriseWithRows(creditCode: 'with' | 'without', skip: string[] = []) {
    const [row] = await db.query<{ id: string; name: string; credit_code: string | null; version: number }[]>(
      `SELECT e.id, e.name, e.credit_code, e.version FROM enterprises e
        WHERE EXISTS (SELECT 1 FROM leads WHERE enterprise_id = e.id) AND EXISTS (SELECT 1 FROM projects WHERE enterprise_id = e.id)
          AND (credit_code IS NULL) = $1 AND NOT e.id = ANY($2::uuid[]) ORDER BY e.name LIMIT 1`,
      [creditCode === 'without', skip],
    );
    if (!row) throw new Error('no enterprise with leads and projects');
    return row;
  }

  it('finds exactly what ILIKE finds, for terms of one to six characters in every list', async () => {
    const terms = searchTerms(register.texts, 60);
    for (let length = 1; length <= 6; length++) {
      expect(terms.filter((t) => [...t].length === length).length).toBeGreaterThanOrEqual(3);
    }
    expect(await staleDocuments()).toBe(0);
    expect(await expectSameAsIlike(ALL_LISTS, terms)).toBeGreaterThan(1000);
  }, SWEEP_MS);

  it('serves a two-character term from the bigram indexes', async () => {
    const connection = api.app.get(TransactionalConnection);
    const clock = api.app.get(Clock);
    async function plan<E extends ObjectLiteral & { id: string }, F, O extends string>(
      spec: ListSpec<E, F, O>,
      filter: F,
    ): Promise<string> {
      const query = new ListQuery(spec, connection, clock).query(RequestContext.system(), filter);
      const [sql, params] = query.select(`${spec.alias}.id`).getQueryAndParameters();
      // Forbids the other ways, so the plan shows whether the bigram index can serve the condition.
      return db.transaction(async (tx) => {
        await tx.query('SET LOCAL enable_seqscan = off');
        await tx.query('SET LOCAL enable_indexscan = off');
        return JSON.stringify(await tx.query(`EXPLAIN ${sql}`, params));
      });
    }
    expect(await plan(LEAD_LIST, { search: '氢能' })).toContain('leads_search_text_bigram_idx');
    expect(await plan(PROJECT_LIST, { search: '氢能' })).toContain('projects_search_text_bigram_idx');
    // The credit-code arm may take another index on a table this small; the name's must be the bigrams'.
    expect(await plan(ENTERPRISE_LIST, { search: '氢能' })).toContain('enterprises_name_bigram_idx');
    expect(await plan(REFERRAL_LIST, { search: '氢能' })).toContain('referrals_company_name_bigram_idx');
  });

  it('still equals ILIKE after an enterprise is renamed and given another credit code', async () => {
    const before = await enterpriseWithRows('with');
    const code = creditCode('Q7001');
    const result = await api.gql(
      'mutation ($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { id } }',
      { input: { id: before.id, version: before.version, name: '鲲鹏Zq新名称有限公司', creditCode: code } },
      officer,
    );
    expect(result.errors).toBeUndefined();
    expect(await staleDocuments()).toBe(0);
    const terms = [...fragments(before.name), ...fragments(before.credit_code ?? ''), '鲲鹏', 'zQ', 'q新', '新名称', code.slice(8, 14).toLowerCase()];
    await expectSameAsIlike(['leads', 'projects', 'enterprises'], terms);
  }, SWEEP_MS);

  it('still equals ILIKE after a merge moves the leads and passes the credit code on', async () => {
    const survivor = await enterpriseWithRows('without');
    const merged = await enterpriseWithRows('with', [survivor.id]);
    const result = await api.gql(
      `mutation { mergeEnterprises(input: { survivorId: "${survivor.id}", mergedId: "${merged.id}" }) { creditCode } }`,
      {},
      officer,
    );
    expect(result.data).toEqual({ mergeEnterprises: { creditCode: merged.credit_code } });
    expect(await staleDocuments()).toBe(0);
    const terms = [...fragments(survivor.name), ...fragments(merged.name), ...fragments(merged.credit_code ?? '')];
    await expectSameAsIlike(ALL_LISTS, terms);
  }, SWEEP_MS);

  it('still equals ILIKE after a lead and a project are renamed, and a lead moves to another enterprise', async () => {
    const [lead] = await db.query<{ id: string; version: number }[]>('SELECT id, version FROM leads ORDER BY id LIMIT 1');
    const [project] = await db.query<{ id: string; version: number }[]>('SELECT id, version FROM projects ORDER BY id LIMIT 1');
    const renamedLead = await api.gql(
      'mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { id } }',
      { input: { id: lead.id, version: lead.version, projectName: '麒麟Xy%_二期项目' } },
      officer,
    );
    expect(renamedLead.errors).toBeUndefined();
    const renamedProject = await api.gql(
      'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }',
      { input: { id: project.id, version: project.version, name: '朱雀Xy 三期' } },
      officer,
    );
    expect(renamedProject.errors).toBeUndefined();
    // Re-pointing by SQL, as the merge's handlers do: the trigger follows.
    const other = register.enterprises[register.enterprises.length - 1];
    await db.query('UPDATE leads SET enterprise_id = $1 WHERE id = (SELECT id FROM leads ORDER BY id DESC LIMIT 1)', [other.id]);
    expect(await staleDocuments()).toBe(0);
    const terms = ['麒麟', 'xy', 'Xy%', '%_', 'y%_二', '朱雀', 'y 三', 'Xy 三期', ...fragments(other.name)];
    await expectSameAsIlike(['leads', 'projects'], terms);
  }, SWEEP_MS);

  it('still equals ILIKE after an Excel import of new and known enterprises', async () => {
    const known = register.enterprises[1];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('线索导入');
    sheet.addRow(['企业名称*', '统一社会信用代码', '项目名称*', '细分赛道*', '招商渠道*']);
    sheet.addRow(['鸿蒙Import科技有限公司', creditCode('R8002'), '鸿蒙一期Alpha项目', '智能终端', '自主招商']);
    sheet.addRow([known.name.trim(), null, '玄武Beta项目', '智能终端', '自主招商']);
    const fileBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = await api.gql<{ importLeads: { ok: boolean; leadsCreated: number } }>(
      'mutation ($input: ImportLeadsInput!) { importLeads(input: $input) { ok leadsCreated errors { message } } }',
      { input: { fileBase64, dryRun: false } },
      officer,
    );
    expect(result.data?.importLeads).toMatchObject({ ok: true, leadsCreated: 2 });
    expect(await staleDocuments()).toBe(0);
    const terms = ['鸿蒙', 'import', 'alpha', '一期', '玄武', 'beta', 'R8', ...fragments(known.name)];
    await expectSameAsIlike(['leads', 'enterprises'], terms);
  }, SWEEP_MS);

  it('never matches across the texts of a document: a term holding the separator searches the columns', async () => {
    const [lead] = await db.query<{ project_name: string; name: string }[]>(
      // Not ending or starting with a space, which the API would trim off the term.
      `SELECT l.project_name, e.name FROM leads l JOIN enterprises e ON e.id = l.enterprise_id
        WHERE l.project_name !~ '\\s$' AND e.name !~ '^\\s' ORDER BY l.id LIMIT 1`,
    );
    const across = `${[...lead.project_name].slice(-1).join('')}${SEARCH_SEPARATOR}${[...lead.name][0]}`;
    await db.query(`UPDATE leads SET project_name = $1 WHERE id = (SELECT id FROM leads ORDER BY id DESC LIMIT 1)`, [
      `控制${SEARCH_SEPARATOR}字符`,
    ]);
    await expectSameAsIlike(['leads', 'projects'], [across, `制${SEARCH_SEPARATOR}字`]);
    expect((await listed('leads', `制${SEARCH_SEPARATOR}字`)).ids).toHaveLength(1);
  });

  it('still equals ILIKE for a fresh sample of terms after all these writes', async () => {
    const next = random(3);
    const sample = searchTerms(register.texts, 40, Math.floor(next() * 1000));
    await expectSameAsIlike(ALL_LISTS, sample);
  }, SWEEP_MS);
});
