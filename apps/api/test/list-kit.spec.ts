import { GraphQLError } from 'graphql';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import {
  applyConditions,
  Clock,
  defineList,
  ListQuery,
  RequestContext,
  SortDirection,
  type CursorType,
  type ListPage,
  type SortKey,
} from '@lianzhao/api-core';
import { QueryCounter, TransactionalConnection } from '@lianzhao/api-database';
import { Lead } from '@lianzhao/api-leads';
import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

const PREFIX = '列表工具';

/** One sort key of each cursor type over the leads table, with null stand-ins and ties on purpose. */
const KEYS: Record<string, SortKey> = {
  CREATED: { sql: 'l.created_at', type: 'timestamptz' },
  INVESTMENT: { sql: 'l.planned_investment', type: 'numeric', nullAs: '-1' },
  SIGNING: { sql: 'l.expected_signing_on', type: 'date', nullAs: '9999-12-31' },
  NAME_LENGTH: { sql: 'char_length(l.project_name)', type: 'int' },
  GRADE: { sql: 'l.grade', type: 'text', nullAs: '' },
};
type Key = keyof typeof KEYS;

const TEST_LIST = defineList<Lead, { prefix: string }, Key>({
  entity: Lead,
  alias: 'l',
  filter: (f) => [{ sql: 'l.project_name LIKE :prefix', params: { prefix: `${f.prefix}%` } }],
  sortKeys: KEYS,
  defaultSort: { field: 'CREATED', direction: SortDirection.DESC },
  exportCap: { max: 5, noun: '线索', unit: '条' },
});

