import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { QueryCounter } from '@lianzhao/api-database';
import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';

const LEAD = 'id projectName stage version channel industry { code } segment { code } owner { username } sourceOrganization { name } plannedInvestment';
const CREATE = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD} } }`;
const MOVE = `mutation ($input: MoveLeadInput!) { moveLead(input: $input) { ${LEAD} } }`;
const UPDATE = `mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { ${LEAD} } }`;

interface LeadRow {
  id: string;
  projectName: string;
  stage: string;
  version: number;
  industry: { code: string };
  owner: { username: string };
  sourceOrganization: { name: string } | null;
  plannedInvestment: string | null;
}

describe('lead pipeline (线索管道)', () => {
  let api: TestApi;
  let officer: string;
  let enterpriseId: string;
  let chainOrgId: string;

  beforeAll(async () => {
    api = await startTestApi();
    officer = await api.login('officer');
    const enterprise = await api.gql<{ createEnterprise: { id: string } }>(
      'mutation { createEnterprise(input: { name: "上海奉贤氢能装备有限公司", creditCode: "91310000132149237G" }) { id } }',
      {},
      officer,
    );
    enterpriseId = enterprise.data?.createEnterprise.id ?? '';
    const orgs = await api.gql<{ organizations: { edges: { node: { id: string } }[] } }>(
      '{ organizations(filter: { kind: CHAIN_MASTER }) { edges { node { id } } } }',
      {},
      officer,
    );
    chainOrgId = orgs.data?.organizations.edges[0].node.id ?? '';
  });
  afterAll(() => api.close());

  async function createLead(input: Record<string, unknown> = {}): Promise<LeadRow> {
    const result = await api.gql<{ createLead: LeadRow }>(
      CREATE,
      { input: { enterpriseId, projectName: '氢能装备生产基地', segmentCode: 'HYDROGEN', channel: 'SELF', ...input } },
      officer,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createLead;
  }

  it('creates a lead: industry from the segment, the caller as owner, stage 线索', async () => {
    const lead = await createLead({ plannedInvestment: '50,000' });
    expect(lead).toMatchObject({ stage: 'NEW', version: 1, industry: { code: 'GREEN_ENERGY' }, owner: { username: 'officer' }, plannedInvestment: '50000' });
  });

  it('requires the source partner for chain, platform, fund and business channels', async () => {
    const missing = await api.gql(CREATE, { input: { enterpriseId, projectName: '链主引荐项目', segmentCode: 'HYDROGEN', channel: 'CHAIN' } }, officer);
    expect(fieldErrors(missing)).toEqual({ sourceOrganizationId: '该渠道的线索须选择来源机构' });
    const ok = await createLead({ channel: 'CHAIN', sourceOrganizationId: chainOrgId });
    expect(ok.sourceOrganization?.name).toBe('上海奉贤新能源汽车链主企业（示例）');
  });

  it('checks land and space against what the columns hold instead of letting the database round them', async () => {
    const result = await api.gql(CREATE, { input: { enterpriseId, projectName: '用地项目', segmentCode: 'HYDROGEN', channel: 'SELF', landNeed: '12.345', spaceNeed: '12345678901' } }, officer);
    expect(fieldErrors(result)).toEqual({ landNeed: '最多保留 2 位小数', spaceNeed: '数值过大：整数部分最多 10 位' });
  });

  it('refuses an owner who is not an active officer', async () => {
    const me = await api.gql<{ users: { edges: { node: { id: string } }[] } }>('{ users(filter: { role: LEADER }) { edges { node { id } } } }', {}, officer);
    const result = await api.gql(CREATE, { input: { enterpriseId, projectName: 'x', segmentCode: 'HYDROGEN', channel: 'SELF', ownerId: me.data?.users.edges[0].node.id } }, officer);
    expect(fieldErrors(result)).toEqual({ ownerId: '负责人须为在岗的招商专员' });
  });

  it('moves along the pipeline and records every move with who and why', async () => {
    const lead = await createLead();
    const visited = await api.gql<{ moveLead: LeadRow }>(MOVE, { input: { id: lead.id, stage: 'VISITED', version: 1 } }, officer);
    expect(visited.data?.moveLead).toMatchObject({ stage: 'VISITED', version: 2 });
    const hold = await api.gql<{ moveLead: LeadRow }>(MOVE, { input: { id: lead.id, stage: 'ON_HOLD', reason: '企业推迟投资计划', version: 2 } }, officer);
    expect(hold.data?.moveLead.stage).toBe('ON_HOLD');
    const history = await api.gql<{ lead: { stageChanges: { fromStage: string | null; toStage: string; reason: string | null; actorName: string }[]; auditTrail: { action: string }[] } }>(
      `{ lead(id: "${lead.id}") { stageChanges { fromStage toStage reason actorName } auditTrail { action } } }`,
      {},
      officer,
    );
    expect(history.data?.lead.stageChanges).toEqual([
      { fromStage: 'VISITED', toStage: 'ON_HOLD', reason: '企业推迟投资计划', actorName: '张招商' },
      { fromStage: 'NEW', toStage: 'VISITED', reason: null, actorName: '张招商' },
      { fromStage: null, toStage: 'NEW', reason: null, actorName: '张招商' },
    ]);
    expect(history.data?.lead.auditTrail.map((a) => a.action)).toEqual(['MOVE', 'MOVE', 'CREATE']);
  });

  it('refuses an illegal move, saying which moves are allowed, and changes nothing', async () => {
    const lead = await createLead();
    await api.gql(MOVE, { input: { id: lead.id, stage: 'NEGOTIATING', version: 1 } }, officer);
    const back = await api.gql(MOVE, { input: { id: lead.id, stage: 'NEW', version: 2 } }, officer);
    expect(errorCode(back)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(back)['stage']).toBe('不能从“深度洽谈”直接转到“线索”，可转到：“实地考察”、“过会”、“暂缓”、“流失”');
    const lost = await api.gql(MOVE, { input: { id: lead.id, stage: 'LOST', version: 2 } }, officer);
    expect(fieldErrors(lost)).toEqual({ reason: '转为“流失”须填写原因' });
    const after = await api.gql<{ lead: LeadRow }>(`{ lead(id: "${lead.id}") { stage version } }`, {}, officer);
    expect(after.data?.lead).toEqual({ stage: 'NEGOTIATING', version: 2 });
  });

  it('signs a lead only from 过会, naming the allowed moves, and creates no project otherwise', async () => {
    const lead = await createLead();
    await api.gql(MOVE, { input: { id: lead.id, stage: 'NEGOTIATING', version: 1 } }, officer);
    const early = await api.gql(MOVE, { input: { id: lead.id, stage: 'SIGNED', version: 2 } }, officer);
    expect(errorCode(early)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(early)['stage']).toBe('不能从“深度洽谈”直接转到“签约”，可转到：“实地考察”、“过会”、“暂缓”、“流失”');
    const still = await api.gql<{ lead: { stage: string; version: number; project: { id: string } | null } }>(
      `{ lead(id: "${lead.id}") { stage version project { id } } }`,
      {},
      officer,
    );
    expect(still.data?.lead).toEqual({ stage: 'NEGOTIATING', version: 2, project: null });
    await api.gql(MOVE, { input: { id: lead.id, stage: 'APPROVED', version: 2 } }, officer);
    const signed = await api.gql<{ moveLead: LeadRow }>(MOVE, { input: { id: lead.id, stage: 'SIGNED', version: 3 } }, officer);
    expect(signed.data?.moveLead.stage).toBe('SIGNED');
  });

  it('refuses 暂缓 without a reason, and changes nothing', async () => {
    const lead = await createLead();
    const hold = await api.gql(MOVE, { input: { id: lead.id, stage: 'ON_HOLD', version: 1 } }, officer);
    expect(errorCode(hold)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(hold)).toEqual({ reason: '转为“暂缓”须填写原因' });
    const after = await api.gql<{ lead: LeadRow }>(`{ lead(id: "${lead.id}") { stage version } }`, {}, officer);
    expect(after.data?.lead).toEqual({ stage: 'NEW', version: 1 });
  });

  it('writes no audit entry for an edit that changes nothing', async () => {
    const lead = await createLead();
    await api.gql(UPDATE, { input: { id: lead.id, version: 1, grade: 'B' } }, officer);
    const same = await api.gql<{ updateLead: LeadRow }>(UPDATE, { input: { id: lead.id, version: 2, grade: 'B' } }, officer);
    expect(same.errors).toBeUndefined();
    const trail = await api.gql<{ lead: { auditTrail: { action: string; changes: { field: string }[] }[] } }>(
      `{ lead(id: "${lead.id}") { auditTrail { action changes { field } } } }`,
      {},
      officer,
    );
    expect(trail.data?.lead.auditTrail).toEqual([
      { action: 'UPDATE', changes: [{ field: 'grade' }] },
      { action: 'CREATE', changes: expect.any(Array) },
    ]);
  });

  it('answers a stale version with CONFLICT, on moves and edits alike', async () => {
    const lead = await createLead();
    await api.gql(UPDATE, { input: { id: lead.id, version: 1, grade: 'A' } }, officer);
    expect(errorCode(await api.gql(MOVE, { input: { id: lead.id, stage: 'CONTACTED', version: 1 } }, officer))).toBe('CONFLICT');
    expect(errorCode(await api.gql(UPDATE, { input: { id: lead.id, version: 1, notes: '覆盖' } }, officer))).toBe('CONFLICT');
  });

  it('logs follow-ups and lists the next steps due for the owner', async () => {
    const lead = await createLead({ projectName: '跟进测试项目' });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const add = await api.gql<{ addFollowUp: { id: string; overdue: boolean } }>(
      'mutation ($input: AddFollowUpInput!) { addFollowUp(input: $input) { id overdue } }',
      { input: { leadId: lead.id, kind: 'VISIT', occurredOn: today, participants: '张招商、王总', summary: '走访企业，了解用地需求', nextStep: '提供地块方案', nextStepDueOn: '2020-01-01' } },
      officer,
    );
    expect(add.data?.addFollowUp.overdue).toBe(true);
    const due = await api.gql<{ myFollowUpsDue: { nextStep: string; overdue: boolean; lead: { projectName: string } }[] }>(
      '{ myFollowUpsDue { nextStep overdue lead { projectName } } }',
      {},
      officer,
    );
    expect(due.data?.myFollowUpsDue).toContainEqual({ nextStep: '提供地块方案', overdue: true, lead: { projectName: '跟进测试项目' } });
    const complete = (id: string) =>
      api.gql<{ completeFollowUpStep: { nextStepDone: boolean } }>(
        'mutation ($input: CompleteFollowUpStepInput!) { completeFollowUpStep(input: $input) { nextStepDone } }',
        { input: { id } },
        officer,
      );
    const followUpId = add.data?.addFollowUp.id ?? '';
    expect((await complete(followUpId)).data?.completeFollowUpStep.nextStepDone).toBe(true);
    // Ticking it off again changes nothing and records nothing.
    expect((await complete(followUpId)).data?.completeFollowUpStep.nextStepDone).toBe(true);
    const trail = await api.gql<{ lead: { auditTrail: { action: string; actorName: string; changes: { field: string; before: string | null; after: string | null }[] }[] } }>(
      `{ lead(id: "${lead.id}") { auditTrail { action actorName changes { field before after } } } }`,
      {},
      officer,
    );
    expect(trail.data?.lead.auditTrail.map((a) => a.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(trail.data?.lead.auditTrail[0]).toEqual({
      action: 'UPDATE',
      actorName: '张招商',
      changes: [{ field: 'nextStep', before: '提供地块方案（截止 2020-01-01）', after: '提供地块方案（已完成）' }],
    });
    const stillDue = await api.gql<{ myFollowUpsDue: { id: string }[] }>('{ myFollowUpsDue { id } }', {}, officer);
    expect(stillDue.data?.myFollowUpsDue.map((f) => f.id)).not.toContain(followUpId);
    const other = await api.gql<{ myFollowUpsDue: unknown[] }>('{ myFollowUpsDue { id } }', {}, await api.login('officer2'));
    expect(other.data?.myFollowUpsDue).toEqual([]);
    const future = await api.gql(
      'mutation ($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }',
      { input: { leadId: lead.id, kind: 'CALL', occurredOn: '2999-01-01', summary: '未来' } },
      officer,
    );
    expect(fieldErrors(future)).toEqual({ occurredOn: '跟进日期不能晚于今天' });
  });

  it('finds leads by a Chinese substring of the enterprise or project name, or the credit code', async () => {
    for (const search of ['氢能装备', '奉贤氢能', '132149237']) {
      const result = await api.gql<{ leads: { totalCount: number } }>(`{ leads(filter: { search: "${search}" }) { totalCount } }`, {}, officer);
      expect(result.data?.leads.totalCount).toBeGreaterThan(0);
    }
    const none = await api.gql<{ leads: { totalCount: number } }>('{ leads(filter: { search: "不存在的企业" }) { totalCount } }', {}, officer);
    expect(none.data?.leads.totalCount).toBe(0);
  });

  it('filters by ranges of planned investment, yearly output, land and space, bounds included, and exports the same rows', async () => {
    await createLead({ projectName: '区间筛选甲', plannedInvestment: '100', expectedOutput: '500', landNeed: '10', spaceNeed: '2000' });
    await createLead({ projectName: '区间筛选乙', plannedInvestment: '300', expectedOutput: '1500', landNeed: '30.5', spaceNeed: '8000' });
    await createLead({ projectName: '区间筛选丙' });
    const names = async (filter: Record<string, string>): Promise<string[]> => {
      const result = await api.gql<{ leads: { edges: { node: { projectName: string } }[] } }>(
        'query ($filter: LeadFilter) { leads(filter: $filter, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { projectName } } } }',
        { filter: { search: '区间筛选', ...filter } },
        officer,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.leads.edges.map((e) => e.node.projectName);
    };
    expect(await names({})).toEqual(['区间筛选甲', '区间筛选乙', '区间筛选丙']);
    expect(await names({ outputMin: '1,000' })).toEqual(['区间筛选乙']);
    expect(await names({ outputMax: '500' })).toEqual(['区间筛选甲']);
    expect(await names({ landMin: '10', landMax: '30.5' })).toEqual(['区间筛选甲', '区间筛选乙']);
    expect(await names({ landMin: '10.01' })).toEqual(['区间筛选乙']);
    expect(await names({ spaceMax: '2,000' })).toEqual(['区间筛选甲']);
    expect(await names({ spaceMin: '8000.01' })).toEqual([]);
    expect(await names({ investmentMin: '200', spaceMin: '2000', outputMax: '1500' })).toEqual(['区间筛选乙']);

    // The export goes through the same filter: what the range leaves out is not in the workbook.
    const exported = await api.gql<{ exportLeads: { contentBase64: string } }>(
      'query ($filter: LeadFilter) { exportLeads(filter: $filter) { contentBase64 } }',
      { filter: { search: '区间筛选', landMin: '20', spaceMax: '10000' } },
      officer,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(exported.data?.exportLeads.contentBase64 ?? '', 'base64')).buffer);
    const sheet = workbook.worksheets[0];
    const projectColumn = (sheet.getRow(1).values as unknown[]).indexOf('项目名称*');
    const rows: unknown[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) rows.push(sheet.getRow(r).getCell(projectColumn).value);
    expect(rows).toEqual(['区间筛选乙']);
  });

  it('refuses a range whose upper bound lies below its lower bound, naming the field, and accepts equal bounds', async () => {
    const query = 'query ($filter: LeadFilter) { leads(filter: $filter) { totalCount } }';
    const result = await api.gql(
      query,
      {
        filter: {
          createdFrom: '2026-03-02',
          createdTo: '2026-03-01',
          expectedSigningFrom: '2026-06-30',
          expectedSigningTo: '2026-01-01',
          investmentMin: '2',
          investmentMax: '1.9999',
          outputMin: '500',
          outputMax: '100',
          landMin: '3',
          landMax: '2.5',
          spaceMin: '10',
          spaceMax: '9.99',
        },
      },
      officer,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual({
      'filter.createdTo': '创建日期止不能早于起始日期',
      'filter.expectedSigningTo': '预计签约日期止不能早于起始日期',
      'filter.investmentMax': '计划投资上限不能小于下限',
      'filter.outputMax': '预计年产值上限不能小于下限',
      'filter.landMax': '用地需求上限不能小于下限',
      'filter.spaceMax': '空间需求上限不能小于下限',
    });
    const badArea = await api.gql(query, { filter: { landMin: '1.234', spaceMax: '-1' } }, officer);
    expect(fieldErrors(badArea)).toEqual({ 'filter.landMin': '最多保留 2 位小数', 'filter.spaceMax': '金额不能为负数' });
    const equal = await api.gql<{ leads: { totalCount: number } }>(
      query,
      { filter: { outputMin: '1,000', outputMax: '1000.00', createdFrom: '2026-03-01', createdTo: '2026-03-01' } },
      officer,
    );
    expect(equal.errors).toBeUndefined();
  });

  it('summarises the board columns: count and exact planned-investment sum per stage', async () => {
    const a = await createLead({ projectName: '汇总A', plannedInvestment: '0.1', segmentCode: 'POLYMERS' });
    await createLead({ projectName: '汇总B', plannedInvestment: '0.2', segmentCode: 'POLYMERS' });
    await api.gql(MOVE, { input: { id: a.id, stage: 'CONTACTED', version: 1 } }, officer);
    const result = await api.gql<{ leads: { totalCount: number; stageSummary: { stage: string; count: number; plannedInvestment: string }[] } }>(
      '{ leads(filter: { industryCode: "NEW_MATERIALS", stages: [CONTACTED] }) { totalCount stageSummary { stage count plannedInvestment } } }',
      {},
      officer,
    );
    expect(result.data?.leads.totalCount).toBe(1);
    const single = await api.gql<{ leads: { totalCount: number } }>('{ leads(filter: { industryCode: "NEW_MATERIALS", stage: CONTACTED }) { totalCount } }', {}, officer);
    expect(single.data?.leads.totalCount).toBe(1);
    const byStage = Object.fromEntries((result.data?.leads.stageSummary ?? []).map((s) => [s.stage, [s.count, s.plannedInvestment]]));
    expect(byStage['NEW']).toEqual([1, '0.2']);
    expect(byStage['CONTACTED']).toEqual([1, '0.1']);
    expect(byStage['SIGNED']).toEqual([0, '0']);
  });

  it('pages without gaps or repeats while leads are being added', async () => {
    for (let i = 0; i < 12; i++) await createLead({ projectName: `分页项目${i}`, segmentCode: 'IVD' });
    const query = 'query ($after: String) { leads(first: 5, after: $after, filter: { segmentCode: "IVD" }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    type Page = { leads: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const before = await api.gql<{ leads: { edges: { node: { id: string } }[] } }>('{ leads(first: 100, filter: { segmentCode: "IVD" }) { edges { node { id } } } }', {}, officer);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: Page | null } = await api.gql<Page>(query, { after }, officer);
      seen.push(...(page.data?.leads.edges.map((e) => e.node.id) ?? []));
      // Someone else adds a lead between our pages.
      await createLead({ projectName: '并发新增', segmentCode: 'IVD' });
      if (!page.data?.leads.pageInfo.hasNextPage) break;
      after = page.data.leads.pageInfo.endCursor;
    }
    expect(seen).toEqual(before.data?.leads.edges.map((e) => e.node.id));
  });

  it('pages through leads created in the same instant, down to the microsecond, without losing any', async () => {
    // An import writes all its leads in one transaction, so they share now(); PostgreSQL keeps
    // microseconds and a cursor must not drop the rows that differ from it below a millisecond.
    const created: string[] = [];
    for (let i = 0; i < 12; i++) created.push((await createLead({ projectName: `同刻项目${i}` })).id);
    await api.app
      .get(DataSource)
      .query(
        "UPDATE leads SET created_at = TIMESTAMPTZ '2026-01-01 10:00:00.123+08' + (CAST(right(project_name, 1) AS int) * INTERVAL '1 microsecond') WHERE project_name LIKE '同刻项目%'",
      );
    const query = 'query ($after: String) { leads(first: 5, after: $after, filter: { search: "同刻项目" }) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    type Page = { leads: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: { data?: Page | null } = await api.gql<Page>(query, { after }, officer);
      expect(page.data?.leads.totalCount).toBe(12);
      seen.push(...(page.data?.leads.edges.map((e) => e.node.id) ?? []));
      if (!page.data?.leads.pageInfo.hasNextPage) break;
      after = page.data.leads.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it('resolves a page of 50 leads with their enterprise, owner, partner and industry in a bounded number of SQL statements', async () => {
    for (let i = 0; i < 50; i++) await createLead({ projectName: `批量项目${i}`, channel: 'CHAIN', sourceOrganizationId: chainOrgId });
    QueryCounter.reset();
    const result = await api.gql<{ leads: { edges: unknown[] } }>(
      '{ leads(first: 50) { totalCount edges { node { id enterprise { name } owner { displayName } sourceOrganization { name } industry { name } segment { name } town { name } } } stageSummary { stage count } } }',
      {},
      officer,
    );
    const statements = QueryCounter.total;
    expect(result.data?.leads.edges).toHaveLength(50);
    // guard's user + count + page + stage summary + one per relation (enterprise, owner, partner, industry, segment)
    expect(statements).toBeLessThanOrEqual(10);
  });

  it('keeps leads away from partners, and lets leaders read but not write', async () => {
    const partner = await api.login('partner');
    expect(errorCode(await api.gql('{ leads { totalCount } }', {}, partner))).toBe('FORBIDDEN');
    const leader = await api.login('leader');
    expect((await api.gql<{ leads: { totalCount: number } }>('{ leads { totalCount } }', {}, leader)).data?.leads.totalCount).toBeGreaterThan(0);
    expect(errorCode(await api.gql(CREATE, { input: { enterpriseId, projectName: 'x', segmentCode: 'HYDROGEN', channel: 'SELF' } }, leader))).toBe('FORBIDDEN');
  });
});
