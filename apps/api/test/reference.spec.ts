import { DEFAULT_MILESTONE_TEMPLATES, DEFAULT_OPTIONAL_MILESTONES, INDUSTRIES, LEAD_TAGS, PROJECT_TYPES, TAGS, TOWNS } from '@lianzhao/domain';
import { startTestApi, type TestApi } from './harness';

describe('reference data', () => {
  let api: TestApi;
  let partner: string;
  beforeAll(async () => {
    api = await startTestApi();
    partner = await api.login('partner');
  });
  afterAll(() => api.close());

  it('serves the 4+N industries with every segment, in order, to any signed-in role', async () => {
    const result = await api.gql<{ industries: { code: string; name: string; leading: boolean; segments: { code: string; name: string }[] }[] }>(
      '{ industries { code name leading segments { code name } } }',
      {},
      partner,
    );
    expect(result.errors).toBeUndefined();
    const industries = result.data?.industries ?? [];
    expect(industries.map((i) => i.name)).toEqual(['美丽大健康', '绿色新能源', '通用新材料', '数智新装备', '其他']);
    expect(industries.filter((i) => i.leading)).toHaveLength(4);
    expect(industries.find((i) => i.code === 'SMART_EQUIPMENT')?.segments.map((s) => s.name)).toEqual(['智能终端', '工业互联网', '人形机器人']);
    expect(industries.flatMap((i) => i.segments)).toHaveLength(INDUSTRIES.flatMap((i) => i.segments).length);
  });

  it('seeds exactly the lists libs/domain holds (the migration writes them out, so the two must agree)', async () => {
    const result = await api.gql<{
      industries: { code: string; name: string; segments: { code: string; name: string }[] }[];
      tags: { code: string; group: string; name: string }[];
      places: { code: string; kind: string; name: string }[];
    }>('{ industries { code name segments { code name } } tags { code group name } places { code kind name } }', {}, partner);
    expect(result.data?.industries).toEqual(
      INDUSTRIES.map((i) => ({ code: i.code, name: i.name, segments: i.segments.map((s) => ({ code: s.code, name: s.name })) })),
    );
    // The enterprise tags, then the lead tags (migration LeadTags).
    expect(result.data?.tags).toEqual([...TAGS, ...LEAD_TAGS].map((t) => ({ code: t.code, group: t.group, name: t.name })));
    expect(result.data?.places).toEqual(TOWNS.map((p) => ({ code: p.code, kind: p.kind, name: p.name })));
  });

  it('seeds the milestone templates libs/domain holds, with the milestones each type may skip', async () => {
    const officer = await api.login('officer');
    const result = await api.gql<{ milestoneTemplates: { projectType: string; code: string; position: number; optional: boolean }[] }>(
      '{ milestoneTemplates { projectType code position optional } }',
      {},
      officer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.milestoneTemplates).toEqual(
      PROJECT_TYPES.flatMap((type) =>
        DEFAULT_MILESTONE_TEMPLATES[type].map((code, position) => ({
          projectType: type,
          code,
          position,
          optional: DEFAULT_OPTIONAL_MILESTONES[type].includes(code),
        })),
      ),
    );
  });

  it('serves the tags and the district places', async () => {
    const result = await api.gql<{ tags: { code: string; group: string }[]; places: { name: string; kind: string }[] }>(
      '{ tags { code group name } places { name kind } }',
      {},
      partner,
    );
    expect(result.data?.tags).toHaveLength(TAGS.length + LEAD_TAGS.length);
    expect(result.data?.tags.some((t) => t.group === 'FUTURE_INDUSTRY')).toBe(true);
    expect(result.data?.places).toHaveLength(TOWNS.length);
    expect(result.data?.places.filter((p) => p.kind === 'TOWN')).toHaveLength(8);
    expect(result.data?.places.filter((p) => p.kind === 'STREET').map((p) => p.name)).toEqual(['西渡街道', '奉浦街道', '金海街道']);
  });
});
