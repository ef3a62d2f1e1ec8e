import { DataSource } from 'typeorm';
import { APP_CONFIG, Clock, RequestContext, type AppConfig } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { PolicyMatchesService, PolicyMatchJobsService } from '@lianzhao/api-policies';
import { must, startTestApi, type TestApi } from './harness';

/**
 * Issue 17: saving a policy item commits the item and a re-evaluation job; the matches follow in
 * batches (policy-match-jobs.service.ts). The worker is off here, so each test decides when the
 * job runs (drain), and a "restart" is a worker with no memory of the last one.
 */
const CREATE_POLICY = `mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }`;
const CREATE_ITEM = `mutation ($input: CreatePolicyItemInput!) { createPolicyItem(input: $input) { id version } }`;
const UPDATE_ITEM = `mutation ($input: UpdatePolicyItemInput!) { updatePolicyItem(input: $input) { id version } }`;
const JOB = `query ($id: ID!) { policy(id: $id) { items { id matchJob { phase doneCount totalCount finishedAt } } } }`;

interface Job {
  phase: string;
  doneCount: number;
  totalCount: number;
  finishedAt: string | null;
}

const HIGH_TECH = { fact: 'tags', op: 'has', value: 'HIGH_TECH' };
const HYDROGEN = { fact: 'segment', op: '=', value: 'HYDROGEN' };

