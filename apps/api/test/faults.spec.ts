import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { startEmbeddedPostgres } from '@lianzhao/api-database';
import {
  CLI,
  MAIN,
  canRunPrivateCluster,
  createDatabase,
  privateCluster,
  snapshot,
  startApiProcess,
  waitFor,
  type ApiProcess,
  type PrivateCluster,
} from './fault-kit';

// Faults the API must survive without losing or half-writing a row. The server here is a
// private PostgreSQL (stopped and started by the test, which the shared server must never be),
// and the API runs as `npm start` runs it, in a child process the test kills.

const describeCluster = canRunPrivateCluster() ? describe : describe.skip;

const ENTERPRISES = '{ enterprises(first: 1) { totalCount } }';

async function health(api: ApiProcess): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${api.baseUrl}/health`);
  return { status: response.status, body: await response.json() };
}

async function importFile(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('线索导入');
  sheet.addRow(['企业名称*', '统一社会信用代码', '项目名称*', '细分赛道*', '招商渠道*']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describeCluster('faults on PostgreSQL', () => {
  let cluster: PrivateCluster;
  let databaseUrl: string;
  let api: ApiProcess;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npx nx build api`);
    cluster = await privateCluster();
    databaseUrl = await createDatabase(cluster.url);
    api = await startApiProcess({ DATABASE_URL: databaseUrl });
    // Generous bounds: a child API starting on a busy machine, not anything the test measures.
  }, 300000);
  afterAll(async () => {
    await api?.kill();
    cluster?.destroy();
  });

  it('fails requests cleanly while PostgreSQL is down, says so at /health, and recovers by itself', async () => {
    const officer = await api.login('officer');
    expect((await api.gql(ENTERPRISES, {}, officer)).errors).toBeUndefined();
    expect(await health(api)).toEqual({ status: 200, body: { status: 'ok', database: 'ok' } });

    cluster.stop();
    let started = Date.now();
    const during = await api.gql(ENTERPRISES, {}, officer);
    const refusedIn = Date.now() - started;
    expect(during.errors?.[0]).toEqual({
      message: '数据库暂时无法访问，请稍后重试',
      path: ['enterprises'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    // Refused at once (the connection is refused), and never later than the pool's connect timeout.
    expect(refusedIn).toBeLessThan(11000);
    started = Date.now();
    expect(await health(api)).toEqual({ status: 503, body: { status: 'error', database: 'unreachable' } });
    expect(Date.now() - started).toBeLessThan(4000);

    await cluster.start();
    const back = await waitFor('the API to answer again', async () => {
      const result = await api.gql<{ enterprises: { totalCount: number } }>(ENTERPRISES, {}, officer);
      return result.data?.enterprises ? result : undefined;
    });
    expect(back.data?.enterprises.totalCount).toBeGreaterThan(0);
    expect(await health(api)).toEqual({ status: 200, body: { status: 'ok', database: 'ok' } });
    expect(api.output()).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('keeps an import, a merge and a referral acceptance whole when the API is killed inside them', async () => {
    const [officer, partner] = [await api.login('officer'), await api.login('partner')];
    const officerId = (await api.gql<{ me: { id: string } }>('{ me { id } }', {}, officer)).data?.me.id;
    const enterprise = async (name: string) =>
      (await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        { input: { name } },
        officer,
      )).data?.createEnterprise.id as string;
    const [survivorId, mergedId] = [await enterprise('崩溃测试保留有限公司'), await enterprise('崩溃测试重复有限公司')];
    const lead = await api.gql(
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      { input: { enterpriseId: mergedId, projectName: '崩溃测试项目', segmentCode: 'HYDROGEN', channel: 'SELF' } },
      officer,
    );
    expect(lead.errors).toBeUndefined();
    const filed = await api.gql<{ fileReferral: { id: string; status: string } }>(
      'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id status } }',
      { input: { companyName: '崩溃测试报备有限公司', segmentCode: 'HYDROGEN', contactName: '赵总', contactPhone: '13900000000' } },
      partner,
    );
    expect(filed.data?.fileReferral.status).toBe('PROTECTED');
    const file = await importFile(
      ['甲', '乙', '丙'].map((n) => [`崩溃测试导入${n}有限公司`, '', `导入${n}项目`, '智能终端', '自主招商']),
    );

    const operations = [
      {
        name: 'importLeads',
        // Enterprises are written first, then the leads: holding the leads table stops it between.
        lockTable: 'leads',
        query: 'mutation ($input: ImportLeadsInput!) { importLeads(input: $input) { ok leadsCreated } }',
        variables: { input: { fileBase64: file, dryRun: false } },
        done: (d: Record<string, { ok?: boolean }>) => d['importLeads']?.ok === true,
      },
      {
        name: 'mergeEnterprises',
        lockTable: 'audit_entries',
        query: 'mutation ($input: MergeEnterprisesInput!) { mergeEnterprises(input: $input) { id } }',
        variables: { input: { survivorId, mergedId } },
        done: (d: Record<string, { id?: string }>) => d['mergeEnterprises']?.id === survivorId,
      },
      {
        name: 'acceptReferral',
        lockTable: 'audit_entries',
        query: 'mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { status } }',
        variables: { input: { id: filed.data?.fileReferral.id, ownerId: officerId } },
        done: (d: Record<string, { status?: string }>) => d['acceptReferral']?.status === 'ACCEPTED',
      },
    ];

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      for (const op of operations) {
        const token = await api.login('officer');
        const before = await snapshot(db);
        // Hold a table the operation writes late, so its transaction stops after earlier writes.
        await db.query('BEGIN');
        await db.query(`LOCK TABLE "${op.lockTable}" IN SHARE ROW EXCLUSIVE MODE`);
        let answered: unknown;
        void api.gql(op.query, op.variables, token).then((r) => (answered = r), () => undefined);
        const pid = await waitFor(`${op.name} to wait on ${op.lockTable}`, async () => {
          if (answered) throw new Error(`${op.name} answered without waiting: ${JSON.stringify(answered)}`);
          const waiting = await db.query<{ pid: number }>(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
          );
          return waiting.rows[0]?.pid;
        }).catch((error: unknown) => {
          throw answered ? new Error(`${op.name} answered without waiting: ${JSON.stringify(answered)}`) : error;
        });
        const written = await db.query<{ name: string }>(
          `SELECT DISTINCT c.relname AS name FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
           WHERE l.pid = $1 AND l.mode = 'RowExclusiveLock' AND l.granted AND c.relkind = 'r' AND c.relname <> $2`,
          [pid, op.lockTable],
        );
        // The kill lands inside the transaction, after it has written to other tables.
        expect({ op: op.name, wroteBefore: written.rows.length > 0 }).toEqual({ op: op.name, wroteBefore: true });
        await api.kill();
        await db.query('ROLLBACK');
        await waitFor('the killed API connection to end', async () => {
          const left = await db.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
          return left.rowCount === 0;
        });
        expect({ op: op.name, tables: await snapshot(db) }).toEqual({ op: op.name, tables: before });
        api = await startApiProcess({ DATABASE_URL: databaseUrl });
      }
      // After the restarts each operation runs through: nothing half-written stands in its way.
      const officerToken = await api.login('officer');
      for (const op of operations) {
        const result = await api.gql<Record<string, never>>(op.query, op.variables, officerToken);
        expect({ op: op.name, done: op.done(result.data ?? {}), errors: result.errors }).toEqual({ op: op.name, done: true, errors: undefined });
      }
    } finally {
      await db.end();
    }
  }, 600000);

  it('round-trips the database through pg_dump and pg_restore', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lianzhao-dump-'));
    try {
      const dump = path.join(work, 'lianzhao.dump');
      execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, databaseUrl]);
      const restoredUrl = await createDatabase(cluster.url);
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, dump]);
      const [original, restored] = [new pg.Client({ connectionString: databaseUrl }), new pg.Client({ connectionString: restoredUrl })];
      await Promise.all([original.connect(), restored.connect()]);
      try {
        const tables = await snapshot(original);
        expect(Object.keys(tables).length).toBeGreaterThan(20);
        expect(await snapshot(restored)).toEqual(tables);
      } finally {
        await Promise.all([original.end(), restored.end()]);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('the embedded database (npm start without DATABASE_URL)', () => {
  let work = '';
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'lianzhao-embedded-'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('starts again after kill -9 with every committed row, and round-trips through db:backup and db:restore', async () => {
    const dataDir = path.join(work, 'data');
    let api = await startApiProcess({ LIANZHAO_DATA_DIR: dataDir });
    let officer = await api.login('officer');
    const created = await api.gql<{ createEnterprise: { id: string } }>(
      'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
      { input: { name: '断电测试有限公司' } },
      officer,
    );
    const id = created.data?.createEnterprise.id;
    expect(id).toBeDefined();
    const count = async (a: ApiProcess, token: string) =>
      (await a.gql<{ enterprises: { totalCount: number } }>(ENTERPRISES, {}, token)).data?.enterprises.totalCount;
    const committed = await count(api, officer);
    await api.kill();

    api = await startApiProcess({ LIANZHAO_DATA_DIR: dataDir });
    officer = await api.login('officer');
    const named = `{ enterprise(id: "${id}") { name } }`;
    expect((await api.gql(named, {}, officer)).data).toEqual({ enterprise: { name: '断电测试有限公司' } });
    expect(await count(api, officer)).toBe(committed);
    await api.stop();

    const backup = path.join(work, 'lianzhao-embedded.tar.gz');
    const cli = (args: string[], dir: string) =>
      execFileSync('node', [CLI, ...args], { env: { PATH: process.env['PATH'] ?? '', LIANZHAO_DATA_DIR: dir }, encoding: 'utf8' });
    expect(cli(['db:backup', backup], dataDir)).toContain('backed up');
    const restoredDir = path.join(work, 'restored');
    expect(cli(['db:restore', backup], restoredDir)).toContain('restored');
    // A restore never overwrites a database.
    expect(() => cli(['db:restore', backup], restoredDir)).toThrow(/not empty/);

    const restored = await startEmbeddedPostgres({ dataDir: path.join(restoredDir, 'pgdata') });
    const client = new pg.Client({ connectionString: restored.url });
    await client.connect();
    try {
      const row = await client.query('SELECT name FROM enterprises WHERE id = $1', [id]);
      expect(row.rows).toEqual([{ name: '断电测试有限公司' }]);
      const total = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprises');
      expect(total.rows[0].n).toBe(committed);
    } finally {
      await client.end();
      await restored.stop();
    }
  }, 900000);
});
