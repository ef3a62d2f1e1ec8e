import {
  districtTotals,
  fundLeverage,
  investmentLine,
  investmentRecognition,
  isSciTechEnterprise,
  localStockSince,
  referralFund,
  reinvestmentLines,
  reinvestmentProgress,
  reinvestmentSums,
  type LandingProject,
  type ReinvestmentEnterprise,
  type ReinvestmentFund,
  type ReinvestmentInvestment,
  type ReinvestmentReferral,
} from './reinvestment';
import type { ReinvestmentRuleValues } from './funds';

const TODAY = '2026-03-10';
const LOCAL_CODE = '91310120MA1HXXXX0X'; // positions 3–8: 310120 (奉贤区)
const ELSEWHERE_CODE = '91310115MA1HXXXX0X'; // 浦东新区

const RULE: ReinvestmentRuleValues = {
  multiple: '1.5',
  basis: 'GOVERNMENT_CONTRIBUTION',
  countLocal: true,
  localCoefficient: '1',
  countSubsidiary: true,
  subsidiaryCoefficient: '0.8',
  countReferred: true,
  referredCoefficient: '0.5',
};

const fund = (over: Partial<ReinvestmentFund> = {}): ReinvestmentFund => ({
  id: 'f1',
  managerOrganizationId: 'org1',
  vintageDate: '2024-01-01',
  size: '100000',
  governmentContribution: '20000',
  rule: RULE,
  ...over,
});

const enterprise = (over: Partial<ReinvestmentEnterprise> = {}): ReinvestmentEnterprise => ({
  id: 'e1',
  creditCode: null,
  foundedOn: null,
  localStockSince: null,
  registeredCapital: null,
  ...over,
});

const project = (over: Partial<LandingProject> = {}): LandingProject => ({
  id: 'p1',
  enterpriseId: 'e1',
  landedOn: null,
  registeredCapital: null,
  contractInvestment: null,
  ...over,
});

const investment = (over: Partial<ReinvestmentInvestment> = {}): ReinvestmentInvestment => ({
  id: 'i1',
  fundId: 'f1',
  enterprise: enterprise(),
  amount: '3000',
  investedOn: '2025-06-01',
  stage: 'PAID',
  localAmount: null,
  project: null,
  leadProject: null,
  leadEnterpriseId: null,
  ...over,
});

const referral = (over: Partial<ReinvestmentReferral> = {}): ReinvestmentReferral => ({
  id: 'r1',
  organizationId: 'org1',
  status: 'ACCEPTED',
  protectedUntil: '2025-12-31',
  leadStage: 'SIGNED',
  project: project({ id: 'p9', enterpriseId: 'e9', landedOn: '2025-09-01', contractInvestment: '8000' }),
  enterprise: enterprise({ id: 'e9', registeredCapital: '5000' }),
  ...over,
});

