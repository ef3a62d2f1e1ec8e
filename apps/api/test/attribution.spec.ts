import {
  AttributionService,
  attributionConditions,
  type AttributionFilterValues,
} from '@lianzhao/api-attribution';
import { RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Lead } from '@lianzhao/api-leads';
import { fieldErrors, must, startTestApi, type TestApi } from './harness';

/** The BAD_USER_INPUT a service throws, as the client would see it. */
function fieldError(field: string, message: string) {
  return { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } };
}

describe('attribution (归属: segment → industry, town, channel, partner, owner)', () => {
  let api: TestApi;
  let officer: string;
  let admin: string;
  let officerId: string;
  let officer2Id: string;
  let chainOrgId: string;
  let enterpriseId: string;
  let service: AttributionService;
  const ctx = RequestContext.system();

  beforeAll(async () => {
    api = await startTestApi();
    service = api.app.get(AttributionService);
    officer = await api.login('officer');
    admin = await api.login('admin');
    const users = must(
      await api.gql<{ users: { edges: { node: { id: string; username: string } }[] } }>(
        '{ users(first: 100) { edges { node { id username } } } }',
        {},
        admin,
      ),
    ).users.edges.map((e) => e.node);
    officerId = users.find((u) => u.username === 'officer')?.id ?? '';
    officer2Id = users.find((u) => u.username === 'officer2')?.id ?? '';
    chainOrgId = must(
      await api.gql<{ organizations: { edges: { node: { id: string } }[] } }>(
        '{ organizations(filter: { kind: CHAIN_MASTER }) { edges { node { id } } } }',
        {},
        officer,
      ),
    ).organizations.edges[0].node.id;
    enterpriseId = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation { createEnterprise(input: { name: "上海奉贤归属测试有限公司" }) { id } }',
        {},
        officer,
      ),
    ).createEnterprise.id;
  });
  afterAll(() => api.close());

  describe('validation shared by leads and projects', () => {
    const merged = { channel: 'SELF' as const, sourceOrganizationId: null, ownerId: '' };

    it('derives the industry from the segment and keeps the town', async () => {
      const out = await service.resolve(
        ctx,
        { segmentCode: 'POLYMERS', townCode: 'NANQIAO' },
        { ...merged, ownerId: officerId },
        '线索',
      );
      expect(out).toEqual({
        segmentCode: 'POLYMERS',
        industryCode: 'NEW_MATERIALS',
        townCode: 'NANQIAO',
        sourceOrganizationId: null,
        ownerId: officerId,
      });
    });

    it('clears the town when it is given empty, and leaves segment and town alone when not given', async () => {
      expect(
        await service.resolve(ctx, { townCode: null }, { ...merged, ownerId: officerId }, '线索'),
      ).toEqual({
        townCode: null,
        sourceOrganizationId: null,
        ownerId: officerId,
      });
      expect(await service.resolve(ctx, {}, { ...merged, ownerId: officerId }, '线索')).toEqual({
        sourceOrganizationId: null,
        ownerId: officerId,
      });
    });

    it('refuses an unknown segment or town on its own field', async () => {
      await expect(
        service.resolve(ctx, { segmentCode: 'NO_SUCH' }, { ...merged, ownerId: officerId }, '线索'),
      ).rejects.toMatchObject(fieldError('segmentCode', '请选择有效的细分赛道'));
      await expect(
        service.resolve(ctx, { townCode: 'NO_SUCH' }, { ...merged, ownerId: officerId }, '线索'),
      ).rejects.toMatchObject(fieldError('townCode', '请选择有效的镇/街道'));
    });

    it.each(['CHAIN', 'PLATFORM', 'FUND', 'BUSINESS'] as const)(
      'requires the source organisation for the partner channel %s, naming the record',
      async (channel) => {
        await expect(
          service.resolve(ctx, {}, { channel, sourceOrganizationId: null, ownerId: officerId }, '项目'),
        ).rejects.toMatchObject(fieldError('sourceOrganizationId', '该渠道的项目须选择来源机构'));
        const ok = await service.resolve(
          ctx,
          {},
          { channel, sourceOrganizationId: chainOrgId, ownerId: officerId },
          '项目',
        );
        expect(ok.sourceOrganizationId).toBe(chainOrgId);
      },
    );

    it('refuses a source organisation that does not exist', async () => {
      await expect(
        service.resolve(
          ctx,
          {},
          {
            channel: 'SELF',
            sourceOrganizationId: '00000000-0000-4000-8000-000000000000',
            ownerId: officerId,
          },
          '线索',
        ),
      ).rejects.toMatchObject(fieldError('sourceOrganizationId', '所选来源机构不存在'));
    });

    it('requires an owner who is an active officer or administrator', async () => {
      await expect(service.resolve(ctx, {}, { ...merged, ownerId: null }, '线索')).rejects.toMatchObject(
        fieldError('ownerId', '请选择负责人'),
      );
      const created = must(
        await api.gql<{ createUser: { id: string; version: number } }>(
          `mutation ($input: CreateUserInput!) { createUser(input: $input) { id version } }`,
          {
            input: {
              username: 'retired',
              displayName: '退休专员',
              role: 'OFFICER',
              password: 'Attribution-2026!',
            },
          },
          admin,
        ),
      ).createUser;
      must(
        await api.gql(
          'mutation ($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }',
          { input: { id: created.id, version: created.version, active: false } },
          admin,
        ),
      );
      await expect(
        service.resolve(ctx, {}, { ...merged, ownerId: created.id }, '线索'),
      ).rejects.toMatchObject(fieldError('ownerId', '负责人须为在岗的招商专员'));
      const leaderId = must(
        await api.gql<{ users: { edges: { node: { id: string; username: string } }[] } }>(
          '{ users(first: 100) { edges { node { id username } } } }',
          {},
          admin,
        ),
      ).users.edges.find((e) => e.node.username === 'leader')?.node.id;
      await expect(
        service.resolve(ctx, {}, { ...merged, ownerId: leaderId ?? '' }, '线索'),
      ).rejects.toMatchObject(fieldError('ownerId', '负责人须为在岗的招商专员'));

      // Both record kinds answer through the same rule, on the same field.
      const lead = await api.gql(
        `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
        {
          input: {
            enterpriseId,
            projectName: '归属测试项目',
            segmentCode: 'HYDROGEN',
            channel: 'SELF',
            ownerId: created.id,
          },
        },
        officer,
      );
      expect(fieldErrors(lead)).toEqual({ ownerId: '负责人须为在岗的招商专员' });
      const project = await api.gql(
        `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        {
          input: {
            enterpriseId,
            name: '归属测试项目',
            segmentCode: 'HYDROGEN',
            channel: 'CHAIN',
            signedOn: '2026-01-05',
          },
        },
        officer,
      );
      expect(fieldErrors(project)).toEqual({ sourceOrganizationId: '该渠道的项目须选择来源机构' });
    });
  });

  describe('attributionConditions', () => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const rows: [string, Record<string, unknown>][] = [
        ['a', { segmentCode: 'HYDROGEN', channel: 'SELF', townCode: 'NANQIAO' }],
        [
          'b',
          { segmentCode: 'ICV', channel: 'CHAIN', sourceOrganizationId: chainOrgId, townCode: 'FENGCHENG' },
        ],
        [
          'c',
          {
            segmentCode: 'POLYMERS',
            channel: 'PLATFORM',
            sourceOrganizationId: chainOrgId,
            ownerId: officer2Id,
          },
        ],
        ['d', { segmentCode: 'POLYMERS', channel: 'EVENT', ownerId: officer2Id, townCode: 'NANQIAO' }],
      ];
      for (const [key, input] of rows) {
        ids[key] = must(
          await api.gql<{ createLead: { id: string } }>(
            `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
            { input: { enterpriseId, projectName: `归属筛选${key}`, ...input } },
            officer,
          ),
        ).createLead.id;
      }
    });

    /** Which of this test's leads a filter keeps, by their keys. */
    async function matching(filter: AttributionFilterValues | undefined): Promise<string[]> {
      const q = api.app
        .get(TransactionalConnection)
        .getRepository(ctx, Lead)
        .createQueryBuilder('l')
        .select('l.id', 'id')
        .where('l.id IN (:...mine)', { mine: Object.values(ids) });
      for (const condition of attributionConditions('l', filter)) q.andWhere(condition.sql, condition.params);
      const found = new Set((await q.getRawMany<{ id: string }>()).map((r) => r.id));
      return Object.keys(ids)
        .filter((key) => found.has(ids[key]))
        .sort();
    }

    it.each<[string, AttributionFilterValues | undefined, string[]]>([
      ['no filter', undefined, ['a', 'b', 'c', 'd']],
      [
        'empty and null values',
        { industryCode: null, channels: [], ownerId: null, townCode: '' },
        ['a', 'b', 'c', 'd'],
      ],
      ['industry', { industryCode: 'GREEN_ENERGY' }, ['a', 'b']],
      ['segment', { segmentCode: 'POLYMERS' }, ['c', 'd']],
      ['channels', { channels: ['CHAIN', 'PLATFORM'] }, ['b', 'c']],
      ['source organisation', { sourceOrganizationId: 'SOURCE' }, ['b', 'c']],
      ['owner', { ownerId: 'OFFICER2' }, ['c', 'd']],
      ['town', { townCode: 'NANQIAO' }, ['a', 'd']],
      [
        'all together',
        {
          industryCode: 'NEW_MATERIALS',
          channels: ['EVENT', 'SELF'],
          ownerId: 'OFFICER2',
          townCode: 'NANQIAO',
        },
        ['d'],
      ],
    ])('%s', async (_name, filter, expected) => {
      // Ids are known only once the demo data is in: stand-ins are swapped for them here.
      const resolved = filter && {
        ...filter,
        ...(filter.sourceOrganizationId === 'SOURCE' ? { sourceOrganizationId: chainOrgId } : {}),
        ...(filter.ownerId === 'OFFICER2' ? { ownerId: officer2Id } : {}),
      };
      expect(await matching(resolved)).toEqual(expected);
    });

    it('names its parameters after the alias, so two attributed tables of one query filter independently', async () => {
      expect(attributionConditions('p', { ownerId: 'x', channels: ['SELF'] })).toEqual([
        { sql: 'p.channel IN (:...p_channels)', params: { p_channels: ['SELF'] } },
        { sql: 'p.owner_id = :p_owner_id', params: { p_owner_id: 'x' } },
      ]);
      // Pairs of this test's leads: the first owned by officer, the second by officer2.
      const q = api.app
        .get(TransactionalConnection)
        .getRepository(ctx, Lead)
        .createQueryBuilder('l')
        .innerJoin(Lead, 'm', 'm.enterprise_id = l.enterprise_id')
        .select('l.id', 'first')
        .addSelect('m.id', 'second')
        .where('l.id IN (:...mine) AND m.id IN (:...mine)', { mine: Object.values(ids) });
      for (const condition of [
        ...attributionConditions('l', { ownerId: officerId, townCode: 'NANQIAO' }),
        ...attributionConditions('m', { ownerId: officer2Id, townCode: 'NANQIAO' }),
      ])
        q.andWhere(condition.sql, condition.params);
      expect(await q.getRawMany()).toEqual([{ first: ids['a'], second: ids['d'] }]);
    });
  });
});
