import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './harness';

/** What a parity test reads: the database and the case each seeded row stands for. */
export interface ParityRows<C> {
  db(): DataSource;
  /** The ids of the seeded rows, for the query that runs the SQL twin. */
  ids(): string[];
  /** The case a seeded row stands for. */
  caseOf(id: string): C;
}

/**
 * The fixture of a parity test (a rule's SQL twin against its libs/domain function): starts the
 * API on a fresh database before the tests of the enclosing `describe`, lets `seed` insert one
 * row per case (returning id → case), and closes the API after them.
 */
export function parityRows<C>(seed: (db: DataSource, api: TestApi) => Promise<Map<string, C>>): ParityRows<C> {
  let api: TestApi;
  let db: DataSource;
  let cases = new Map<string, C>();
  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    cases = await seed(db, api);
  });
  afterAll(() => api.close());
  return {
    db: () => db,
    ids: () => [...cases.keys()],
    caseOf: (id) => {
      const c = cases.get(id);
      if (!c) throw new Error(`row ${id} is not a seeded case`);
      return c;
    },
  };
}