describe('policy re-evaluation jobs (重新计算匹配)', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;
  let policyId: string;
  let item: { id: string; version: number };
  let jobs: PolicyMatchJobsService;
  const system = RequestContext.system();

  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => api.app.get(DataSource).query(query, params);
  const jobOf = async (id: string): Promise<Job> => {
    const items = must(await api.gql<{ policy: { items: { id: string; matchJob: Job }[] } }>(JOB, { id: policyId }, officer)).policy.items;
    const found = items.find((i) => i.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found.matchJob;
  };
  /** The item's matches as stored, subject by subject. */
  const rowsOf = (itemId: string) =>
    sql<{ subject: string; qualified: boolean; amount: string | null; missing: string[] }>(
      `SELECT COALESCE(project_id, enterprise_id)::text AS subject, qualified, trim_scale(amount)::text AS amount, missing
         FROM policy_matches WHERE item_id = $1 ORDER BY 1`,
      [itemId],
    );
  /** Every subject evaluated against every item in force in one transaction, the way the listeners do it. */
  const fullEvaluation = async () => {
    const matches = api.app.get(PolicyMatchesService);
    const projects = (await sql<{ id: string }>('SELECT id FROM projects')).map((r) => r.id);
    const enterprises = (await sql<{ id: string }>('SELECT id FROM enterprises')).map((r) => r.id);
    await api.app.get(TransactionalConnection).withTransaction(system, async (tx) => {
      await matches.recomputeSubjects(tx, 'PROJECT', projects);
      await matches.recomputeSubjects(tx, 'ENTERPRISE', enterprises);
    });
  };
  const subjects = async () => Number((await sql<{ n: string }>('SELECT (SELECT count(*) FROM projects) + (SELECT count(*) FROM enterprises) AS n'))[0].n);
  const saveItem = async (condition: object, amount: object) => {
    item = must(
      await api.gql<{ updatePolicyItem: { id: string; version: number } }>(
        UPDATE_ITEM,
        { input: { id: item.id, version: item.version, name: '重算测试条款', kind: 'OTHER', condition, amount } },
        admin,
      ),
    ).updatePolicyItem;
  };

  beforeAll(async () => {
    api = await startTestApi({ env: { POLICY_MATCH_WORKER: 'false' } });
    admin = await api.login('admin');
    officer = await api.login('officer');
    jobs = api.app.get(PolicyMatchJobsService);
    // The seeded items' jobs (enterprises from the migration) first.
    await jobs.drain(system);
    policyId = must(
      await api.gql<{ createPolicy: { id: string } }>(
        CREATE_POLICY,
        { input: { docNumber: '奉测〔2026〕9号', title: '重算测试政策', issuedOn: '2026-01-01' } },
        admin,
      ),
    ).createPolicy.id;
    for (let i = 0; i < 7; i += 1) {
      const enterprise = must(
        await api.gql<{ createEnterprise: { id: string } }>(
          'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
          { input: { name: `奉贤重算测试${i}有限公司`, tagCodes: i % 2 ? ['HIGH_TECH'] : [], segmentCode: i % 3 ? 'HYDROGEN' : null } },
          officer,
        ),
      ).createEnterprise.id;
      if (i < 4) {
        must(
          await api.gql(
            'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
            { input: { enterpriseId: enterprise, name: `重算测试项目${i}`, segmentCode: i % 2 ? 'HYDROGEN' : 'SOLAR_CELLS', channel: 'SELF', type: 'HEAVY', signedOn: '2026-02-01' } },
            officer,
          ),
        );
      }
    }
  }, 120_000);
  afterAll(() => api.close());

  it('the save answers before any match changes; the job then writes them all', async () => {
    item = must(
      await api.gql<{ createPolicyItem: { id: string; version: number } }>(
        CREATE_ITEM,
        { input: { policyId, name: '重算测试条款', kind: 'OTHER', condition: HIGH_TECH, amount: { fixed: '20' } } },
        admin,
      ),
    ).createPolicyItem;
    expect(await rowsOf(item.id)).toEqual([]);
    const total = await subjects();
    // Not even counted yet: the job's first batch counts the subjects.
    expect(await jobOf(item.id)).toEqual({ phase: 'PROJECTS', doneCount: 0, totalCount: 0, finishedAt: null });
    await jobs.drain(system, { maxBatches: 1, batchSize: 2 });
    expect(await jobOf(item.id)).toEqual({ phase: 'PROJECTS', doneCount: 2, totalCount: total, finishedAt: null });

    // Batches of 2 over both kinds of subject: several transactions and the turn from projects to enterprises.
    const batches = await jobs.drain(system, { batchSize: 2 });
    expect(batches).toBeGreaterThan(total / 2 - 1);
    const done = await jobOf(item.id);
    expect(done).toMatchObject({ phase: 'DONE', doneCount: total, totalCount: total });
    expect(done.finishedAt).not.toBeNull();
    const rows = await rowsOf(item.id);
    expect(rows).toHaveLength(total);
    expect(rows.filter((r) => r.qualified).length).toBeGreaterThan(0);
  });

  it('after the job, the matches equal a full evaluation in one transaction', async () => {
    const fromJob = await rowsOf(item.id);
    await fullEvaluation();
    expect(await rowsOf(item.id)).toEqual(fromJob);
  });

  it('a restart mid-job resumes from the committed cursor', async () => {
    await saveItem(HYDROGEN, { fixed: '30' });
    expect(await jobs.drain(system, { maxBatches: 1, batchSize: 2 })).toBe(1);
    expect(await jobOf(item.id)).toMatchObject({ phase: 'PROJECTS', doneCount: 2, finishedAt: null });

    // A new process: a worker holding nothing in memory, on the same database.
    const restarted = new PolicyMatchJobsService(
      api.app.get(TransactionalConnection),
      api.app.get(PolicyMatchesService),
      api.app.get(Clock),
      api.app.get<AppConfig>(APP_CONFIG),
    );
    expect(await restarted.drain(system, { maxBatches: 1, batchSize: 2 })).toBe(1);
    expect(await jobOf(item.id)).toMatchObject({ phase: 'PROJECTS', doneCount: 4 });
    await restarted.drain(system, { batchSize: 2 });
    expect(await jobOf(item.id)).toMatchObject({ phase: 'DONE', doneCount: await subjects() });

    const fromJob = await rowsOf(item.id);
    expect(fromJob.filter((r) => r.qualified).every((r) => r.amount === '30')).toBe(true);
    await fullEvaluation();
    expect(await rowsOf(item.id)).toEqual(fromJob);
  });

  it('a second save while the job runs supersedes it: the newer rule is applied to every subject', async () => {
    await saveItem(HIGH_TECH, { fixed: '40' });
    await jobs.drain(system, { maxBatches: 2, batchSize: 2 });
    expect(await jobOf(item.id)).toMatchObject({ doneCount: 4, finishedAt: null });

    await saveItem({ any: [HIGH_TECH, HYDROGEN] }, { fixed: '50' });
    expect(await jobOf(item.id)).toMatchObject({ phase: 'PROJECTS', doneCount: 0, totalCount: 0, finishedAt: null });
    await jobs.drain(system, { batchSize: 2 });
    expect(await jobOf(item.id)).toMatchObject({ phase: 'DONE', doneCount: await subjects() });

    const fromJob = await rowsOf(item.id);
    // Nothing of the superseded rule is left: every qualified match carries the newer amount.
    expect(fromJob.filter((r) => r.qualified).map((r) => r.amount)).toEqual(fromJob.filter((r) => r.qualified).map(() => '50'));
    expect(fromJob.filter((r) => r.amount === '40')).toEqual([]);
    await fullEvaluation();
    expect(await rowsOf(item.id)).toEqual(fromJob);
  });

  it('the worker, when on, works a saved item\'s job off by itself', async () => {
    await saveItem(HYDROGEN, { fixed: '70' });
    const worker = new PolicyMatchJobsService(
      api.app.get(TransactionalConnection),
      api.app.get(PolicyMatchesService),
      api.app.get(Clock),
      { ...api.app.get<AppConfig>(APP_CONFIG), policyMatchWorker: true },
    );
    worker.wake();
    await worker.idle();
    expect(await jobOf(item.id)).toMatchObject({ phase: 'DONE', doneCount: await subjects() });
    const fromJob = await rowsOf(item.id);
    expect(fromJob.filter((r) => r.qualified).map((r) => r.amount)).toEqual(fromJob.filter((r) => r.qualified).map(() => '70'));
    await fullEvaluation();
    expect(await rowsOf(item.id)).toEqual(fromJob);
  });

  it('a subject whose facts change while the job waits is matched against the saved rule at once', async () => {
    await saveItem({ fact: 'tags', op: 'has', value: 'LITTLE_GIANT' }, { fixed: '60' });
    const enterprise = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        { input: { name: '奉贤重算测试小巨人有限公司', tagCodes: ['LITTLE_GIANT'] } },
        officer,
      ),
    ).createEnterprise.id;
    const [own] = await sql<{ qualified: boolean; amount: string }>(
      'SELECT qualified, trim_scale(amount)::text AS amount FROM policy_matches WHERE enterprise_id = $1 AND item_id = $2',
      [enterprise, item.id],
    );
    expect(own).toEqual({ qualified: true, amount: '60' });
    await jobs.drain(system);
    const fromJob = await rowsOf(item.id);
    await fullEvaluation();
    expect(await rowsOf(item.id)).toEqual(fromJob);
  });
});
