import { PLACE_KINDS, PLACE_KIND_LABELS, TOWNS } from './places';

describe('place seed', () => {
  it.each([
    ['NANQIAO', '南桥镇', 'TOWN'],
    ['FENGCHENG', '奉城镇', 'TOWN'],
    ['ZHUANGHANG', '庄行镇', 'TOWN'],
    ['JINHUI', '金汇镇', 'TOWN'],
    ['SITUAN', '四团镇', 'TOWN'],
    ['QINGCUN', '青村镇', 'TOWN'],
    ['ZHELIN', '柘林镇', 'TOWN'],
    ['HAIWAN', '海湾镇', 'TOWN'],
    ['XIDU', '西渡街道', 'STREET'],
    ['FENGPU', '奉浦街道', 'STREET'],
    ['JINHAI', '金海街道', 'STREET'],
    ['HAIWAN_TOURIST_ZONE', '海湾旅游区', 'ZONE'],
  ])('%s is %s (%s)', (code, name, kind) => {
    expect(TOWNS.find((p) => p.code === code)).toMatchObject({ name, kind });
  });

  it.each([
    ['TOWN', 8],
    ['STREET', 3],
    ['ZONE', 1],
  ] as const)('kind %s has %i places', (kind, count) => {
    expect(TOWNS.filter((p) => p.kind === kind)).toHaveLength(count);
    expect(PLACE_KINDS).toContain(kind);
    expect(PLACE_KIND_LABELS[kind].zh).not.toBe('');
  });

  it('has unique codes and names, and an English name for each', () => {
    expect(new Set(TOWNS.map((p) => p.code)).size).toBe(TOWNS.length);
    expect(new Set(TOWNS.map((p) => p.name)).size).toBe(TOWNS.length);
    for (const place of TOWNS) expect(place.nameEn).toMatch(/^[A-Z][a-z]+ /);
  });
});
