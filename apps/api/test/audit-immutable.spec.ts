import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './harness';
import { everyRootCall } from './schema-walk';

/** Every audit row as it stands, by id: what no API path may change or remove. */
async function auditRows(db: DataSource): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; row: string }[]>('SELECT id, a::text AS row FROM audit_entries a');
  return new Map(rows.map((r) => [r.id, r.row]));
}

/** The rows of `before` that are gone or different in `after` (new rows are fine: the trail grows). */
function altered(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before].filter(([id, row]) => after.get(id) !== row).map(([id]) => id);
}

describe('the audit trail is append-only', () => {
  let api: TestApi;
  let db: DataSource;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    admin = await api.login('admin');
    officer = await api.login('officer');
  });
  afterAll(() => api.close());

  it('refuses UPDATE and DELETE of audit rows in the database itself, and takes new ones', async () => {
    const [{ id }] = await db.query<{ id: string }[]>('SELECT id FROM audit_entries LIMIT 1');
    await expect(db.query("UPDATE audit_entries SET note = 'forged' WHERE id = $1", [id])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db.query('DELETE FROM audit_entries WHERE id = $1', [id])).rejects.toThrow(/append-only: DELETE refused/);
    const inserted = await db.query<{ id: string }[]>(
      "INSERT INTO audit_entries (entity_type, entity_id, action, actor_name) VALUES ('Test', gen_random_uuid(), 'CREATE', 'test') RETURNING id",
    );
    expect(inserted).toHaveLength(1);
  });

  it('keeps every audit row through every mutation of the schema aimed at an audit entry', async () => {
    const before = await auditRows(db);
    expect(before.size).toBeGreaterThan(10);
    const target = [...before.keys()][0];
    const calls = everyRootCall(api.app.get(GraphQLSchemaHost).schema, target).filter((c) => c.field.startsWith('Mutation.'));
    expect(calls.length).toBeGreaterThan(30);
    const internal: string[] = [];
    for (const call of calls) {
      for (const token of [admin, officer]) {
        const result = await api.gql(call.operation, undefined, token);
        if (result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) internal.push(call.field);
      }
    }
    expect(internal).toEqual([]);
    expect(altered(before, await auditRows(db))).toEqual([]);
  });

  it('folds a merged enterprise trail into the survivor without rewriting a row, at any depth', async () => {
    const create = async (name: string) => {
      const result = await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        { input: { name } },
        officer,
      );
      return result.data?.createEnterprise.id as string;
    };
    const [a, b, c] = [await create('审计合并甲有限公司'), await create('审计合并乙有限公司'), await create('审计合并丙有限公司')];
    const before = await auditRows(db);
    const merge = (survivorId: string, mergedId: string) =>
      api.gql<{ mergeEnterprises: { auditTrail: { action: string; note: string | null }[] } }>(
        `mutation { mergeEnterprises(input: { survivorId: "${survivorId}", mergedId: "${mergedId}" }) { auditTrail { action note } } }`,
        {},
        officer,
      );
    expect((await merge(b, c)).errors).toBeUndefined();
    const trail = (await merge(a, b)).data?.mergeEnterprises.auditTrail ?? [];
    // a's own creation, b's and c's creations, and both merges: c reached a through b.
    expect(trail.map((e) => e.action).sort()).toEqual(['CREATE', 'CREATE', 'CREATE', 'MERGE', 'MERGE']);
    expect(altered(before, await auditRows(db))).toEqual([]);
  });
});