describe('investmentLine', () => {
  it.each<[string, Partial<ReinvestmentInvestment>, Partial<ReinvestmentRuleValues>, unknown]>([
    ['not paid: no line', { stage: 'DECIDED' }, {}, null],
    ['intended: no line', { stage: 'INTENDED' }, {}, null],
    [
      'paid, no project, not 存量: pending',
      {},
      {},
      {
        kind: 'LOCAL',
        status: 'PENDING',
        countedFrom: null,
        baseAmount: '3000',
        amount: '3000',
        projectId: null,
      },
    ],
    [
      'paid, project not landed: pending',
      { project: project() },
      {},
      { kind: 'LOCAL', status: 'PENDING', countedFrom: null, amount: '3000', projectId: 'p1' },
    ],
    [
      'landed after payment: counted from the landing',
      { project: project({ landedOn: '2025-08-15' }) },
      {},
      { kind: 'LOCAL', status: 'COUNTED', countedFrom: '2025-08-15', amount: '3000' },
    ],
    [
      'landed before payment: counted from the payment',
      { project: project({ landedOn: '2025-01-15' }) },
      {},
      { kind: 'LOCAL', status: 'COUNTED', countedFrom: '2025-06-01' },
    ],
    [
      "the lead's project stands in when the investment names none",
      { leadProject: project({ id: 'p2', landedOn: '2025-08-15' }) },
      {},
      { kind: 'LOCAL', status: 'COUNTED', countedFrom: '2025-08-15', projectId: 'p2' },
    ],
    [
      'the named project wins over the lead project',
      { project: project(), leadProject: project({ id: 'p2', landedOn: '2025-08-15' }) },
      {},
      { status: 'PENDING', projectId: 'p1' },
    ],
    [
      '存量 by credit code, founded before: counted from the payment',
      { enterprise: enterprise({ creditCode: LOCAL_CODE, foundedOn: '2019-04-01' }) },
      {},
      { kind: 'LOCAL', status: 'COUNTED', countedFrom: '2025-06-01' },
    ],
    [
      '存量 by credit code, founding day unknown: counted from the payment',
      { enterprise: enterprise({ creditCode: LOCAL_CODE }) },
      {},
      { status: 'COUNTED', countedFrom: '2025-06-01' },
    ],
    [
      'a code of another district is not 存量',
      { enterprise: enterprise({ creditCode: ELSEWHERE_CODE, foundedOn: '2019-04-01' }) },
      {},
      { status: 'PENDING' },
    ],
    [
      "存量 by the officer's mark",
      { enterprise: enterprise({ localStockSince: '2020-01-01' }) },
      {},
      { status: 'COUNTED', countedFrom: '2025-06-01' },
    ],
    [
      'marked local only after the payment: counted from the mark',
      { enterprise: enterprise({ localStockSince: '2025-10-01' }) },
      {},
      { status: 'COUNTED', countedFrom: '2025-10-01' },
    ],
    [
      'marked local later but the project landed first: the earlier decides',
      {
        enterprise: enterprise({ localStockSince: '2025-10-01' }),
        project: project({ landedOn: '2025-07-01' }),
      },
      {},
      { status: 'COUNTED', countedFrom: '2025-07-01' },
    ],
    [
      'local coefficient applies, exactly',
      { amount: '3333.33', project: project({ landedOn: '2025-07-01' }) },
      { localCoefficient: '0.75' },
      { baseAmount: '3333.33', coefficient: '0.75', amount: '2499.9975' },
    ],
    [
      'local switched off: no line',
      { project: project({ landedOn: '2025-07-01' }) },
      { countLocal: false },
      null,
    ],
    [
      'subsidiary not landed: pending at the local amount',
      { localAmount: '1200', project: project({ id: 'p3', enterpriseId: 'e2' }) },
      {},
      { kind: 'SUBSIDIARY', status: 'PENDING', baseAmount: '1200', coefficient: '0.8', amount: '960' },
    ],
    [
      "a subsidiary's lead before it signs: subsidiary, pending at the local amount",
      { localAmount: '1200', leadEnterpriseId: 'e2' },
      {},
      { kind: 'SUBSIDIARY', status: 'PENDING', baseAmount: '1200', amount: '960', projectId: null },
    ],
    [
      "the investee's own lead: local",
      { leadEnterpriseId: 'e1' },
      {},
      { kind: 'LOCAL', status: 'PENDING', amount: '3000' },
    ],
    [
      'subsidiary landed: counted from the later day at local amount × coefficient',
      { localAmount: '1200', project: project({ id: 'p3', enterpriseId: 'e2', landedOn: '2025-11-11' }) },
      {},
      { kind: 'SUBSIDIARY', status: 'COUNTED', countedFrom: '2025-11-11', amount: '960', projectId: 'p3' },
    ],
    [
      'subsidiary: the investee being 存量 does not make it local',
      {
        enterprise: enterprise({ creditCode: LOCAL_CODE }),
        localAmount: '1200',
        project: project({ id: 'p3', enterpriseId: 'e2' }),
      },
      {},
      { kind: 'SUBSIDIARY', status: 'PENDING' },
    ],
    [
      'subsidiary without a local amount reads the whole amount',
      { project: project({ id: 'p3', enterpriseId: 'e2', landedOn: '2025-11-11' }) },
      { subsidiaryCoefficient: '1' },
      { baseAmount: '3000', amount: '3000' },
    ],
    [
      'subsidiary switched off: no line',
      { localAmount: '1200', project: project({ id: 'p3', enterpriseId: 'e2', landedOn: '2025-11-11' }) },
      { countSubsidiary: false },
      null,
    ],
  ])('%s', (_name, over, ruleOver, expected) => {
    const line = investmentLine(investment(over), { ...RULE, ...ruleOver });
    if (expected === null) expect(line).toBeNull();
    else expect(line).toMatchObject(expected as object);
  });
});

