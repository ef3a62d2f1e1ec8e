import {
  ENTERPRISE_TAG_GROUPS,
  LEAD_TAG_GROUPS,
  LEAD_TAGS,
  TAGS,
  TAG_GROUPS,
  TAG_GROUP_LABELS,
  TagGroup,
} from './tags';

const EXPECTED: ReadonlyArray<[TagGroup, string[]]> = [
  ['FUTURE_INDUSTRY', ['未来健康', '未来能源', '未来材料', '未来智能']],
  ['STRATEGIC_EMERGING', ['战略性新兴产业']],
  [
    'PROFILE',
    [
      '链主型',
      '总部型',
      '创新型',
      '生产性服务业',
      '专精特新',
      '小巨人',
      '单项冠军',
      '独角兽',
      '高新技术企业',
      '科创上市',
      '外资',
      '跨国公司地区总部',
      '外资研发中心',
    ],
  ],
];

describe('tag seed', () => {
  it.each(EXPECTED)('group %s holds %j', (group, names) => {
    expect(TAGS.filter((t) => t.group === group).map((t) => t.name)).toEqual(names);
  });

  it.each([
    ['FUTURE_INDUSTRY', '未来产业'],
    ['STRATEGIC_EMERGING', '战略性新兴产业'],
    ['PROFILE', '企业画像'],
    ['LEAD', '线索标签'],
  ] as const)('group %s is labelled %s', (group, zh) => {
    expect(TAG_GROUPS).toContain(group);
    expect(TAG_GROUP_LABELS[group].zh).toBe(zh);
    expect(TAG_GROUP_LABELS[group].en).not.toBe('');
  });

  it('has unique UPPER_SNAKE codes and an English name for every tag', () => {
    expect(new Set(TAGS.map((t) => t.code)).size).toBe(TAGS.length);
    for (const tag of TAGS) {
      expect(tag.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(tag.nameEn).toMatch(/^[A-Z]/);
      expect(TAG_GROUPS).toContain(tag.group);
    }
  });

  it('keeps lead tags apart from enterprise tags: their own group, their own codes', () => {
    expect(ENTERPRISE_TAG_GROUPS).toEqual(['FUTURE_INDUSTRY', 'STRATEGIC_EMERGING', 'PROFILE']);
    expect(LEAD_TAG_GROUPS).toEqual(['LEAD']);
    expect(TAGS.every((t) => ENTERPRISE_TAG_GROUPS.includes(t.group))).toBe(true);
    expect(LEAD_TAGS.map((t) => [t.name, t.group])).toEqual([
      ['重点', 'LEAD'],
      ['链主推荐', 'LEAD'],
      ['基金返投', 'LEAD'],
    ]);
    expect(LEAD_TAGS.filter((l) => TAGS.some((t) => t.code === l.code))).toEqual([]);
  });
});
