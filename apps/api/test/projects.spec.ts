import ExcelJS from 'exceljs';
import { Clock } from '@lianzhao/api-core';
import { QueryCounter } from '@lianzhao/api-database';
import { ProjectsService } from '@lianzhao/api-projects';
import { RequestContext } from '@lianzhao/api-core';
import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

const PROJECT = `id version type health daysLate nextMilestone signedOn landedOn channel
  lead { id } enterprise { name } industry { code } sourceOrganization { id } owner { username }
  milestones { code position plannedDate actualDate status daysLate }`;
const RECORD = `mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { ${PROJECT} } }`;
const PLAN = `mutation ($input: PlanMilestoneInput!) { planMilestone(input: $input) { ${PROJECT} planChanges { code previousDate plannedDate reason actorName } } }`;
const CREATE = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT} } }`;
const GET = `query ($id: ID!) { project(id: $id) { ${PROJECT} } }`;
const LIST = `query ($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int, $after: String) {
  projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id daysLate health } }
  } }`;

interface Milestone {
  code: string;
  position: number;
  plannedDate: string | null;
  actualDate: string | null;
  status: string;
  daysLate: number;
}
interface ProjectRow {
  id: string;
  version: number;
  type: string;
  health: string;
  daysLate: number;
  nextMilestone: string | null;
  signedOn: string | null;
  landedOn: string | null;
  channel: string;
  lead: { id: string } | null;
  enterprise: { name: string };
  industry: { code: string };
  sourceOrganization: { id: string } | null;
  owner: { username: string };
  milestones: Milestone[];
}
interface ListResult {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; daysLate: number; health: string } }[];
  };
}

/** Shanghai is UTC+8: 16:00Z is midnight of the next Shanghai day. */
const shanghai = (date: string, time = '12:00:00') => new Date(`${date}T${time}+08:00`);

describe('landing projects (项目落地)', () => {
  let api: TestApi;
  let clock: Clock;
  let officer: string;
  let officer2: string;
  let leader: string;
  let partner: string;
  let chainOrgId: string;
  let enterpriseN = 0;

  beforeAll(async () => {
    api = await startTestApi();
    clock = api.app.get(Clock);
    clock.fix(shanghai('2026-03-10'));
    officer = await api.login('officer');
    officer2 = await api.login('officer2');
    leader = await api.login('leader');
    partner = await api.login('partner');
    const orgs = must(
      await api.gql<{ organizations: { edges: { node: { id: string } }[] } }>(
        '{ organizations(filter: { kind: CHAIN_MASTER }) { edges { node { id } } } }',
        {},
        officer,
      ),
    );
    chainOrgId = orgs.organizations.edges[0].node.id;
  });
  // Each test starts on the same Shanghai day, whatever the one before left the clock at.
  beforeEach(() => clock.fix(shanghai('2026-03-10')));
  afterAll(async () => {
    clock.fix(null);
    await api.close();
  });

  async function enterprise(token = officer): Promise<string> {
    enterpriseN++;
    const result = await api.gql<{ createEnterprise: { id: string } }>(
      'mutation ($name: String!) { createEnterprise(input: { name: $name }) { id } }',
      { name: `奉贤测试落地企业${enterpriseN}有限公司` },
      token,
    );
    return must(result).createEnterprise.id;
  }

  /** A lead moved to 签约 through the pipeline, as an officer does on the board. */
  async function signLead(
    input: Record<string, unknown> = {},
    token = officer,
  ): Promise<{ leadId: string; project: ProjectRow }> {
    const enterpriseId = await enterprise(token);
    const created = must(
      await api.gql<{ createLead: { id: string; version: number } }>(
        'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }',
        {
          input: {
            enterpriseId,
            projectName: '氢能装备生产基地',
            segmentCode: 'HYDROGEN',
            channel: 'SELF',
            ...input,
          },
        },
        token,
      ),
    ).createLead;
    // 签约 follows 过会.
    const approved = must(
      await api.gql<{ moveLead: { version: number } }>(
        'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version } }',
        { input: { id: created.id, stage: 'APPROVED', version: created.version } },
        token,
      ),
    ).moveLead;
    const moved = must(
      await api.gql<{ moveLead: { id: string; project: ProjectRow | null } }>(
        `mutation ($input: MoveLeadInput!) { moveLead(input: $input) { id project { ${PROJECT} } } }`,
        { input: { id: created.id, stage: 'SIGNED', version: approved.version } },
        token,
      ),
    ).moveLead;
    if (!moved.project) throw new Error('no project after signing');
    return { leadId: created.id, project: moved.project };
  }

  async function record(
    project: { id: string; version: number },
    code: string,
    actualDate: string | null,
    token = officer,
  ) {
    return api.gql<{ recordMilestone: ProjectRow }>(
      RECORD,
      { input: { projectId: project.id, code, actualDate, version: project.version } },
      token,
    );
  }

  async function plan(
    project: { id: string; version: number },
    code: string,
    plannedDate: string | null,
    reason?: string,
  ) {
    return api.gql<{
      planMilestone: ProjectRow & {
        planChanges: {
          code: string;
          previousDate: string | null;
          plannedDate: string | null;
          reason: string | null;
          actorName: string;
        }[];
      };
    }>(
      PLAN,
      { input: { projectId: project.id, code, plannedDate, reason, version: project.version } },
      officer,
    );
  }

  describe('creation on signing', () => {
    it('creates the project in the move, keeping lead, enterprise, channel, partner and industry; 签约 done on the Shanghai day', async () => {
      // 23:30 on the 10th in UTC is already the 11th in Shanghai.
      clock.fix(new Date('2026-03-10T17:30:00Z'));
      const { leadId, project } = await signLead({ channel: 'CHAIN', sourceOrganizationId: chainOrgId });
      clock.fix(shanghai('2026-03-10'));
      expect(project).toMatchObject({
        type: 'HEAVY',
        channel: 'CHAIN',
        lead: { id: leadId },
        industry: { code: 'GREEN_ENERGY' },
        sourceOrganization: { id: chainOrgId },
        owner: { username: 'officer' },
        signedOn: '2026-03-11',
        landedOn: null,
        nextMilestone: 'REGISTERED',
      });
      expect(project.milestones.map((m) => m.code)).toEqual([
        'SIGNED',
        'REGISTERED',
        'SITE_SECURED',
        'CONSTRUCTION_STARTED',
        'COMPLETED',
        'IN_PRODUCTION',
        'FULL_OUTPUT',
      ]);
      expect(project.milestones[0]).toMatchObject({ actualDate: '2026-03-11', status: 'DONE' });
      const lead = must(
        await api.gql<{ lead: { project: { id: string } } }>(
          'query ($id: ID!) { lead(id: $id) { project { id } } }',
          { id: leadId },
          officer,
        ),
      );
      expect(lead.lead.project.id).toBe(project.id);
    });

    it('gives light-asset milestones to an "other" industry lead', async () => {
      const { project } = await signLead({ segmentCode: 'SOFTWARE_IT' });
      expect(project.type).toBe('LIGHT');
      expect(project.milestones.map((m) => m.code)).toEqual([
        'SIGNED',
        'REGISTERED',
        'MOVED_IN',
        'OPERATING',
      ]);
    });

    it('serves the templates as reference data', async () => {
      const data = must(
        await api.gql<{ milestoneTemplates: { projectType: string; code: string; name: string }[] }>(
          '{ milestoneTemplates { projectType code name position } }',
          {},
          leader,
        ),
      );
      expect(data.milestoneTemplates.filter((t) => t.projectType === 'LIGHT').map((t) => t.name)).toEqual([
        '签约',
        '工商注册',
        '入驻',
        '运营',
      ]);
    });

    it('lets an officer create a project signed before the system existed; signed date required and not in the future', async () => {
      const enterpriseId = await enterprise();
      const base = { enterpriseId, name: '老项目', segmentCode: 'HYDROGEN', channel: 'SELF' };
      const future = await api.gql(CREATE, { input: { ...base, signedOn: '2026-03-11' } }, officer);
      expect(errorCode(future)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(future)['signedOn']).toContain('不能晚于今天');
      const missing = await api.gql(CREATE, { input: { ...base, signedOn: '' } }, officer);
      expect(fieldErrors(missing)['signedOn']).toBeDefined();
      const noEnterprise = await api.gql(
        CREATE,
        { input: { ...base, enterpriseId: 'x', signedOn: '2024-05-01' } },
        officer,
      );
      expect(fieldErrors(noEnterprise)['enterpriseId']).toBe('企业编号无效');
      const created = must(
        await api.gql<{ createProject: ProjectRow }>(
          CREATE,
          { input: { ...base, signedOn: '2024-05-01', type: 'LIGHT' } },
          officer,
        ),
      ).createProject;
      expect(created).toMatchObject({ lead: null, type: 'LIGHT', signedOn: '2024-05-01' });
    });

    it('keeps projects away from partners and writes away from leaders', async () => {
      const { project } = await signLead();
      expect(errorCode(await api.gql(GET, { id: project.id }, partner))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(LIST, {}, partner))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql('{ milestoneAlerts { totalCount } }', {}, partner))).toBe('FORBIDDEN');
      expect(must(await api.gql<{ project: ProjectRow }>(GET, { id: project.id }, leader)).project.id).toBe(
        project.id,
      );
      expect(errorCode(await record(project, 'REGISTERED', '2026-03-10', leader))).toBe('FORBIDDEN');
    });
  });

  describe('milestone order', () => {
    it('records in order, refuses 投产 before 开工 naming it, refuses future dates, allows clearing', async () => {
      let { project } = await signLead();
      // Signed on 2026-03-10 (the fixed Shanghai day). 落地 comes first: nothing after 工商注册
      // gets a date while it has none, not even the optional 土地/空间落实.
      const unlanded = await record(project, 'SITE_SECURED', '2026-03-10');
      expect(fieldErrors(unlanded)['actualDate']).toBe('须先记录“工商注册”的实际日期，才能记录“土地/空间落实”');
      project = must(await record(project, 'REGISTERED', '2026-03-10')).recordMilestone;
      expect(project.landedOn).toBe('2026-03-10');
      const early = await record(project, 'CONSTRUCTION_STARTED', '2026-03-09');
      expect(errorCode(early)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(early)['actualDate']).toBe('“开工”的实际日期不能早于“工商注册”（2026-03-10）');

      clock.fix(shanghai('2026-06-20'));
      project = must(await record(project, 'CONSTRUCTION_STARTED', '2026-05-01')).recordMilestone;
      const before = await record(project, 'IN_PRODUCTION', '2026-04-15');
      expect(errorCode(before)).toBe('BAD_USER_INPUT');
      expect(before.errors?.[0].extensions?.fields?.[0].message).toContain('“开工”');
      const future = await record(project, 'IN_PRODUCTION', '2026-06-21');
      expect(fieldErrors(future)['actualDate']).toBe('“投产”的实际日期不能晚于今天（2026-06-20）');
      // A later milestone already recorded bounds an earlier one from above.
      const tooLate = await record(project, 'SITE_SECURED', '2026-05-02');
      expect(fieldErrors(tooLate)['actualDate']).toContain('不能晚于“开工”');
      // 落地 comes first: 投产 waits for 竣工 (not optional); 土地/空间落实 may be skipped.
      const skipped = await record(project, 'IN_PRODUCTION', '2026-06-20');
      expect(fieldErrors(skipped)['actualDate']).toBe('须先记录“竣工”的实际日期，才能记录“投产”');
      project = must(await record(project, 'COMPLETED', '2026-06-10')).recordMilestone;
      project = must(await record(project, 'IN_PRODUCTION', '2026-06-20')).recordMilestone;
      expect(project.nextMilestone).toBe('SITE_SECURED');
      expect(fieldErrors(await record(project, 'REGISTERED', null))['actualDate']).toBe(
        '“开工”已有实际日期，须先清除它，才能清除“工商注册”的实际日期',
      );

      project = must(await record(project, 'IN_PRODUCTION', null)).recordMilestone;
      expect(project.milestones.find((m) => m.code === 'IN_PRODUCTION')?.actualDate).toBeNull();
      const trail = must(
        await api.gql<{
          project: {
            auditTrail: { changes: { field: string; before: string | null; after: string | null }[] }[];
          };
        }>(
          'query ($id: ID!) { project(id: $id) { auditTrail { changes { field before after } } } }',
          { id: project.id },
          officer,
        ),
      );
      expect(trail.project.auditTrail[0].changes).toEqual([
        { field: 'IN_PRODUCTION.actualDate', before: '2026-06-20', after: null },
      ]);
      expect(fieldErrors(await record(project, 'SIGNED', null))['actualDate']).toBe('签约日期不能清除');
      expect(fieldErrors(await record(project, 'MOVED_IN', '2026-06-01'))['code']).toContain('没有“入驻”');
      clock.fix(shanghai('2026-03-10'));
    });

    it('answers a stale version with CONFLICT', async () => {
      const { project } = await signLead();
      must(await record(project, 'REGISTERED', '2026-03-10'));
      expect(errorCode(await record(project, 'REGISTERED', '2026-03-09'))).toBe('CONFLICT');
    });
  });

  describe('editing', () => {
    it('changes the type only until a milestone after 工商注册 has happened, keeping shared dates', async () => {
      let { project } = await signLead();
      project = must(await record(project, 'REGISTERED', '2026-03-10')).recordMilestone;
      const UPDATE = `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { ${PROJECT} contractInvestment } }`;
      const light = must(
        await api.gql<{ updateProject: ProjectRow & { contractInvestment: string } }>(
          UPDATE,
          {
            input: { id: project.id, version: project.version, type: 'LIGHT', contractInvestment: '1,200.5' },
          },
          officer,
        ),
      ).updateProject;
      expect(light).toMatchObject({ type: 'LIGHT', contractInvestment: '1200.5', landedOn: '2026-03-10' });
      expect(light.milestones.map((m) => m.code)).toEqual(['SIGNED', 'REGISTERED', 'MOVED_IN', 'OPERATING']);
      const moved = must(await record(light, 'MOVED_IN', '2026-03-10')).recordMilestone;
      const refused = await api.gql(
        UPDATE,
        { input: { id: moved.id, version: moved.version, type: 'HEAVY' } },
        officer,
      );
      expect(fieldErrors(refused)['type']).toBe('工商注册之后的节点已有实际日期，不能再更改项目类型');
      const bad = await api.gql(
        UPDATE,
        { input: { id: moved.id, version: moved.version, jobsPlanned: -1 } },
        officer,
      );
      expect(fieldErrors(bad)['jobsPlanned']).toBe('计划用工不能为负数');
    });

    it('keeps support items with applied and granted amounts, versioned and audited', async () => {
      const { project } = await signLead();
      const SAVE = `mutation ($input: SaveSupportItemInput!) { saveProjectSupportItem(input: $input) { id version supportItems { id kind appliedAmount grantedAmount } auditTrail { note } } }`;
      type Saved = {
        saveProjectSupportItem: {
          id: string;
          version: number;
          supportItems: {
            id: string;
            kind: string;
            appliedAmount: string | null;
            grantedAmount: string | null;
          }[];
          auditTrail: { note: string | null }[];
        };
      };
      const bad = await api.gql(
        SAVE,
        {
          input: {
            projectId: project.id,
            version: project.version,
            kind: 'PRELIMINARY_COSTS',
            appliedAmount: 'abc',
          },
        },
        officer,
      );
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(bad)['appliedAmount']).toBeDefined();
      const saved = must(
        await api.gql<Saved>(
          SAVE,
          {
            input: {
              projectId: project.id,
              version: project.version,
              kind: 'PRELIMINARY_COSTS',
              appliedAmount: '200',
              grantedAmount: '150',
            },
          },
          officer,
        ),
      ).saveProjectSupportItem;
      expect(saved.supportItems).toEqual([
        { id: expect.any(String), kind: 'PRELIMINARY_COSTS', appliedAmount: '200', grantedAmount: '150' },
      ]);
      expect(saved.auditTrail[0].note).toBe('新增扶持事项');
      expect(
        errorCode(
          await api.gql(
            SAVE,
            { input: { projectId: project.id, version: project.version, kind: 'SPACE_COSTS' } },
            officer,
          ),
        ),
      ).toBe('CONFLICT');
      const removed = must(
        await api.gql<{ removeProjectSupportItem: { supportItems: unknown[] } }>(
          'mutation ($input: RemoveSupportItemInput!) { removeProjectSupportItem(input: $input) { supportItems { id } } }',
          { input: { projectId: project.id, version: saved.version, id: saved.supportItems[0].id } },
          officer,
        ),
      ).removeProjectSupportItem;
      expect(removed.supportItems).toEqual([]);
    });
  });

  describe('replanning', () => {
    it('keeps each earlier plan with its reason; changing a plan needs a reason', async () => {
      let { project } = await signLead();
      project = must(await plan(project, 'REGISTERED', '2026-04-01')).planMilestone;
      // Plan changes are stamped with the service clock (as-of health reads them): a replanning
      // comes a day later, as it would in the office, so the record's order is the order of events.
      clock.fix(shanghai('2026-03-11'));
      const noReason = await plan(project, 'REGISTERED', '2026-05-01');
      expect(fieldErrors(noReason)['reason']).toBe('调整已有计划须填写原因');
      const replanned = must(
        await plan(project, 'REGISTERED', '2026-05-01', '企业股东变更，延后注册'),
      ).planMilestone;
      expect(replanned.milestones.find((m) => m.code === 'REGISTERED')?.plannedDate).toBe('2026-05-01');
      expect(replanned.planChanges).toEqual([
        {
          code: 'REGISTERED',
          previousDate: '2026-04-01',
          plannedDate: '2026-05-01',
          reason: '企业股东变更，延后注册',
          actorName: '张招商',
        },
        {
          code: 'REGISTERED',
          previousDate: null,
          plannedDate: '2026-04-01',
          reason: null,
          actorName: '张招商',
        },
      ]);
    });
  });

  describe('status and health by Shanghai day', () => {
    it('is due on the planned day until Shanghai midnight, overdue from the next day', async () => {
      let { project } = await signLead();
      project = must(await plan(project, 'REGISTERED', '2026-03-12')).planMilestone;
      expect(project).toMatchObject({ health: 'AT_RISK', daysLate: 0 });

      clock.fix(new Date('2026-03-12T15:59:59Z')); // 23:59:59 on the 12th in Shanghai
      let now = must(await api.gql<{ project: ProjectRow }>(GET, { id: project.id }, officer)).project;
      expect(now).toMatchObject({ health: 'AT_RISK', daysLate: 0 });
      expect(now.milestones[1]).toMatchObject({ status: 'DUE', daysLate: 0 });

      clock.fix(new Date('2026-03-12T16:00:00Z')); // 00:00 on the 13th in Shanghai
      now = must(await api.gql<{ project: ProjectRow }>(GET, { id: project.id }, officer)).project;
      expect(now).toMatchObject({ health: 'OVERDUE', daysLate: 1 });
      expect(now.milestones[1]).toMatchObject({ status: 'OVERDUE', daysLate: 1 });
      expect(now.milestones[2].status).toBe('NOT_PLANNED');

      // Planned 31 days ahead is merely planned; 30 is due.
      clock.fix(shanghai('2026-03-10'));
      const p2 = (await signLead()).project;
      const far = must(await plan(p2, 'REGISTERED', '2026-04-10')).planMilestone;
      expect(far.milestones[1].status).toBe('PLANNED');
      expect(far.health).toBe('ON_TRACK');
      const near = must(await plan(far, 'REGISTERED', '2026-04-09', '提前')).planMilestone;
      expect(near.milestones[1].status).toBe('DUE');
    });
  });

  describe('finding projects', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      clock.fix(shanghai('2026-02-01'));
      // overdue by 20 days on 2026-03-10
      let overdue = (
        await signLead({ segmentCode: 'SOFTWARE_IT', channel: 'CHAIN', sourceOrganizationId: chainOrgId })
      ).project;
      overdue = must(await plan(overdue, 'REGISTERED', '2026-02-18')).planMilestone;
      ids['overdue'] = overdue.id;
      // overdue by 5 days, owned by officer2
      let overdue2 = (await signLead({}, officer2)).project;
      overdue2 = must(
        await api.gql<{ planMilestone: ProjectRow }>(
          PLAN,
          {
            input: {
              projectId: overdue2.id,
              code: 'REGISTERED',
              plannedDate: '2026-03-05',
              version: overdue2.version,
            },
          },
          officer2,
        ),
      ).planMilestone;
      ids['overdue2'] = overdue2.id;
      // landed on 2026-02-10, due soon for 土地/空间落实
      clock.fix(shanghai('2026-02-20'));
      let landed = (await signLead()).project;
      landed = must(await record(landed, 'REGISTERED', '2026-02-20')).recordMilestone;
      landed = must(await plan(landed, 'SITE_SECURED', '2026-03-20')).planMilestone;
      ids['landed'] = landed.id;
      clock.fix(shanghai('2026-03-10'));
    });

    async function list(filter: Record<string, unknown>, orderBy?: Record<string, unknown>, token = leader) {
      // Only this file's projects: the demo data has projects of its own.
      return must(
        await api.gql<ListResult>(
          LIST,
          { filter: { search: '奉贤测试落地企业', ...filter }, orderBy, first: 100 },
          token,
        ),
      ).projects;
    }

    it('filters by health in SQL, with exact counts', async () => {
      const overdue = await list({ healths: ['OVERDUE'] });
      const overdueIds = overdue.edges.map((e) => e.node.id);
      expect(overdueIds).toEqual(expect.arrayContaining([ids['overdue'], ids['overdue2']]));
      expect(overdue.edges.every((e) => e.node.health === 'OVERDUE')).toBe(true);
      expect(overdue.totalCount).toBe(overdue.edges.length);
      const atRisk = await list({ healths: ['AT_RISK'] });
      expect(atRisk.edges.map((e) => e.node.id)).toContain(ids['landed']);
      expect(atRisk.edges.every((e) => e.node.health === 'AT_RISK')).toBe(true);
      const onTrack = await list({ healths: ['ON_TRACK'] });
      expect(onTrack.edges.every((e) => e.node.health === 'ON_TRACK')).toBe(true);
      const all = await list({});
      expect(overdue.totalCount + atRisk.totalCount + onTrack.totalCount).toBe(all.totalCount);
    });

    it('filters by next milestone, industry, channel, partner, owner, signed and landed dates', async () => {
      const nextSite = await list({ nextMilestone: 'SITE_SECURED' });
      expect(nextSite.edges.map((e) => e.node.id)).toContain(ids['landed']);
      expect(nextSite.edges.map((e) => e.node.id)).not.toContain(ids['overdue']);
      expect(
        (await list({ industryCode: 'OTHER', channels: ['CHAIN'] })).edges.map((e) => e.node.id),
      ).toContain(ids['overdue']);
      expect((await list({ sourceOrganizationId: chainOrgId })).edges.map((e) => e.node.id)).toContain(
        ids['overdue'],
      );
      const officer2Id = must(
        await api.gql<{ project: { owner: { id: string } } }>(
          'query ($id: ID!) { project(id: $id) { owner { id } } }',
          { id: ids['overdue2'] },
          leader,
        ),
      ).project.owner.id;
      expect((await list({ ownerId: officer2Id })).edges.map((e) => e.node.id)).toEqual([ids['overdue2']]);
      const signedFeb = await list({ signedFrom: '2026-02-01', signedTo: '2026-02-01' });
      expect(signedFeb.edges.map((e) => e.node.id).sort()).toEqual([ids['overdue'], ids['overdue2']].sort());
      expect(
        (await list({ landedFrom: '2026-02-20', landedTo: '2026-02-20' })).edges.map((e) => e.node.id),
      ).toEqual([ids['landed']]);
      expect(
        (await list({ landed: true, signedFrom: '2026-02-01', signedTo: '2026-02-28' })).edges.map(
          (e) => e.node.id,
        ),
      ).toEqual([ids['landed']]);
    });

    it('orders by days late and pages with cursors without skipping or repeating', async () => {
      const ordered = await list({ healths: ['OVERDUE'] }, { field: 'DAYS_LATE', direction: 'DESC' });
      const lates = ordered.edges.map((e) => e.node.daysLate);
      expect([...lates].sort((a, b) => b - a)).toEqual(lates);
      expect(ordered.edges[0].node.daysLate).toBeGreaterThanOrEqual(20);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: ListResult['projects'] = must(
          await api.gql<ListResult>(
            LIST,
            {
              first: 2,
              after,
              filter: { search: '奉贤测试落地企业' },
              orderBy: { field: 'SIGNED_ON', direction: 'ASC' },
            },
            leader,
          ),
        ).projects;
        seen.push(...page.edges.map((e) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      const all = await list({});
      expect(seen.length).toBe(all.totalCount);
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('keeps a page of projects with milestones to a bounded number of queries', async () => {
      QueryCounter.reset();
      const page = must(
        await api.gql<{ projects: { edges: unknown[] } }>(
          `{ projects(first: 50) { edges { node { ${PROJECT} } } } }`,
          {},
          leader,
        ),
      );
      const statements = QueryCounter.total;
      expect(page.projects.edges.length).toBeGreaterThan(5);
      // Auth, count, page, milestones, leads, enterprises, users, organisations, industries: not one per row.
      expect(statements).toBeLessThanOrEqual(12);
    });

    it('lists overdue and due milestones: an officer their own projects, a leader all', async () => {
      const mine = must(
        await api.gql<{
          milestoneAlerts: {
            totalCount: number;
            overdueCount: number;
            items: {
              project: { id: string };
              milestone: { code: string };
              status: string;
              daysLate: number;
              daysLeft: number;
            }[];
          };
        }>(
          '{ milestoneAlerts { totalCount overdueCount dueCount items { project { id } milestone { code } status daysLate daysLeft } } }',
          {},
          officer,
        ),
      ).milestoneAlerts;
      const mineIds = mine.items.map((i) => i.project.id);
      expect(mineIds).toContain(ids['overdue']);
      expect(mineIds).toContain(ids['landed']);
      expect(mineIds).not.toContain(ids['overdue2']);
      expect(mine.items.find((i) => i.project.id === ids['overdue'])).toMatchObject({
        status: 'OVERDUE',
        daysLate: 20,
        milestone: { code: 'REGISTERED' },
      });
      expect(mine.items.find((i) => i.project.id === ids['landed'])).toMatchObject({
        status: 'DUE',
        daysLeft: 10,
        milestone: { code: 'SITE_SECURED' },
      });
      const all = must(
        await api.gql<{ milestoneAlerts: { items: { project: { id: string } }[] } }>(
          '{ milestoneAlerts { items { project { id } } } }',
          {},
          leader,
        ),
      ).milestoneAlerts;
      expect(all.items.map((i) => i.project.id)).toContain(ids['overdue2']);
    });

    it("exports the filtered list to Excel in the list order, with each milestone's dates", async () => {
      const result = must(
        await api.gql<{ exportProjects: { filename: string; contentBase64: string } }>(
          'query ($filter: ProjectFilter, $orderBy: ProjectOrder) { exportProjects(filter: $filter, orderBy: $orderBy) { filename contentBase64 } }',
          {
            filter: { search: '奉贤测试落地企业', healths: ['OVERDUE'] },
            orderBy: { field: 'DAYS_LATE', direction: 'DESC' },
          },
          leader,
        ),
      ).exportProjects;
      expect(result.filename).toMatch(/^落地项目导出-\d{8}-\d{4}\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(Buffer.from(result.contentBase64, 'base64')).buffer);
      const sheet = workbook.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(
        expect.arrayContaining(['项目名称', '进度状况', '逾期天数', '工商注册计划', '工商注册实际']),
      );
      const col = (title: string) => header.indexOf(title) + 1;
      const rows = [] as { health: unknown; daysLate: unknown; planned: unknown }[];
      sheet.eachRow((row, n) => {
        if (n > 1)
          rows.push({
            health: row.getCell(col('进度状况')).value,
            daysLate: row.getCell(col('逾期天数')).value,
            planned: row.getCell(col('工商注册计划')).value,
          });
      });
      const listed = await list({ healths: ['OVERDUE'] });
      expect(rows.length).toBe(listed.totalCount);
      expect(rows.every((r) => r.health === '逾期')).toBe(true);
      expect(rows[0]).toMatchObject({ daysLate: 20, planned: new Date('2026-02-18T00:00:00Z') });
      expect(errorCode(await api.gql('{ exportProjects { filename } }', {}, partner))).toBe('FORBIDDEN');
    });

    it("gives the referrals context each lead's progress and landed date", async () => {
      const service = api.app.get(ProjectsService);
      const signed = await signLead();
      const landedLead =
        (
          await api.gql<{ project: { lead: { id: string } } }>(
            'query ($id: ID!) { project(id: $id) { lead { id } } }',
            { id: ids['landed'] },
            leader,
          )
        ).data?.project.lead.id ?? '';
      const progress = await service.progressOfLeads(RequestContext.system(), [
        signed.leadId,
        landedLead,
        '00000000-0000-0000-0000-000000000000',
      ]);
      expect(progress.size).toBe(2);
      expect(progress.get(landedLead)).toMatchObject({
        projectId: ids['landed'],
        type: 'HEAVY',
        landedOn: '2026-02-20',
      });
      expect(progress.get(landedLead)?.milestones.slice(0, 3)).toEqual([
        { code: 'SIGNED', plannedDate: null, actualDate: '2026-02-20', status: 'DONE' },
        { code: 'REGISTERED', plannedDate: null, actualDate: '2026-02-20', status: 'DONE' },
        { code: 'SITE_SECURED', plannedDate: '2026-03-20', actualDate: null, status: 'DUE' },
      ]);
      expect(progress.get(signed.leadId)?.landedOn).toBeNull();
    });
  });
});