describe('investmentRecognition', () => {
  it.each<[Partial<ReinvestmentInvestment>, Partial<ReinvestmentRuleValues>, string]>([
    [{ stage: 'INTENDED', project: project({ landedOn: '2025-07-01' }) }, {}, 'PIPELINE'],
    [{ stage: 'DECIDED', project: project({ landedOn: '2025-07-01' }) }, {}, 'PIPELINE'],
    [{ project: project({ landedOn: '2025-07-01' }) }, {}, 'COUNTED'],
    [{ project: project() }, {}, 'PENDING'],
    [{ project: project({ landedOn: '2025-07-01' }) }, { countLocal: false }, 'NOT_COUNTED'],
  ])('%j under %j → %s', (over, ruleOver, recognition) => {
    expect(investmentRecognition(investment(over), { ...RULE, ...ruleOver })).toBe(recognition);
  });
});

describe('localStockSince', () => {
  it.each<[Partial<ReinvestmentEnterprise>, string | null]>([
    [{}, null],
    [{ creditCode: ELSEWHERE_CODE, foundedOn: '2010-01-01' }, null],
    [{ creditCode: LOCAL_CODE, foundedOn: '2010-01-01' }, '2010-01-01'],
    [{ creditCode: LOCAL_CODE }, '2025-06-01'],
    [{ creditCode: LOCAL_CODE, foundedOn: '2010-01-01', localStockSince: '2012-01-01' }, '2010-01-01'],
    [{ creditCode: LOCAL_CODE, foundedOn: '2010-01-01', localStockSince: '2008-01-01' }, '2008-01-01'],
    [{ localStockSince: '2026-01-01' }, '2026-01-01'],
  ])('%j → %s', (over, since) => {
    expect(localStockSince(enterprise(over), '2025-06-01')).toBe(since);
  });
});

describe('referralFund: one fund per manager', () => {
  const funds = [
    fund({ id: 'a', vintageDate: '2020-01-01' }),
    fund({ id: 'b', vintageDate: '2024-01-01' }),
    fund({ id: 'c', vintageDate: '2024-01-01' }),
    fund({ id: 'd', vintageDate: '2026-01-01' }),
    fund({ id: 'x', managerOrganizationId: 'org2', vintageDate: '2025-01-01' }),
  ];
  it.each([
    ['2019-12-31', null],
    ['2020-01-01', 'a'],
    ['2023-12-31', 'a'],
    ['2025-06-01', 'c'],
    ['2026-01-01', 'd'],
  ])('landed %s → %s', (landedOn, id) => {
    expect(referralFund('org1', landedOn, funds)?.id ?? null).toBe(id);
  });
});

