import { INDUSTRIES, IndustrySeed, industryOfSegment } from './taxonomy';

// The table in DOMAIN.md (section 二(四) of the policy), typed in again so the seed is checked
// against the source rather than against itself.
const DOMAIN_TABLE: ReadonlyArray<[string, string, boolean, string[]]> = [
  [
    'BEAUTY_HEALTH',
    '美丽大健康',
    true,
    ['生物制品', '现代中药', '基因和细胞治疗', '体外诊断试剂及设备', '化妆美品', '精致食品'],
  ],
  [
    'GREEN_ENERGY',
    '绿色新能源',
    true,
    ['智能网联汽车', '氢能关键材料及装备', '太阳能电池', '智能电网', '新型储能'],
  ],
  ['NEW_MATERIALS', '通用新材料', true, ['高分子材料', '电子化学品', '高性能复合材料', '航空航天材料']],
  ['SMART_EQUIPMENT', '数智新装备', true, ['智能终端', '工业互联网', '人形机器人']],
  [
    'OTHER',
    '其他',
    false,
    [
      '电商平台',
      '商贸企业',
      '文创产品',
      '生产性服务业',
      '研发外包',
      '检测认证',
      '软件信息',
      '电子商务',
      '服务贸易',
    ],
  ],
];

const allSegments = INDUSTRIES.flatMap((i) => i.segments);

describe('industry taxonomy seed', () => {
  it('lists the industries of the "4+N" table in order', () => {
    expect(INDUSTRIES.map((i) => i.code)).toEqual(DOMAIN_TABLE.map(([code]) => code));
  });

  it.each(DOMAIN_TABLE)(
    '%s %s (leading: %s) has every segment of the table',
    (code, name, leading, segments) => {
      const industry = INDUSTRIES.find((i) => i.code === code);
      expect(industry).toMatchObject({ name, leading });
      expect(industry?.segments.map((s) => s.name)).toEqual(segments);
    },
  );

  it('has exactly four leading industries', () => {
    expect(INDUSTRIES.filter((i) => i.leading)).toHaveLength(4);
  });

  it('has globally unique codes and names', () => {
    const codes = [...INDUSTRIES.map((i) => i.code), ...allSegments.map((s) => s.code)];
    expect(new Set(codes).size).toBe(codes.length);
    const segmentNames = allSegments.map((s) => s.name);
    expect(new Set(segmentNames).size).toBe(segmentNames.length);
  });

  it.each([...INDUSTRIES, ...allSegments].map((e) => [e.code, e]))(
    '%s has an UPPER_SNAKE code and both names',
    (_code, entry) => {
      expect(entry.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(entry.name).toMatch(/\p{Script=Han}/u);
      expect(entry.nameEn).toMatch(/^[A-Z]/);
    },
  );
});

describe('industryOfSegment', () => {
  it.each([
    ['BIOLOGICS', 'BEAUTY_HEALTH'],
    ['FINE_FOOD', 'BEAUTY_HEALTH'],
    ['ICV', 'GREEN_ENERGY'],
    ['ENERGY_STORAGE', 'GREEN_ENERGY'],
    ['AEROSPACE_MATERIALS', 'NEW_MATERIALS'],
    ['HUMANOID_ROBOTS', 'SMART_EQUIPMENT'],
    ['PRODUCER_SERVICES', 'OTHER'],
    ['SERVICE_TRADE', 'OTHER'],
    ['BEAUTY_HEALTH', undefined],
    ['biologics', undefined],
    ['', undefined],
  ])('%s → %s', (segment, industry) => {
    expect(industryOfSegment(segment)).toBe(industry);
  });

  it('uses the rows it is given, e.g. edited ones loaded from the database', () => {
    const edited: IndustrySeed[] = [
      {
        code: 'X',
        name: '新',
        nameEn: 'New',
        leading: true,
        segments: [{ code: 'BIOLOGICS', name: '生物制品', nameEn: 'Biologics' }],
      },
    ];
    expect(industryOfSegment('BIOLOGICS', edited)).toBe('X');
    expect(industryOfSegment('ICV', edited)).toBeUndefined();
  });
});
