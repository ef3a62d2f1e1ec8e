import {
  isTargetMetric,
  standingActual,
  TARGET_METRIC_DEFINITIONS,
  TARGET_METRICS,
  targetMet,
  targetMetricDefinition,
  targetShare,
  targetValueFromStored,
  targetValueProblem,
  targetValueToStored,
  type TargetActualEntry,
} from './targets';

describe('target metric catalogue', () => {
  it('lists every metric once, in the catalogue order', () => {
    expect(TARGET_METRIC_DEFINITIONS.map((d) => d.code)).toEqual([...TARGET_METRICS]);
    expect(new Set(TARGET_METRICS).size).toBe(19);
  });

  // The DOMAIN.md 2027 table, row by row: name, unit, comparator, per-year or cumulative, source, target.
  it.each([
    ['INDUSTRIAL_OUTPUT', '规上工业产值', 'YI_YUAN', 'EQ', 'PER_YEAR', 'ENTERED', '3600'],
    ['LEADING_INDUSTRY_OUTPUT', '四大主导产业产值', 'YI_YUAN', 'EQ', 'PER_YEAR', 'ENTERED', '2500'],
    ['SPECIALIZED_ENTERPRISES', '专精特新企业', 'JIA', 'EQ', 'CUMULATIVE', 'ENTERED', '1500'],
    ['STRATEGIC_EMERGING_SHARE', '战略性新兴产业占比', 'PERCENT', 'EQ', 'PER_YEAR', 'ENTERED', '50'],
    ['HIGH_TECH_ENTERPRISES', '国家高新技术企业', 'JIA', 'GT', 'CUMULATIVE', 'ENTERED', '2600'],
    [
      'CHAMPION_ENTERPRISES',
      '单项冠军、独角兽、科创上市企业（新增）',
      'JIA',
      'EQ',
      'CUMULATIVE',
      'ENTERED',
      '10',
    ],
    ['INDUSTRIAL_LANDMARKS', '新增产业地标', 'GE', 'EQ', 'CUMULATIVE', 'ENTERED', '5'],
    ['INNOVATION_PLATFORMS', '市级及以上创新创业平台', 'JIA', 'EQ', 'CUMULATIVE', 'ENTERED', '30'],
    ['APPLICATION_SCENARIOS', '新技术应用场景', 'GE', 'GTE', 'PER_YEAR', 'ENTERED', '30'],
    ['TECH_CONTRACT_VALUE', '技术合同成交额', 'YI_YUAN', 'GT', 'PER_YEAR', 'ENTERED', '100'],
    ['SMART_FACTORIES', '新增市级智能工厂', 'JIA', 'EQ', 'CUMULATIVE', 'ENTERED', '20'],
    ['GREEN_FACTORIES', '绿色工厂', 'JIA', 'EQ', 'CUMULATIVE', 'ENTERED', '30'],
    ['MANUFACTURING_LAND', '制造业用地新增和消化', 'MU', 'EQ', 'PER_YEAR', 'COMPUTED', '2000'],
    ['ACADEMICIAN_WORKSTATIONS', '院士（专家）工作站（新增）', 'JIA', 'EQ', 'CUMULATIVE', 'ENTERED', '20'],
    ['TECH_TALENTS', '科技领军/青年科技人才（新增）', 'GE', 'GTE', 'CUMULATIVE', 'ENTERED', '400'],
    ['FUND_LEVERAGE', '政府引导基金撬动规模', 'YI_YUAN', 'GT', 'CUMULATIVE', 'COMPUTED', '300'],
    ['SCI_TECH_INVESTMENTS', '投资科创项目', 'GE', 'GT', 'CUMULATIVE', 'COMPUTED', '100'],
    ['FOREIGN_TRADE', '外贸进出口总额', 'YI_YUAN', 'EQ', 'PER_YEAR', 'ENTERED', '1500'],
    [
      'LEADING_INDUSTRY_INVESTMENT_LANDED',
      '四大主导产业落地投资',
      'YI_YUAN',
      'EQ',
      'PER_YEAR',
      'COMPUTED',
      null,
    ],
  ] as const)('%s: %s', (code, zh, unit, comparator, accumulation, source, target2027) => {
    const d = targetMetricDefinition(code);
    expect({
      zh: d.label.zh,
      unit: d.unit,
      comparator: d.comparator,
      accumulation: d.accumulation,
      source: d.source,
      target2027: d.target2027,
    }).toEqual({
      zh,
      unit,
      comparator,
      accumulation,
      source,
      target2027,
    });
    expect(d.label.en).not.toBe('');
  });

  it.each([
    ['INDUSTRIAL_OUTPUT', true],
    ['industrial_output', false],
    ['', false],
    [7, false],
  ])('isTargetMetric(%p) is %p', (value, expected) => {
    expect(isTargetMetric(value)).toBe(expected);
  });

  it('refuses an unknown code', () => {
    expect(() => targetMetricDefinition('NOPE' as never)).toThrow(RangeError);
  });
});