describe('referral lines (招引落地)', () => {
  const funds = [fund()];
  const lines = (refs: ReinvestmentReferral[], investments: ReinvestmentInvestment[] = [], fs = funds) =>
    reinvestmentLines(fs, fs, investments, refs, TODAY);

  it('counts an accepted, landed referral at registered capital × coefficient from the landing', () => {
    expect(lines([referral()])).toEqual([
      {
        fundId: 'f1',
        kind: 'REFERRED',
        status: 'COUNTED',
        countedFrom: '2025-09-01',
        baseAmount: '5000',
        coefficient: '0.5',
        amount: '2500',
        enterpriseId: 'e9',
        investmentId: null,
        referralId: 'r1',
        projectId: 'p9',
      },
    ]);
  });

  it.each<[string, Partial<ReinvestmentReferral>, Partial<{ amount: string; baseAmount: string }> | null]>([
    ['not landed', { project: project({ id: 'p9', enterpriseId: 'e9' }) }, null],
    ['no project', { project: null }, null],
    ['another organisation', { organizationId: 'org2' }, null],
    ['rejected', { status: 'REJECTED' }, null],
    ['protected, not yet accepted', { status: 'PROTECTED', protectedUntil: '2026-12-31' }, null],
    // The referrals context's rule decides: a lead not signed past its protection reads EXPIRED.
    ['accepted but lapsed', { leadStage: 'APPROVED', protectedUntil: '2026-01-01' }, null],
    [
      'no registered capital: the project registered capital',
      {
        enterprise: enterprise({ id: 'e9' }),
        project: project({
          id: 'p9',
          enterpriseId: 'e9',
          landedOn: '2025-09-01',
          registeredCapital: '700',
          contractInvestment: '8000',
        }),
      },
      { baseAmount: '700', amount: '350' },
    ],
    [
      'no capital at all: the contract investment',
      { enterprise: enterprise({ id: 'e9' }) },
      { baseAmount: '8000', amount: '4000' },
    ],
    [
      'nothing known: counted at 0',
      {
        enterprise: enterprise({ id: 'e9' }),
        project: project({ id: 'p9', enterpriseId: 'e9', landedOn: '2025-09-01' }),
      },
      { baseAmount: '0', amount: '0' },
    ],
    [
      'landed before the fund',
      { project: project({ id: 'p9', enterpriseId: 'e9', landedOn: '2023-01-01' }) },
      null,
    ],
  ])('%s', (_name, over, expected) => {
    const result = lines([referral(over)]);
    if (expected === null) expect(result).toEqual([]);
    else expect(result).toMatchObject([expected]);
  });

  it('the fund invested (any stage): counts through the investment, not as 招引落地', () => {
    const inv = investment({ enterprise: enterprise({ id: 'e9' }), stage: 'INTENDED' });
    expect(lines([referral()], [inv])).toEqual([]);
  });

  it('another fund of the manager invested: still not 招引落地', () => {
    const fs = [fund(), fund({ id: 'f0', vintageDate: '2020-01-01' })];
    const inv = investment({ fundId: 'f0', enterprise: enterprise({ id: 'e9' }) });
    expect(lines([referral()], [inv], fs).filter((l) => l.kind === 'REFERRED')).toEqual([]);
  });

  it('a fund of another manager invested: the referral still counts', () => {
    const fs = [fund(), fund({ id: 'g', managerOrganizationId: 'org2' })];
    const inv = investment({ fundId: 'g', enterprise: enterprise({ id: 'e9' }) });
    expect(lines([referral()], [inv], fs).filter((l) => l.kind === 'REFERRED')).toHaveLength(1);
  });

  it('a subsidiary investment tracking the same project: not 招引落地', () => {
    const inv = investment({ localAmount: '100', project: project({ id: 'p9', enterpriseId: 'e9' }) });
    expect(lines([referral()], [inv]).filter((l) => l.kind === 'REFERRED')).toEqual([]);
  });

  it('two accepted referrals of one project by one organisation count once', () => {
    expect(lines([referral({ id: 'r2' }), referral()]).map((l) => l.referralId)).toEqual(['r1']);
  });

  it('counts against the latest fund by the landing day, under that fund rule', () => {
    const fs = [
      fund({ id: 'old', vintageDate: '2020-01-01' }),
      fund({ id: 'new', vintageDate: '2025-01-01' }),
    ];
    expect(lines([referral()], [], fs).map((l) => l.fundId)).toEqual(['new']);
    const off = [
      fs[0],
      fund({ id: 'new', vintageDate: '2025-01-01', rule: { ...RULE, countReferred: false } }),
    ];
    expect(lines([referral()], [], off)).toEqual([]);
    // Asked for the old fund only, the referral is not its line.
    expect(reinvestmentLines([fs[0]], fs, [], [referral()], TODAY)).toEqual([]);
  });
});

