import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ID_NOT_FOUND } from '@lianzhao/api-core';
import { startTestApi, type GqlResult, type TestApi } from './harness';
import { everyRootCall } from './schema-walk';

const BAD = 'not-a-uuid';

describe('a malformed id is bad input, not a crash', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'officer', 'partner']) tokens[user] = await api.login(user);
  });
  afterAll(() => api.close());

  const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

  it('answers the issue’s three examples with BAD_USER_INPUT naming the id, literal or variable', async () => {
    for (const [query, value] of [
      ['lead', 'not-a-uuid'],
      ['project', '123'],
      ['enterprise', 'x'],
    ]) {
      const literal = await api.gql(`{ ${query}(id: "${value}") { id } }`, {}, tokens['officer']);
      expect(literal.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'id', message: '编号无效' }],
      });
      const variable = await api.gql(`query ($id: ID!) { ${query}(id: $id) { id } }`, { id: value }, tokens['officer']);
      expect(code(variable)).toBe('BAD_USER_INPUT');
    }
    // An integer literal is an ID too.
    expect(code(await api.gql('{ project(id: 123) { id } }', {}, tokens['officer']))).toBe('BAD_USER_INPUT');
  });

  it('names a malformed id inside an input object and a list, as the validation pipe names fields', async () => {
    const result = await api.gql(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: {
          name: '探针项目',
          enterpriseId: 'x',
          segmentCode: 'HYDROGEN',
          channel: 'SELF',
          ownerId: '42',
          signedOn: '2024-05-01',
        },
      },
      tokens['officer'],
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'enterpriseId', message: '企业编号无效' },
        { field: 'ownerId', message: '负责人编号无效' },
      ],
    });
    const filter = await api.gql('{ leads(first: 5, filter: { ownerId: "me" }) { totalCount } }', {}, tokens['officer']);
    expect(filter.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'ownerId', message: '负责人编号无效' }],
    });
  });

  it('refuses text PostgreSQL cannot store, naming the field: U+0000, and a lone surrogate (which an audit entry’s JSON cannot hold)', async () => {
    const RENAME = 'mutation ($input: RenameMilestoneInput!) { renameMilestone(input: $input) { code } }';
    for (const [name, message] of [
      ['开\u0000工', '不能包含空字符（U+0000）'],
      ['开工\ud800', '包含无效的字符（残缺的 Unicode 代理项），请重新输入'],
      ['\udc00开工', '包含无效的字符（残缺的 Unicode 代理项），请重新输入'],
    ]) {
      const refused = await api.gql(RENAME, { input: { code: 'SIGNED', name } }, tokens['admin']);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'name', message }] });
    }
    // A whole surrogate pair is a character like any other.
    const emoji = await api.gql(RENAME, { input: { code: 'SIGNED', name: '签约🎉' } }, tokens['admin']);
    expect(emoji.errors).toBeUndefined();
  });

  it('answers every query and mutation with an ID argument or input field BAD_USER_INPUT (NOT_FOUND where promised)', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const calls = everyRootCall(schema, BAD).filter((c) => c.operation.includes(JSON.stringify(BAD)));
    const answers: { field: string; code: unknown }[] = [];
    for (const call of calls) {
      const [root, name] = call.field.split('.');
      const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
      const promised = typeof type?.getFields()[name]?.extensions?.[ID_NOT_FOUND] === 'string';
      // The access guard answers first: call as the first role allowed to make the call at all.
      let result: GqlResult<unknown> | null = null;
      for (const user of ['admin', 'officer', 'partner']) {
        result = await api.gql(call.operation, undefined, tokens[user]);
        if (code(result) !== 'FORBIDDEN') break;
      }
      answers.push({ field: call.field, code: result ? code(result) : null });
      expect({ field: call.field, code: result ? code(result) : null }).toEqual({
        field: call.field,
        code: promised ? 'NOT_FOUND' : 'BAD_USER_INPUT',
      });
    }
    expect(answers.length).toBeGreaterThanOrEqual(30);
    expect(answers.filter((a) => a.code === 'NOT_FOUND').map((a) => a.field).sort()).toEqual([
      'Query.referral',
      'Query.referralAttachment',
    ]);
  });
});
