import { DataSource } from 'typeorm';
import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

const FIELDS = 'id name creditCode registeredCapital foundedOn industry { code } segment { code name } tagCodes version contacts { name phone }';
const CREATE = `mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { ${FIELDS} } }`;

interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

interface Trail {
  auditTrail: { action: string; note: string | null; changes: Change[] }[];
}

interface Ent {
  id: string;
  name: string;
  creditCode: string | null;
  registeredCapital: string | null;
  version: number;
  industry: { code: string } | null;
  segment: { code: string; name: string } | null;
}

describe('enterprise register (企业库)', () => {
  let api: TestApi;
  let officer: string;
  beforeAll(async () => {
    api = await startTestApi();
    officer = await api.login('officer');
  });
  afterAll(() => api.close());

  const create = (input: Record<string, unknown>) => api.gql<{ createEnterprise: Ent }>(CREATE, { input }, officer);

  it('creates an enterprise: code normalised, industry from the segment, money exact, contacts kept', async () => {
    const result = await create({
      name: '上海链招新能源科技有限公司',
      creditCode: '９１４４０３００７０８４６１１３６ｔ',
      registeredCapital: '12,345.6789',
      foundedOn: '2019-06-01',
      segmentCode: 'ENERGY_STORAGE',
      tagCodes: ['SPECIALIZED_SME'],
      contacts: [{ name: '王总', title: '总经理', phone: '13800001111' }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createEnterprise).toMatchObject({
      creditCode: '91440300708461136T',
      registeredCapital: '12345.6789',
      industry: { code: 'GREEN_ENERGY' },
      segment: { code: 'ENERGY_STORAGE', name: '新型储能' },
    });
  });

  it('refuses a duplicate credit code, naming the existing enterprise', async () => {
    const result = await create({ name: '完全不同的名字', creditCode: '91440300708461136T' });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0].extensions?.['existingName']).toBe('上海链招新能源科技有限公司');
    expect(fieldErrors(result)).toEqual({ creditCode: '与已有企业“上海链招新能源科技有限公司”重复' });
  });

  it.each([['上海链招新能源科技股份有限公司'], ['上海链招新能源科技 有限公司'], ['上海链招新能源科技']])(
    'refuses %s as the same company by normalised name',
    async (name) => {
      const result = await create({ name });
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors?.[0].extensions?.['existingId']).toEqual(expect.any(String));
    },
  );

  it('treats full-width and half-width brackets as the same name', async () => {
    expect((await create({ name: '奉贤智造（上海）有限公司' })).errors).toBeUndefined();
    expect(errorCode(await create({ name: '奉贤智造(上海)有限公司' }))).toBe('CONFLICT');
  });

  it('gives field-level errors for a bad code, segment, date, amount and phone', async () => {
    const result = await create({
      name: '校验测试有限公司',
      creditCode: '91440300708461136A',
      registeredCapital: '12abc',
      foundedOn: '2024-02-30',
      contacts: [{ name: '李', phone: '123' }],
    });
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(['contacts.0.phone', 'creditCode', 'foundedOn', 'registeredCapital']);
    const segment = await create({ name: '校验测试有限公司', segmentCode: 'NOPE' });
    expect(fieldErrors(segment)).toEqual({ segmentCode: '请选择有效的细分赛道' });
  });

  it('edits with optimistic locking and records the changed fields in the audit trail', async () => {
    const created = (await create({ name: '审计测试有限公司', registeredCapital: '100' })).data?.createEnterprise as Ent;
    const updated = await api.gql<{ updateEnterprise: Ent }>(UPDATE, { input: { id: created.id, version: 1, registeredCapital: '250.5' } }, officer);
    expect(updated.data?.updateEnterprise).toMatchObject({ registeredCapital: '250.5', version: 2 });
    const stale = await api.gql(UPDATE, { input: { id: created.id, version: 1, address: '奉贤区' } }, officer);
    expect(errorCode(stale)).toBe('CONFLICT');
    const trail = await api.gql<{ enterprise: { auditTrail: { action: string; actorName: string; changes: { field: string; before: string | null; after: string | null }[] }[] } }>(
      `{ enterprise(id: "${created.id}") { auditTrail { action actorName changes { field before after } } } }`,
      {},
      officer,
    );
    const [latest, first] = trail.data?.enterprise.auditTrail ?? [];
    expect(latest).toEqual({ action: 'UPDATE', actorName: '张招商', changes: [{ field: 'registeredCapital', before: '100', after: '250.5' }] });
    expect(first.action).toBe('CREATE');
  });

  it('finds enterprises by a Chinese substring and by part of the credit code', async () => {
    const byName = await api.gql<{ enterprises: { edges: { node: Ent }[] } }>('{ enterprises(filter: { search: "新能源" }) { edges { node { name } } } }', {}, officer);
    expect(byName.data?.enterprises.edges.map((e) => e.node.name)).toEqual(['上海链招新能源科技有限公司']);
    const byCode = await api.gql<{ enterprises: { totalCount: number } }>('{ enterprises(filter: { search: "708461136" }) { totalCount } }', {}, officer);
    expect(byCode.data?.enterprises.totalCount).toBe(1);
  });

  it('merges a duplicate: its leads and trail move to the survivor, which fills its gaps; the other is gone', async () => {
    const survivor = (await create({ name: '合并保留有限公司' })).data?.createEnterprise as Ent;
    const duplicate = (await create({ name: '合并重复科技有限公司', creditCode: '91110000802100433B', segmentCode: 'HUMANOID_ROBOTS' })).data
      ?.createEnterprise as Ent;
    const lead = await api.gql<{ createLead: { id: string } }>(
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      { input: { enterpriseId: duplicate.id, projectName: '机器人总部项目', segmentCode: 'HUMANOID_ROBOTS', channel: 'SELF' } },
      officer,
    );
    const merged = await api.gql<{ mergeEnterprises: Ent & { leads: { id: string }[]; auditTrail: { action: string; note: string | null }[] } }>(
      `mutation { mergeEnterprises(input: { survivorId: "${survivor.id}", mergedId: "${duplicate.id}" }) { id creditCode segment { code } leads { id } auditTrail { action note } } }`,
      {},
      officer,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeEnterprises).toMatchObject({ creditCode: '91110000802100433B', segment: { code: 'HUMANOID_ROBOTS' }, leads: [{ id: lead.data?.createLead.id }] });
    expect(merged.data?.mergeEnterprises.auditTrail[0]).toEqual({ action: 'MERGE', note: '并入“合并重复科技有限公司”（91110000802100433B）' });
    expect(errorCode(await api.gql(`{ enterprise(id: "${duplicate.id}") { id } }`, {}, officer))).toBe('NOT_FOUND');
  });

  const trailOf = async (id: string) =>
    must(
      await api.gql<{ enterprise: Trail }>(
        `{ enterprise(id: "${id}") { auditTrail { action note changes { field before after } } } }`,
        {},
        officer,
      ),
    ).enterprise.auditTrail;

  it('audits a contacts-only edit with the contacts as readable lines, and writes nothing for an edit that changes nothing', async () => {
    const zhang = { name: '张三', title: '总经理', phone: '13800001111', email: 'a@b.cn' };
    const created = must(await create({ name: '联系人审计有限公司', contacts: [zhang] })).createEnterprise;
    const edited = await api.gql<{ updateEnterprise: Ent }>(
      UPDATE,
      { input: { id: created.id, version: 1, contacts: [zhang, { name: '李四', phone: '13900002222' }] } },
      officer,
    );
    expect(edited.errors).toBeUndefined();
    const trail = await trailOf(created.id);
    expect(trail.map((e) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(trail[0].changes).toEqual([
      {
        field: 'contacts',
        before: '张三 / 总经理 / 13800001111 / a@b.cn',
        after: '张三 / 总经理 / 13800001111 / a@b.cn、李四 / 13900002222',
      },
    ]);
    expect(trail[1].changes).toContainEqual({ field: 'contacts', before: null, after: '张三 / 总经理 / 13800001111 / a@b.cn' });
    const unchanged = await api.gql(
      UPDATE,
      { input: { id: created.id, version: 2, contacts: [zhang, { name: '李四', phone: '13900002222' }] } },
      officer,
    );
    expect(unchanged.errors).toBeUndefined();
    expect(await trailOf(created.id)).toHaveLength(2);
  });

  it.each([
    ['credit code', (i: number) => ({ name: `并发同码${'甲乙丙丁戊己'[i]}有限公司`, creditCode: '91310000132149237G' })],
    ['normalised name', (i: number) => ({ name: i % 2 ? '并发同名科技有限公司' : '并发同名科技股份有限公司' })],
  ])('answers simultaneous creates with the same %s: one enterprise, CONFLICT naming it for the rest', async (_, input) => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => create(input(i))));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    const winner = winners[0].data?.createEnterprise as Ent;
    const losers = results.filter((r) => r.errors);
    expect(losers.map(errorCode)).toEqual(Array(5).fill('CONFLICT'));
    for (const loser of losers) {
      expect(loser.errors?.[0].extensions).toMatchObject({ existingId: winner.id, existingName: winner.name });
    }
  });

  it('merges an enterprise with a signed lead, a landing project and a live referral: all move to the survivor, each audited', async () => {
    const partner = await api.login('partner');
    const officerId = must(await api.gql<{ me: { id: string } }>('{ me { id } }', {}, officer)).me.id;
    /** A partner's referral accepted by an officer: a new enterprise with a lead, protection live. */
    const referred = async (companyName: string) => {
      const filed = must(
        await api.gql<{ fileReferral: { id: string; status: string } }>(
          'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id status } }',
          { input: { companyName, segmentCode: 'HYDROGEN', contactName: '赵总', contactPhone: '13900000000' } },
          partner,
        ),
      ).fileReferral;
      expect(filed.status).toBe('PROTECTED');
      const accepted = must(
        await api.gql<{ acceptReferral: { status: string; review: { lead: { id: string; version: number; enterprise: { id: string } } } } }>(
          'mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { status review { lead { id version enterprise { id } } } } }',
          { input: { id: filed.id, ownerId: officerId } },
          officer,
        ),
      ).acceptReferral;
      expect(accepted.status).toBe('ACCEPTED');
      return { referralId: filed.id, lead: accepted.review.lead };
    };
    const kept = await referred('合并存续氢能有限公司');
    const gone = await referred('合并并入氢能装备科技有限公司');
    // 签约 follows 过会.
    const approved = must(
      await api.gql<{ moveLead: { version: number } }>(
        'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version } }',
        { input: { id: gone.lead.id, stage: 'APPROVED', version: gone.lead.version } },
        officer,
      ),
    ).moveLead;
    const signed = must(
      await api.gql<{ moveLead: { version: number; project: { id: string } | null } }>(
        'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version project { id } } }',
        { input: { id: gone.lead.id, stage: 'SIGNED', version: approved.version } },
        officer,
      ),
    ).moveLead;
    expect(signed.project).not.toBeNull();
    const survivorId = kept.lead.enterprise.id;
    const mergedId = gone.lead.enterprise.id;

    const merged = await api.gql<{ mergeEnterprises: Trail & { leads: { id: string }[] } }>(
      `mutation { mergeEnterprises(input: { survivorId: "${survivorId}", mergedId: "${mergedId}" }) { leads { id } auditTrail { action note changes { field before after } } } }`,
      {},
      officer,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeEnterprises.leads.map((l) => l.id).sort()).toEqual([kept.lead.id, gone.lead.id].sort());
    expect(merged.data?.mergeEnterprises.auditTrail[0]).toMatchObject({ action: 'MERGE', note: '并入“合并并入氢能装备科技有限公司”' });

    const moved = { field: 'enterpriseId', before: mergedId, after: survivorId };
    const note = '企业“合并并入氢能装备科技有限公司”并入“合并存续氢能有限公司”';
    const lead = must(
      await api.gql<{ lead: Trail & { version: number; enterprise: { id: string }; project: { id: string; enterprise: { id: string } } } }>(
        `{ lead(id: "${gone.lead.id}") { version enterprise { id } project { id enterprise { id } } auditTrail { action note changes { field before after } } } }`,
        {},
        officer,
      ),
    ).lead;
    expect(lead).toMatchObject({ version: signed.version + 1, enterprise: { id: survivorId }, project: { id: signed.project?.id, enterprise: { id: survivorId } } });
    expect(lead.auditTrail[0]).toEqual({ action: 'UPDATE', note, changes: [moved] });
    const project = must(
      await api.gql<{ project: Trail }>(
        `{ project(id: "${signed.project?.id}") { auditTrail { action note changes { field before after } } } }`,
        {},
        officer,
      ),
    ).project;
    expect(project.auditTrail[0]).toEqual({ action: 'UPDATE', note, changes: [moved] });
    const referral = must(
      await api.gql<{ referral: { status: string; review: Trail } }>(
        `{ referral(id: "${gone.referralId}") { status review { auditTrail { action note changes { field before after } } } } }`,
        {},
        officer,
      ),
    ).referral;
    expect(referral.status).toBe('ACCEPTED');
    expect(referral.review.auditTrail[0]).toEqual({ action: 'UPDATE', note, changes: [moved] });
    // Both live protections stay: the unique indexes key on what each partner filed, not on the enterprise.
    const rows: { enterprise_id: string; status: string }[] = await api.app
      .get(DataSource)
      .query('SELECT enterprise_id, status FROM referrals WHERE id = ANY($1) ORDER BY id', [[kept.referralId, gone.referralId]]);
    expect(rows).toEqual([
      { enterprise_id: survivorId, status: 'ACCEPTED' },
      { enterprise_id: survivorId, status: 'ACCEPTED' },
    ]);
    expect(errorCode(await api.gql(`{ enterprise(id: "${mergedId}") { id } }`, {}, officer))).toBe('NOT_FOUND');
  });

  it('keeps enterprises and their contacts away from partners', async () => {
    const partner = await api.login('partner');
    expect(errorCode(await api.gql('{ enterprises { totalCount } }', {}, partner))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE, { input: { name: '伙伴创建' } }, partner))).toBe('FORBIDDEN');
  });
});