describe('reinvestmentProgress', () => {
  it.each<[string, Partial<ReinvestmentRuleValues>, Partial<ReinvestmentFund>, string, unknown]>([
    ['half met', {}, {}, '15000', { obligation: '30000', counted: '15000', gap: '15000', ratio: '0.5' }],
    ['over met: no negative gap', {}, {}, '45000', { obligation: '30000', gap: '0', ratio: '1.5' }],
    ['on fund size', { basis: 'FUND_SIZE', multiple: '0.2' }, {}, '1', { obligation: '20000', gap: '19999' }],
    [
      'multiple 0: no gap, no ratio',
      { multiple: '0' },
      {},
      '100',
      { obligation: '0', gap: null, ratio: null },
    ],
    [
      'no government money: no obligation on contribution, gap 0',
      {},
      { governmentContribution: '0' },
      '0',
      { obligation: '0', gap: '0', ratio: null },
    ],
    [
      'ratio rounded half up to four places',
      { multiple: '1' },
      { governmentContribution: '30000' },
      '10000',
      { ratio: '0.3333' },
    ],
    [
      'exact decimals',
      { multiple: '1.2' },
      { governmentContribution: '33333.33' },
      '0.01',
      { obligation: '39999.996', gap: '39999.986' },
    ],
  ])('%s', (_name, ruleOver, fundOver, counted, expected) => {
    const f = fund({ ...fundOver, rule: { ...RULE, ...ruleOver } });
    expect(reinvestmentProgress(f, { counted, pending: '0', pipeline: '0' })).toMatchObject(
      expected as object,
    );
  });

  it('sums lines and pipeline per fund', () => {
    const investments = [
      investment({ id: 'a', project: project({ landedOn: '2025-07-01' }) }),
      investment({ id: 'b', amount: '0.5' }),
      investment({ id: 'c', stage: 'DECIDED', amount: '100' }),
      investment({ id: 'd', stage: 'INTENDED', amount: '0.25' }),
      investment({ id: 'e', fundId: 'other', amount: '7' }),
    ];
    const ls = reinvestmentLines([fund()], [fund()], investments, [referral()], TODAY);
    expect(reinvestmentSums('f1', ls, investments)).toEqual({
      counted: '5500',
      pending: '0.5',
      pipeline: '100.25',
    });
  });
});

describe('leverage and district totals', () => {
  it.each([
    ['100000', '20000', '5'],
    ['100000', '30000', '3.33'],
    ['250000', '0', null],
    ['1000', '3', '333.33'],
  ])('%s ÷ %s = %s', (size, gc, leverage) => {
    expect(fundLeverage(size, gc)).toBe(leverage);
  });

  it('adds up sizes the government contributes to, obligations, counted, pending and gaps', () => {
    const progress = (obligation: string, counted: string, pending: string, gap: string | null) => ({
      obligation,
      counted,
      pending,
      pipeline: '0',
      gap,
      ratio: null,
    });
    expect(
      districtTotals(
        [
          {
            size: '100000.5',
            governmentContribution: '20000',
            progress: progress('30000', '100.1', '3', '29899.9'),
          },
          { size: '50000.25', governmentContribution: '0.01', progress: progress('0', '0.2', '0', null) },
          { size: '80000', governmentContribution: '0', progress: progress('0', '5', '1.5', '0') },
        ],
        7,
      ),
    ).toEqual({
      leverageScale: '150000.75',
      governmentContribution: '20000.01',
      funds: 3,
      sciTechProjects: 7,
      obligation: '30000',
      counted: '105.3',
      pending: '4.5',
      gap: '29899.9',
    });
  });

  it.each([
    [['HIGH_TECH'], true],
    [['INNOVATIVE', 'UNICORN'], true],
    [['UNICORN'], false],
    [[], false],
  ])('科创 by tags %j: %s', (tags, yes) => {
    expect(isSciTechEnterprise(tags)).toBe(yes);
  });
});