describe('list kit (列表工具)', () => {
  let api: TestApi;
  let officer: string;
  let list: ListQuery<Lead, { prefix: string }, Key>;
  const ctx = RequestContext.system();
  const filter = { prefix: PREFIX };
  const ids: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    officer = await api.login('officer');
    list = new ListQuery(TEST_LIST, api.app.get(TransactionalConnection), api.app.get(Clock));
    const enterprise = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation { createEnterprise(input: { name: "上海奉贤列表工具测试有限公司" }) { id } }',
        {},
        officer,
      ),
    ).createEnterprise;
    // Eleven leads: amounts, dates and grades repeat or are missing, names come in three lengths.
    for (let i = 0; i < 11; i++) {
      const lead = must(
        await api.gql<{ createLead: { id: string } }>(
          'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
          {
            input: {
              enterpriseId: enterprise.id,
              projectName: `${PREFIX}${'项'.repeat(i % 3)}${i}`,
              segmentCode: 'HYDROGEN',
              channel: 'SELF',
              plannedInvestment: i % 4 === 0 ? null : String((i % 3) * 100),
              expectedSigningOn: i % 3 === 0 ? null : `2027-0${(i % 2) + 1}-15`,
              grade: i % 5 === 0 ? null : (['A', 'B', 'C'] as const)[i % 3],
            },
          },
          officer,
        ),
      ).createLead;
      ids.push(lead.id);
    }
    // Four of them share one creation instant, as the rows of one import do.
    await api.app
      .get(DataSource)
      .query("UPDATE leads SET created_at = TIMESTAMPTZ '2026-03-01 09:00:00.5+08' WHERE id = ANY($1)", [
        ids.slice(0, 4),
      ]);
    // The embedded database starts slowly on a busy machine, and the fixture is eleven mutations.
  }, 180_000);
  afterAll(() => api.close());

  /** The grades' counts and sums, asked with a page (ListQuery.page's `groups`). */
  const GRADES = { groupBy: 'grade', sums: ['planned_investment'] as const };
  const byGroup = <T extends { group: string | null }>(groups: readonly T[]): T[] =>
    [...groups].sort((a, b) => String(a.group).localeCompare(String(b.group)));

  async function walk(
    field: Key,
    direction: SortDirection,
    first: number,
    groups?: typeof GRADES,
  ): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: ListPage<Lead, { prefix: string }, 'planned_investment'> = await list.page(
        ctx,
        { filter, orderBy: { field, direction }, first, after },
        undefined,
        groups,
      );
      if (groups)
        expect(byGroup(page.groups ?? [])).toEqual(
          byGroup(await list.grouped(ctx, filter, 'grade', GRADES.sums)),
        );
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  it.each(
    Object.keys(KEYS).flatMap((field) =>
      [SortDirection.ASC, SortDirection.DESC].map((d) => [field, d] as const),
    ),
  )(
    'pages by %s %s through nulls and ties exactly as one ordered query returns the rows',
    async (field, direction) => {
      const all = (await list.rows(ctx, { filter, orderBy: { field, direction } }, 100)).map((l) => l.id);
      expect([...all].sort()).toEqual([...ids].sort());
      for (const first of [1, 2, 3]) expect(await walk(field, direction, first)).toEqual(all);
    },
  );

  it.each(
    Object.keys(KEYS).flatMap((field) =>
      [SortDirection.ASC, SortDirection.DESC].map((d) => [field, d] as const),
    ),
  )(
    'jumps to page N by %s %s to exactly the rows the cursors reach on their Nth step',
    async (field, direction) => {
      for (const first of [2, 3]) {
        const walked = await walk(field, direction, first);
        const pages = Math.ceil(walked.length / first);
        for (let n = 1; n <= pages; n++) {
          const page = await list.page(ctx, { filter, orderBy: { field, direction }, first, page: n });
          expect(page.edges.map((e) => e.node.id)).toEqual(walked.slice((n - 1) * first, n * first));
          expect(page.pageInfo.hasNextPage).toBe(n < pages);
          expect(await page.totalCount).toBe(ids.length);
          if (n < pages) {
            // 下一页 from a jumped-to page goes on by cursor, to the next page's rows.
            const next = await list.page(ctx, {
              filter,
              orderBy: { field, direction },
              first,
              after: page.pageInfo.endCursor,
            });
            expect(next.edges.map((e) => e.node.id)).toEqual(walked.slice(n * first, (n + 1) * first));
          }
        }
      }
    },
  );

  it('refuses a page beyond the last, below 1, past the jump bound or beside a cursor, on page', async () => {
    const search = `{ search: "${PREFIX}" }`;
    const query = `query ($page: Int, $after: String) { leads(first: 5, page: $page, after: $after, filter: ${search}) { totalCount edges { node { id } } } }`;
    // Eleven leads at five a page: page 3 holds the last one and knows the count without counting.
    QueryCounter.reset();
    const last = must(
      await api.gql<{ leads: { totalCount: number; edges: unknown[] } }>(query, { page: 3 }, officer),
    );
    expect(last.leads).toMatchObject({ totalCount: 11, edges: [expect.anything()] });
    const lastStatements = QueryCounter.total;
    QueryCounter.reset();
    must(await api.gql(query, { page: 1 }, officer));
    expect(lastStatements).toBeLessThan(QueryCounter.total);

    const refusals: [Record<string, unknown>, string][] = [
      [{ page: 4 }, '第 4 页超出范围：共 3 页'],
      [{ page: 0 }, '页码至少为 1'],
      [{ page: 2_002 }, '最多跳至第 2001 页；更靠后的记录请用下一页，或缩小筛选范围、改变排序'],
      [
        {
          page: 2,
          after: must(
            await api.gql<{ leads: { edges: { cursor: string }[] } }>(
              `{ leads(first: 1, filter: ${search}) { edges { cursor } } }`,
              {},
              officer,
            ),
          ).leads.edges[0].cursor,
        },
        '跳页时不能同时给出游标',
      ],
    ];
    for (const [variables, message] of refusals) {
      const result = await api.gql(query, variables, officer);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(result)).toEqual({ page: message });
    }
    // Nothing matches: page 1 is the empty list, not a refusal.
    const none = must(
      await api.gql<{ leads: { totalCount: number } }>(
        '{ leads(first: 5, page: 1, filter: { search: "没有这样的项目名称" }) { totalCount } }',
        {},
        officer,
      ),
    );
    expect(none.leads.totalCount).toBe(0);
  });

  it.each(
    Object.keys(KEYS).flatMap((field) =>
      [SortDirection.ASC, SortDirection.DESC].map((d) => [field, d] as const),
    ),
  )(
    'pages by %s %s with its groups in one statement: the same rows and jumps, and the groups grouped() counts',
    async (field, direction) => {
      for (const first of [1, 3]) {
        const walked = await walk(field, direction, first);
        expect(await walk(field, direction, first, GRADES)).toEqual(walked);
        const page = 2;
        QueryCounter.reset(true);
        const jumped = await list.page(
          ctx,
          { filter, orderBy: { field, direction }, first, page },
          undefined,
          GRADES,
        );
        expect(QueryCounter.statements).toHaveLength(1);
        expect(jumped.edges.map((e) => e.node.id)).toEqual(walked.slice(first, 2 * first));
        expect(await jumped.totalCount).toBe(ids.length);
      }
    },
  );

  it('reads the same entities with its groups, and groups over no rows as none', async () => {
    const withRelations = new ListQuery(
      { ...TEST_LIST, pageRelations: ['enterprise', 'owner'] },
      api.app.get(TransactionalConnection),
      api.app.get(Clock),
    );
    const plain = await withRelations.page(ctx, { filter, first: 4 });
    const grouped = await withRelations.page(ctx, { filter, first: 4 }, undefined, GRADES);
    expect(grouped.edges).toEqual(plain.edges);
    expect(grouped.pageInfo).toEqual(plain.pageInfo);
    const none = await list.page(ctx, { filter: { prefix: '没有这样的项目' }, first: 4 }, undefined, GRADES);
    expect([none.edges, none.groups, none.pageInfo.hasNextPage]).toEqual([[], [], false]);
    await expect(
      list.page(ctx, { filter, first: 4, after: 'not a cursor' }, undefined, GRADES),
    ).rejects.toThrow(GraphQLError);
  });

  it("reads a page's rows as the very entities TypeORM reads, with its page relations", async () => {
    const withRelations = new ListQuery(
      { ...TEST_LIST, pageRelations: ['enterprise', 'owner'] },
      api.app.get(TransactionalConnection),
      api.app.get(Clock),
    );
    const expected = await api.app
      .get(DataSource)
      .getRepository(Lead)
      .find({ where: { id: In(ids) }, relations: { enterprise: true, owner: true } });
    const byId = new Map(expected.map((lead) => [lead.id, lead]));
    const plain = (await list.page(ctx, { filter, first: 100 })).edges.map((e) => e.node);
    const joined = (await withRelations.page(ctx, { filter, first: 100 })).edges.map((e) => e.node);
    expect(joined.map((lead) => lead.id).sort()).toEqual([...ids].sort());
    for (const lead of joined) {
      expect(lead).toBeInstanceOf(Lead);
      expect(lead).toEqual(byId.get(lead.id));
    }
    for (const lead of plain) {
      const row = byId.get(lead.id);
      if (!row) throw new Error(`lead ${lead.id} not read`);
      const { enterprise, owner, ...columns } = row;
      expect([enterprise?.id, owner?.id, lead.enterprise, lead.owner]).toEqual([
        expect.any(String),
        expect.any(String),
        undefined,
        undefined,
      ]);
      expect(lead).toEqual(columns);
    }
  });

  it('covers every cursor type', () => {
    const types = new Set<CursorType>(Object.values(KEYS).map((k) => k.type));
    expect([...types].sort()).toEqual(['date', 'int', 'numeric', 'text', 'timestamptz']);
  });

  it('answers a cursor that is not one, or not of this sort, with BAD_USER_INPUT on after', async () => {
    const first = must(
      await api.gql<{ leads: { pageInfo: { endCursor: string } } }>(
        '{ leads(first: 1) { pageInfo { endCursor } } }',
        {},
        officer,
      ),
    ).leads.pageInfo.endCursor;
    const crafted = (value: string, key = 'EXPECTED_SIGNING_ON') =>
      Buffer.from(JSON.stringify([key, value, ids[0]])).toString('base64url');
    const query =
      'query ($after: String, $orderBy: LeadOrder) { leads(first: 2, after: $after, orderBy: $orderBy) { edges { node { id } } } }';
    const bySigning = { field: 'EXPECTED_SIGNING_ON', direction: 'ASC' };
    for (const [after, orderBy] of [
      ['not a cursor', undefined],
      [Buffer.from('[1,2]').toString('base64url'), undefined],
      // A cursor of the default sort handed to another sort.
      [first, bySigning],
      // Not a date at all, and a date-shaped value the database cannot read.
      [crafted('yesterday'), bySigning],
      [crafted('2027-13-45'), bySigning],
    ] as const) {
      const result = await api.gql(query, { after, orderBy }, officer);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(result)).toEqual({ after: '分页游标无效，请从第一页重新加载' });
    }
  });

  it('counts only when totalCount is selected, and then exactly', async () => {
    const search = `{ search: "${PREFIX}" }`;
    QueryCounter.reset();
    const without = must(
      await api.gql<{ leads: { edges: unknown[] } }>(
        `{ leads(first: 2, filter: ${search}) { edges { node { id } } } }`,
        {},
        officer,
      ),
    );
    const statementsWithout = QueryCounter.total;
    QueryCounter.reset();
    const withCount = must(
      await api.gql<{ leads: { totalCount: number; edges: unknown[] } }>(
        `{ leads(first: 2, filter: ${search}) { totalCount edges { node { id } } } }`,
        {},
        officer,
      ),
    );
    const statementsWith = QueryCounter.total;
    expect(without.leads.edges).toHaveLength(2);
    expect(withCount.leads.totalCount).toBe(11);
    expect(statementsWith).toBe(statementsWithout + 1);

    // A first page that holds every row already knows its count.
    QueryCounter.reset();
    const whole = must(
      await api.gql<{ leads: { totalCount: number } }>(
        `{ leads(first: 50, filter: ${search}) { totalCount } }`,
        {},
        officer,
      ),
    );
    expect(whole.leads.totalCount).toBe(11);
    expect(QueryCounter.total).toBe(statementsWithout);

    // Past the first page the count is of the whole filter, not of what is left.
    const firstPage = must(
      await api.gql<{ leads: { pageInfo: { endCursor: string } } }>(
        `{ leads(first: 10, filter: ${search}) { pageInfo { endCursor } } }`,
        {},
        officer,
      ),
    );
    const last = must(
      await api.gql<{ leads: { totalCount: number; edges: unknown[] } }>(
        `query ($after: String) { leads(first: 10, after: $after, filter: ${search}) { totalCount edges { node { id } } } }`,
        { after: firstPage.leads.pageInfo.endCursor },
        officer,
      ),
    );
    expect(last.leads.edges).toHaveLength(1);
    expect(last.leads.totalCount).toBe(11);
  });

  it('exports in the list order up to the cap and refuses more, naming how many matched', async () => {
    const orderBy = { field: 'INVESTMENT' as const, direction: SortDirection.DESC };
    const within = await list.exportRows(ctx, { filter: { prefix: `${PREFIX}项项` }, orderBy });
    expect(within.map((l) => l.id)).toEqual(
      (await list.rows(ctx, { filter: { prefix: `${PREFIX}项项` }, orderBy }, 100)).map((l) => l.id),
    );
    expect(within.length).toBeLessThanOrEqual(5);
    const refusal: unknown = await list.exportRows(ctx, { filter, orderBy }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'filter',
          message: '符合条件的线索有 11 条，超过单次导出上限 5 条，请缩小筛选范围后分批导出',
        },
      ],
    });
  });

  it('refuses two conditions that bind one parameter name to different values', () => {
    const query = api.app
      .get(DataSource)
      .getRepository(Lead)
      .createQueryBuilder('l') as SelectQueryBuilder<Lead>;
    applyConditions(query, [
      { sql: 'l.stage = :stage', params: { stage: 'NEW' } },
      { sql: 'l.stage = :stage', params: { stage: 'NEW' } },
    ]);
    expect(() => applyConditions(query, [{ sql: 'l.stage <> :stage', params: { stage: 'LOST' } }])).toThrow(
      /:stage/,
    );
  });

  it.each([
    [
      'enterprises',
      '{ enterprises(first: 50) { totalCount edges { node { id name industry { name } segment { name } } } } }',
      5,
    ],
    ['users', '{ users(first: 50) { totalCount edges { node { id username organization { name } } } } }', 4],
    [
      'organizations',
      '{ organizations(first: 50) { totalCount edges { node { id name userCount segmentCodes } } } }',
      5,
    ],
    [
      'referrals',
      '{ referrals(first: 50) { totalCount edges { node { id companyName status industry { name } } } } }',
      6,
    ],
  ])('resolves a page of %s in a bounded number of SQL statements', async (_name, query, bound) => {
    const admin = await api.login('admin');
    QueryCounter.reset();
    const result = await api.gql(query, {}, admin);
    expect(result.errors).toBeUndefined();
    // The guard's user, the page, the count, then one statement per relation, never one per row.
    expect(QueryCounter.total).toBeLessThanOrEqual(bound);
  });
});
