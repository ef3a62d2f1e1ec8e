import { INDUSTRIES } from './taxonomy';
import {
  CHAIN_LINK_SEEDS,
  CHAIN_TIERS,
  chainLinkStatus,
  chainReferralStatus,
  localStockOn,
  targetProgress,
  type ChainLinkStatus,
} from './chain';

describe('chainLinkStatus', () => {
  const rule = { minEnterprises: 3, minExpectedOutput: '100000' };
  it.each<[number, string, { minEnterprises: number; minExpectedOutput: string | null }, ChainLinkStatus]>([
    [0, '0', rule, 'MISSING'],
    [0, '999999', rule, 'MISSING'],
    [1, '500000', rule, 'WEAK'],
    [2, '0', rule, 'WEAK'],
    [3, '99999.99', rule, 'WEAK'],
    [3, '100000', rule, 'COMPLETE'],
    [5, '0', { minEnterprises: 3, minExpectedOutput: null }, 'COMPLETE'],
    [1, '0', { minEnterprises: 1, minExpectedOutput: null }, 'COMPLETE'],
  ])('%i local enterprises with output %s → %s', (localEnterprises, expectedOutput, r, status) => {
    expect(chainLinkStatus({ localEnterprises, expectedOutput }, r)).toBe(status);
  });
});

describe('targetProgress', () => {
  it.each([
    [null, false, 'TARGET'],
    ['NEW', false, 'IN_PIPELINE'],
    ['ON_HOLD', false, 'IN_PIPELINE'],
    ['SIGNED', false, 'SIGNED'],
    ['SIGNED', true, 'LANDED'],
    ['LOST', false, 'LOST'],
  ] as const)('lead stage %s, landed %s → %s', (stage, landed, progress) => {
    expect(targetProgress(stage, landed)).toBe(progress);
  });
});

describe('chainReferralStatus', () => {
  const day = '2026-03-10';
  it.each([
    ['PROTECTED', '2026-03-10', null, 'PROTECTED'],
    ['PROTECTED', '2026-03-09', null, null],
    ['PROTECTED', '2026-03-09', 'SIGNED', 'PROTECTED'],
    ['EXISTING', null, 'VISITED', 'EXISTING'],
    ['ACCEPTED', '2026-09-01', 'NEGOTIATING', 'ACCEPTED'],
    ['ACCEPTED', '2026-09-01', 'ON_HOLD', 'ACCEPTED'],
    ['ACCEPTED', '2026-09-01', 'SIGNED', null],
    ['ACCEPTED', '2026-09-01', 'LOST', null],
    ['ACCEPTED', '2026-03-01', 'VISITED', null],
    ['ACCEPTED', '2026-09-01', null, null],
    ['CONFLICT', null, null, null],
    ['REJECTED', null, null, null],
    ['EXPIRED', '2026-09-01', 'NEW', null],
  ] as const)('%s until %s, lead %s → %s', (status, protectedUntil, leadStage, shown) => {
    expect(chainReferralStatus({ status, protectedUntil, leadStage }, day)).toBe(shown);
  });
});

describe('CHAIN_LINK_SEEDS', () => {
  it('covers every segment of the four leading industries, upstream to downstream', () => {
    for (const industry of INDUSTRIES.filter((i) => i.leading)) {
      for (const segment of industry.segments) {
        const links = CHAIN_LINK_SEEDS[segment.code];
        expect({ segment: segment.code, has: (links?.length ?? 0) >= 5 }).toEqual({
          segment: segment.code,
          has: true,
        });
        const tiers = (links ?? []).map((l) => CHAIN_TIERS.indexOf(l.tier));
        expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
        expect(new Set(links?.map((l) => l.name)).size).toBe(links?.length);
      }
    }
  });
  it('seeds the 新型储能 chain of the policy example', () => {
    expect(CHAIN_LINK_SEEDS['ENERGY_STORAGE']?.map((l) => l.name)).toEqual([
      '正负极材料',
      '隔膜',
      '电解液',
      '电芯',
      'BMS/PCS',
      '储能系统集成',
      '电站运营与回收',
    ]);
  });
});

const LOCAL_STOCK_CASES: readonly [
  string,
  { localStockSince: string | null; creditCode: string | null; foundedOn: string | null },
  string,
  boolean,
][] = [
  ['no mark, no code', { localStockSince: null, creditCode: null, foundedOn: null }, '2026-01-01', false],
  ['marked before', { localStockSince: '2025-01-01', creditCode: null, foundedOn: null }, '2026-01-01', true],
  ['marked after', { localStockSince: '2026-06-01', creditCode: null, foundedOn: null }, '2026-01-01', false],
  [
    'marked that day',
    { localStockSince: '2026-01-01', creditCode: null, foundedOn: null },
    '2026-01-01',
    true,
  ],
  [
    'district code, no founding day',
    { localStockSince: null, creditCode: '91310120MA1HK0XY1C', foundedOn: null },
    '2026-01-01',
    true,
  ],
  [
    'district code, founded later',
    { localStockSince: null, creditCode: '91310120MA1HK0XY1C', foundedOn: '2026-03-01' },
    '2026-01-01',
    false,
  ],
  [
    'other district code',
    { localStockSince: null, creditCode: '91310115MA1HK0XY1C', foundedOn: '2020-03-01' },
    '2026-01-01',
    false,
  ],
  [
    'district code later, mark earlier',
    { localStockSince: '2025-01-01', creditCode: '91310120MA1HK0XY1C', foundedOn: '2026-03-01' },
    '2026-01-01',
    true,
  ],
];

describe('localStockOn', () => {
  it.each(LOCAL_STOCK_CASES)('%s', (_name, enterprise, day, expected) => {
    expect(localStockOn(enterprise, day)).toBe(expected);
  });
});