describe('target values', () => {
  it.each([
    ['YI_YUAN', '3600', '36000000'],
    ['YI_YUAN', '0.0001', '1'],
    ['YI_YUAN', '12.34567891', '123456.7891'],
    ['YI_YUAN', '0.00000001', '0.0001'],
    ['JIA', '2600', '2600'],
    ['PERCENT', '50.50', '50.5'],
    ['MU', '2000.25', '2000.25'],
  ] as const)('%s %s is stored as %s and read back exactly', (unit, shown, stored) => {
    expect(targetValueToStored(unit, shown)).toBe(stored);
    expect(targetValueFromStored(unit, stored)).toBe(shown.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''));
  });

  it.each([
    ['YI_YUAN', '3600', null],
    ['YI_YUAN', '0.123456789', '最多保留 8 位小数'],
    ['JIA', '1.005', '最多保留 2 位小数'],
    ['JIA', '1.500', null],
    ['JIA', '-1', '不能为负数'],
    ['JIA', 'abc', '请输入数字'],
    ['JIA', '', '请输入数字'],
    ['PERCENT', '100', null],
    ['PERCENT', '100.01', '占比不能超过 100%'],
    ['YI_YUAN', '99999999999', '数值过大'],
    ['YI_YUAN', '9999999999', null],
  ] as const)('%s %p: %p', (unit, value, problem) => {
    expect(targetValueProblem(unit, value)).toBe(problem);
  });

  it.each([
    ['50', '100', '0.5'],
    ['1', '3', '0.3333'],
    ['2', '3', '0.6667'],
    ['0', '100', '0'],
    ['150', '100', '1.5'],
    ['5', '0', null],
    [null, '100', null],
    ['5', null, null],
  ])('share of %p against %p is %p', (actual, target, share) => {
    expect(targetShare(actual, target)).toBe(share);
  });

  it.each([
    ['GT', '2600', '2600', false],
    ['GT', '2601', '2600', true],
    ['GTE', '30', '30', true],
    ['GTE', '29.99', '30', false],
    ['EQ', '3600', '3600', true],
    ['EQ', '3700', '3600', true],
    ['EQ', '3599', '3600', false],
    ['EQ', null, '3600', null],
    ['EQ', '1', null, null],
  ] as const)('%s: %p against %p met is %p', (comparator, actual, target, met) => {
    expect(targetMet(comparator, actual, target)).toBe(met);
  });
});

describe('standingActual', () => {
  const entries: TargetActualEntry[] = [
    { periodEnd: '2026-12-31', value: '900', enteredAt: '2027-01-20T02:00:00.000Z' },
    { periodEnd: '2027-03-31', value: '100', enteredAt: '2027-04-15T02:00:00.000Z' },
    { periodEnd: '2027-06-30', value: '250', enteredAt: '2027-07-15T02:00:00.000Z' },
    // A correction of the June figure, entered later: it wins for that day.
    { periodEnd: '2027-06-30', value: '260', enteredAt: '2027-07-20T02:00:00.000Z' },
  ];

  it.each([
    ['PER_YEAR', '2027-02-28', null],
    ['PER_YEAR', '2027-03-31', '100'],
    ['PER_YEAR', '2027-05-31', '100'],
    ['PER_YEAR', '2027-12-31', '260'],
    ['CUMULATIVE', '2027-02-28', '900'],
    ['CUMULATIVE', '2027-12-31', '260'],
    ['CUMULATIVE', '2026-06-30', null],
  ] as const)('%s at %s is %p', (accumulation, day, value) => {
    expect(standingActual(accumulation, 2027, day, entries)?.value ?? null).toBe(value);
  });
});
