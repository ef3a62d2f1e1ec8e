import type { DataSource } from 'typeorm';
import {
  computeCreditCodeCheckChar,
  investmentRecognition,
  isSciTechEnterprise,
  normalizeDecimal,
  reinvestmentLines,
  reinvestmentSums,
  SCI_TECH_TAG_CODES,
  type InvestmentStage,
  type LandingProject,
  type LeadStage,
  type ReferralStatus,
  type ReinvestmentEnterprise,
  type ReinvestmentFund,
  type ReinvestmentInvestment,
  type ReinvestmentLine,
  type ReinvestmentReferral,
  type ReinvestmentRuleValues,
} from '@lianzhao/domain';
import {
  ALL_FUNDS,
  fundsById,
  ledgerSql,
  recognitionConditionSql,
  recognitionSql,
  runReinvestmentSql,
  sciTechProjectsSql,
  sumsSql,
  type LedgerRow,
  type RecognitionRow,
  type SumsRow,
} from '@lianzhao/api-funds';
import { copyRow } from './copy-row';
import { parityRows } from './parity';

// Parity: the 返投 rules that run in SQL (libs/api/funds/src/reinvestment-rules.sql.ts) give the
// ledger lines, sums and recognitions libs/domain (reinvestment.ts) gives on the same rows. The
// rows are written with plain SQL; the domain side reads every fund, investment and referral back
// from the database, so anything else there (demo data) is compared too.

const TODAY = '2026-03-10';

let codeSerial = 0;
/** A valid credit code issued in `division`. */
function creditCode(division: string): string {
  codeSerial += 1;
  const first17 = `91${division}MA${String(codeSerial).padStart(7, '0')}`;
  return first17 + computeCreditCodeCheckChar(first17);
}

interface EnterpriseCase {
  creditCode?: string;
  foundedOn?: string;
  localStockSince?: string;
  registeredCapital?: string;
  tags?: string[];
}

interface ProjectCase {
  /** The enterprise (by case key) the project belongs to; the investment's own when omitted. */
  enterprise?: string;
  landedOn?: string | null;
  registeredCapital?: string;
  contractInvestment?: string;
}

type RuleCase = Partial<ReinvestmentRuleValues>;

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

const FUNDS: Record<
  string,
  { manager: 'm1' | 'm2' | 'm3'; vintage: string; rule: RuleCase; size?: string; gc?: string }
> = {
  F1: { manager: 'm1', vintage: '2024-01-01', rule: {}, size: '100000', gc: '20000' },
  // M1's newer fund: referrals landing from 2025-07-01 count against it.
  F2: { manager: 'm1', vintage: '2025-07-01', rule: { referredCoefficient: '0.3', basis: 'FUND_SIZE' } },
  // Everything switched off.
  F3: {
    manager: 'm2',
    vintage: '2020-01-01',
    rule: { countLocal: false, countSubsidiary: false, countReferred: false },
  },
  // No multiple, coefficients below one.
  F4: {
    manager: 'm3',
    vintage: '2023-01-01',
    rule: { multiple: '0', localCoefficient: '0.75', subsidiaryCoefficient: '0.33' },
  },
};

const ENTERPRISES: Record<string, EnterpriseCase> = {
  plain: {},
  codeLocal: { creditCode: 'local', foundedOn: '2019-04-01', tags: ['HIGH_TECH'] },
  codeLocalUndated: { creditCode: 'local' },
  codeLocalLate: { creditCode: 'local', foundedOn: '2025-09-01' },
  codeElsewhere: { creditCode: 'elsewhere', foundedOn: '2019-04-01', tags: ['INNOVATIVE'] },
  marked: { localStockSince: '2020-01-01', tags: ['UNICORN'] },
  markedLate: { localStockSince: '2025-10-01' },
  parent: { creditCode: 'elsewhere', registeredCapital: '9000' },
  subsidiary: {},
  subsidiary2: {},
  referred: { registeredCapital: '5000.5' },
  referredNoCapital: {},
  referredNothing: {},
  referredInvested: { registeredCapital: '100' },
  referredOther: { registeredCapital: '100' },
  referredEarly: { registeredCapital: '100' },
  referredLapsed: { registeredCapital: '100' },
  referredOff: { registeredCapital: '100' },
};

interface InvestmentCase {
  fund: string;
  enterprise: string;
  stage: InvestmentStage;
  amount: string;
  investedOn: string;
  localAmount?: string;
  /** The project the investment names. */
  project?: ProjectCase;
  /** A project signed from the investment's lead. */
  leadProject?: ProjectCase;
  /** A lead, not signed, of this enterprise (a subsidiary's lead standing for it). */
  leadOf?: string;
}

const INVESTMENTS: Record<string, InvestmentCase> = {
  intended: {
    fund: 'F1',
    enterprise: 'plain',
    stage: 'INTENDED',
    amount: '100',
    investedOn: '2025-06-01',
    project: { landedOn: '2025-07-01' },
  },
  decided: { fund: 'F1', enterprise: 'plain', stage: 'DECIDED', amount: '200.5', investedOn: '2025-06-01' },
  pendingNoProject: {
    fund: 'F1',
    enterprise: 'plain',
    stage: 'PAID',
    amount: '300',
    investedOn: '2025-06-01',
  },
  pendingProject: {
    fund: 'F1',
    enterprise: 'plain',
    stage: 'PAID',
    amount: '310',
    investedOn: '2025-06-01',
    project: { landedOn: null },
  },
  landedLater: {
    fund: 'F1',
    enterprise: 'plain',
    stage: 'PAID',
    amount: '320',
    investedOn: '2025-06-01',
    project: { landedOn: '2025-08-15' },
  },
  landedBefore: {
    fund: 'F1',
    enterprise: 'plain',
    stage: 'PAID',
    amount: '330',
    investedOn: '2025-06-01',
    project: { landedOn: '2025-01-15' },
  },
  viaLead: {
    fund: 'F1',
    enterprise: 'plain',
    stage: 'PAID',
    amount: '340',
    investedOn: '2025-06-01',
    leadProject: { landedOn: '2025-09-09' },
  },
  ownBeatsLead: {
    fund: 'F1',
    enterprise: 'plain',
    stage: 'PAID',
    amount: '350',
    investedOn: '2025-06-01',
    project: { landedOn: null },
    leadProject: { landedOn: '2025-09-09' },
  },
  stockCode: { fund: 'F1', enterprise: 'codeLocal', stage: 'PAID', amount: '400', investedOn: '2025-06-01' },
  stockCodeUndated: {
    fund: 'F1',
    enterprise: 'codeLocalUndated',
    stage: 'PAID',
    amount: '410',
    investedOn: '2025-06-01',
  },
  stockCodeLate: {
    fund: 'F1',
    enterprise: 'codeLocalLate',
    stage: 'PAID',
    amount: '420',
    investedOn: '2025-06-01',
  },
  codeElsewhere: {
    fund: 'F1',
    enterprise: 'codeElsewhere',
    stage: 'PAID',
    amount: '430',
    investedOn: '2025-06-01',
  },
  marked: { fund: 'F1', enterprise: 'marked', stage: 'PAID', amount: '440', investedOn: '2025-06-01' },
  markedLate: {
    fund: 'F1',
    enterprise: 'markedLate',
    stage: 'PAID',
    amount: '450',
    investedOn: '2025-06-01',
  },
  markedLateLandedFirst: {
    fund: 'F1',
    enterprise: 'markedLate',
    stage: 'PAID',
    amount: '460',
    investedOn: '2025-06-01',
    project: { landedOn: '2025-07-01' },
  },
  subsidiaryPending: {
    fund: 'F1',
    enterprise: 'parent',
    stage: 'PAID',
    amount: '5000',
    localAmount: '1200',
    investedOn: '2025-06-01',
    project: { enterprise: 'subsidiary', landedOn: null },
  },
  subsidiaryLanded: {
    fund: 'F1',
    enterprise: 'parent',
    stage: 'PAID',
    amount: '5000',
    localAmount: '1234.56',
    investedOn: '2025-06-01',
    project: { enterprise: 'subsidiary2', landedOn: '2025-11-11' },
  },
  subsidiaryNoLocalAmount: {
    fund: 'F4',
    enterprise: 'parent',
    stage: 'PAID',
    amount: '777.77',
    investedOn: '2025-06-01',
    project: { enterprise: 'subsidiary2', landedOn: '2025-11-11' },
  },
  subsidiaryLead: {
    fund: 'F1',
    enterprise: 'parent',
    stage: 'PAID',
    amount: '5000',
    localAmount: '600',
    investedOn: '2025-06-01',
    leadOf: 'subsidiary',
  },
  ownLead: {
    fund: 'F1',
    enterprise: 'plain',
    stage: 'PAID',
    amount: '360',
    investedOn: '2025-06-01',
    leadOf: 'plain',
  },
  coefficient: {
    fund: 'F4',
    enterprise: 'plain',
    stage: 'PAID',
    amount: '3333.33',
    investedOn: '2025-06-01',
    project: { landedOn: '2025-07-01' },
  },
  switchedOff: {
    fund: 'F3',
    enterprise: 'codeLocal',
    stage: 'PAID',
    amount: '999',
    investedOn: '2025-06-01',
  },
  switchedOffSubsidiary: {
    fund: 'F3',
    enterprise: 'parent',
    stage: 'PAID',
    amount: '999',
    localAmount: '99',
    investedOn: '2025-06-01',
    project: { enterprise: 'subsidiary', landedOn: '2025-07-01' },
  },
  // M1's fund invested (intended only) in a company M1 also referred: no 招引落地.
  referredInvested: {
    fund: 'F1',
    enterprise: 'referredInvested',
    stage: 'INTENDED',
    amount: '1',
    investedOn: '2025-06-01',
  },
  // M2's fund invested in a company M1 referred: M1's referral still counts.
  referredOther: {
    fund: 'F3',
    enterprise: 'referredOther',
    stage: 'PAID',
    amount: '1',
    investedOn: '2025-06-01',
  },
};

interface ReferralCase {
  manager: 'm1' | 'm2' | 'm3';
  enterprise: string;
  status: ReferralStatus;
  protectedUntil: string | null;
  leadStage: LeadStage;
  project: ProjectCase | null;
  /** Another referral of the same lead (the same project) by the same organisation. */
  twinOf?: string;
}

const REFERRALS: Record<string, ReferralCase> = {
  counted: {
    manager: 'm1',
    enterprise: 'referred',
    status: 'ACCEPTED',
    protectedUntil: '2025-12-31',
    leadStage: 'SIGNED',
    project: { landedOn: '2025-09-01', contractInvestment: '8000' },
  },
  twin: {
    manager: 'm1',
    enterprise: 'referred',
    status: 'ACCEPTED',
    protectedUntil: '2025-12-31',
    leadStage: 'SIGNED',
    project: null,
    twinOf: 'counted',
  },
  projectCapital: {
    manager: 'm1',
    enterprise: 'referredNoCapital',
    status: 'ACCEPTED',
    protectedUntil: '2025-12-31',
    leadStage: 'SIGNED',
    project: { landedOn: '2025-05-01', registeredCapital: '700', contractInvestment: '8000' },
  },
  nothingKnown: {
    manager: 'm3',
    enterprise: 'referredNothing',
    status: 'ACCEPTED',
    protectedUntil: '2025-12-31',
    leadStage: 'SIGNED',
    project: { landedOn: '2025-05-01' },
  },
  notLanded: {
    manager: 'm1',
    enterprise: 'plain',
    status: 'ACCEPTED',
    protectedUntil: '2025-12-31',
    leadStage: 'SIGNED',
    project: { landedOn: null, contractInvestment: '1' },
  },
  rejected: {
    manager: 'm1',
    enterprise: 'referredOther',
    status: 'REJECTED',
    protectedUntil: null,
    leadStage: 'SIGNED',
    project: { landedOn: '2025-09-01' },
  },
  invested: {
    manager: 'm1',
    enterprise: 'referredInvested',
    status: 'ACCEPTED',
    protectedUntil: '2025-12-31',
    leadStage: 'SIGNED',
    project: { landedOn: '2025-09-01' },
  },
  otherManagerInvested: {
    manager: 'm1',
    enterprise: 'referredOther',
    status: 'ACCEPTED',
    protectedUntil: '2025-12-31',
    leadStage: 'SIGNED',
    project: { landedOn: '2025-09-01' },
  },
  beforeAnyFund: {
    manager: 'm1',
    enterprise: 'referredEarly',
    status: 'ACCEPTED',
    protectedUntil: '2025-12-31',
    leadStage: 'SIGNED',
    project: { landedOn: '2023-06-01' },
  },
  lapsed: {
    manager: 'm1',
    enterprise: 'referredLapsed',
    status: 'ACCEPTED',
    protectedUntil: '2026-01-01',
    leadStage: 'APPROVED',
    project: { landedOn: '2025-09-01' },
  },
  ruleOff: {
    manager: 'm2',
    enterprise: 'referredOff',
    status: 'ACCEPTED',
    protectedUntil: '2025-12-31',
    leadStage: 'SIGNED',
    project: { landedOn: '2025-09-01' },
  },
  partnerNotManager: {
    manager: 'm1',
    enterprise: 'referredOff',
    status: 'PROTECTED',
    protectedUntil: '2026-12-31',
    leadStage: 'SIGNED',
    project: { landedOn: '2025-09-01' },
  },
};

type Seeded = { kind: 'investment' | 'referral' | 'fund'; name: string };

/** Reads every fund, investment and referral back as the domain sees them. */
async function domainWorld(db: DataSource) {
  const num = (v: string | null) => (v === null ? null : normalizeDecimal(v));
  const enterprises = new Map<string, ReinvestmentEnterprise & { tags: string[] }>();
  for (const e of await db.query(
    `SELECT id, credit_code, CAST(founded_on AS text) AS founded_on, CAST(local_stock_since AS text) AS stock,
            registered_capital, tag_codes FROM enterprises`,
  )) {
    enterprises.set(e.id, {
      id: e.id,
      creditCode: e.credit_code,
      foundedOn: e.founded_on,
      localStockSince: e.stock,
      registeredCapital: num(e.registered_capital),
      tags: e.tag_codes,
    });
  }
  const projects = new Map<string, LandingProject & { leadId: string | null }>();
  for (const p of await db.query(
    `SELECT id, enterprise_id, lead_id, CAST(landed_on AS text) AS landed_on, registered_capital, contract_investment FROM projects`,
  )) {
    projects.set(p.id, {
      id: p.id,
      enterpriseId: p.enterprise_id,
      leadId: p.lead_id,
      landedOn: p.landed_on,
      registeredCapital: num(p.registered_capital),
      contractInvestment: num(p.contract_investment),
    });
  }
  const projectOfLead = (leadId: string | null) =>
    leadId === null ? null : ([...projects.values()].find((p) => p.leadId === leadId) ?? null);
  const funds: ReinvestmentFund[] = (
    await db.query(
      `SELECT id, manager_organization_id, CAST(vintage_date AS text) AS vintage, size, government_contribution,
              reinvestment_multiple, reinvestment_basis, count_local, local_coefficient, count_subsidiary,
              subsidiary_coefficient, count_referred, referred_coefficient FROM funds`,
    )
  ).map((f: Record<string, string & boolean>) => ({
    id: f.id,
    managerOrganizationId: f.manager_organization_id,
    vintageDate: f.vintage,
    size: f.size,
    governmentContribution: f.government_contribution,
    rule: {
      multiple: f.reinvestment_multiple,
      basis: f.reinvestment_basis,
      countLocal: f.count_local,
      localCoefficient: f.local_coefficient,
      countSubsidiary: f.count_subsidiary,
      subsidiaryCoefficient: f.subsidiary_coefficient,
      countReferred: f.count_referred,
      referredCoefficient: f.referred_coefficient,
    } as ReinvestmentRuleValues,
  }));
  const investments: ReinvestmentInvestment[] = (
    await db.query(
      `SELECT i.id, i.fund_id, i.enterprise_id, i.amount, CAST(i.invested_on AS text) AS invested_on, i.stage,
              i.local_amount, i.project_id, i.lead_id, l.enterprise_id AS lead_enterprise_id
         FROM investments i LEFT JOIN leads l ON l.id = i.lead_id`,
    )
  ).map((i: Record<string, string>) => ({
    id: i.id,
    fundId: i.fund_id,
    enterprise: enterprises.get(i.enterprise_id) as ReinvestmentEnterprise,
    amount: i.amount,
    investedOn: i.invested_on,
    stage: i.stage as InvestmentStage,
    localAmount: i.local_amount,
    project: i.project_id ? (projects.get(i.project_id) ?? null) : null,
    leadProject: projectOfLead(i.lead_id),
    leadEnterpriseId: i.lead_enterprise_id,
  }));
  const referrals: ReinvestmentReferral[] = (
    await db.query(
      `SELECT r.id, r.organization_id, r.status, CAST(r.protected_until AS text) AS protected_until, r.lead_id,
              l.stage AS lead_stage
         FROM referrals r LEFT JOIN leads l ON l.id = r.lead_id`,
    )
  ).map((r: Record<string, string | null>) => {
    const project = projectOfLead(r.lead_id);
    return {
      id: r.id as string,
      organizationId: r.organization_id as string,
      status: r.status as ReferralStatus,
      protectedUntil: r.protected_until,
      leadStage: r.lead_stage as LeadStage | null,
      project,
      enterprise: project ? (enterprises.get(project.enterpriseId) ?? null) : null,
    };
  });
  return { funds, investments, referrals, enterprises };
}

const lineKey = (l: ReinvestmentLine) =>
  JSON.stringify([
    l.fundId,
    l.kind,
    l.status,
    l.countedFrom,
    normalizeDecimal(l.baseAmount),
    normalizeDecimal(l.coefficient),
    normalizeDecimal(l.amount),
    l.enterpriseId,
    l.investmentId,
    l.referralId,
    l.projectId,
  ]);

const rowLine = (r: LedgerRow): ReinvestmentLine => ({
  fundId: r.fund_id,
  kind: r.kind,
  status: r.status,
  countedFrom: r.counted_from,
  baseAmount: r.base_amount,
  coefficient: r.coefficient,
  amount: r.amount,
  enterpriseId: r.enterprise_id,
  investmentId: r.investment_id,
  referralId: r.referral_id,
  projectId: r.project_id,
});

describe('返投 rules: SQL and libs/domain agree', () => {
  const seeded = parityRows<Seeded>(async (db) => {
    const ids = new Map<string, Seeded>();
    const [org] = await db.query('SELECT id FROM organizations ORDER BY name LIMIT 1');
    const [enterpriseTemplate] = await db.query('SELECT id FROM enterprises ORDER BY created_at LIMIT 1');
    const [projectTemplate] = await db.query('SELECT id FROM projects ORDER BY created_at LIMIT 1');
    const [leadTemplate] = await db.query('SELECT id FROM leads ORDER BY created_at LIMIT 1');
    const [referralTemplate] = await db.query('SELECT id FROM referrals ORDER BY created_at LIMIT 1');
    const managers = new Map<string, string>();
    for (const m of ['m1', 'm2', 'm3']) {
      managers.set(
        m,
        await copyRow(db, 'organizations', org.id, {
          name: `对照基金管理人${m}`,
          kind: 'FUND_MANAGER',
          credit_code: null,
        }),
      );
    }
    const fundIds = new Map<string, string>();
    for (const [name, f] of Object.entries(FUNDS)) {
      const r = { ...RULE, ...f.rule };
      const [row] = await db.query(
        `INSERT INTO funds (name, kind, manager_organization_id, size, government_contribution, vintage_date, status,
           reinvestment_multiple, reinvestment_basis, count_local, local_coefficient, count_subsidiary,
           subsidiary_coefficient, count_referred, referred_coefficient)
         VALUES ($1, 'GOVERNMENT_GUIDANCE', $2, $3, $4, $5, 'INVESTING', $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          `对照基金${name}`,
          managers.get(f.manager),
          f.size ?? '50000',
          f.gc ?? '10000',
          f.vintage,
          r.multiple,
          r.basis,
          r.countLocal,
          r.localCoefficient,
          r.countSubsidiary,
          r.subsidiaryCoefficient,
          r.countReferred,
          r.referredCoefficient,
        ],
      );
      fundIds.set(name, row.id);
      ids.set(row.id, { kind: 'fund', name });
    }
    const enterpriseIds = new Map<string, string>();
    for (const [name, e] of Object.entries(ENTERPRISES)) {
      const code = e.creditCode ? creditCode(e.creditCode === 'local' ? '310120' : '310115') : null;
      enterpriseIds.set(
        name,
        await copyRow(db, 'enterprises', enterpriseTemplate.id, {
          name: `对照企业${name}`,
          name_normalized: `对照企业${name}`,
          credit_code: code,
          founded_on: e.foundedOn ?? null,
          local_stock_since: e.localStockSince ?? null,
          registered_capital: e.registeredCapital ?? null,
          tag_codes: `{${(e.tags ?? []).join(',')}}`,
        }),
      );
    }
    const lead = (enterprise: string, stage: LeadStage) =>
      copyRow(db, 'leads', leadTemplate.id, {
        enterprise_id: enterpriseIds.get(enterprise) as string,
        stage,
      });
    const project = async (p: ProjectCase, enterprise: string, leadId: string | null) => {
      const id = await copyRow(db, 'projects', projectTemplate.id, {
        lead_id: leadId,
        enterprise_id: enterpriseIds.get(p.enterprise ?? enterprise) as string,
        registered_capital: p.registeredCapital ?? null,
        contract_investment: p.contractInvestment ?? null,
      });
      await db.query('DELETE FROM project_milestones WHERE project_id = $1', [id]);
      await db.query(
        `INSERT INTO project_milestones (project_id, code, position, planned_date, actual_date)
         VALUES ($1, 'SIGNED', 0, NULL, '2025-01-01'), ($1, 'REGISTERED', 1, '2025-12-01', $2)`,
        [id, p.landedOn ?? null],
      );
      return id;
    };
    for (const [name, c] of Object.entries(INVESTMENTS)) {
      const projectId = c.project ? await project(c.project, c.enterprise, null) : null;
      let leadId: string | null = null;
      if (c.leadProject) {
        leadId = await lead(c.enterprise, 'SIGNED');
        await project(c.leadProject, c.enterprise, leadId);
      }
      if (c.leadOf) leadId = await lead(c.leadOf, 'NEGOTIATING');
      const [row] = await db.query(
        `INSERT INTO investments (fund_id, enterprise_id, amount, invested_on, round, stage, lead_id, project_id, local_amount)
         VALUES ($1, $2, $3, $4, 'A', $5, $6, $7, $8) RETURNING id`,
        [
          fundIds.get(c.fund),
          enterpriseIds.get(c.enterprise),
          c.amount,
          c.investedOn,
          c.stage,
          leadId,
          projectId,
          c.localAmount ?? null,
        ],
      );
      ids.set(row.id, { kind: 'investment', name });
    }
    const leadOfReferral = new Map<string, string>();
    for (const [name, c] of Object.entries(REFERRALS)) {
      const leadId = c.twinOf
        ? (leadOfReferral.get(c.twinOf) as string)
        : await lead(c.enterprise, c.leadStage);
      if (!c.twinOf && c.project) await project(c.project, c.enterprise, leadId);
      leadOfReferral.set(name, leadId);
      const id = await copyRow(db, 'referrals', referralTemplate.id, {
        organization_id: managers.get(c.manager) as string,
        company_name: `对照报备${name}`,
        name_key: `对照报备${name}`,
        credit_code: null,
        status: c.status,
        protected_until: c.protectedUntil,
        lead_id: leadId,
        enterprise_id: enterpriseIds.get(c.enterprise) as string,
        conflict_with_id: null,
        matched_lead_id: null,
      });
      ids.set(id, { kind: 'referral', name });
    }
    return ids;
  });

  const seededOf = (kind: Seeded['kind']) =>
    new Map(
      seeded
        .ids()
        .filter((id) => seeded.caseOf(id).kind === kind)
        .map((id) => [seeded.caseOf(id).name, id]),
    );

  it('gives the same ledger lines for every fund, and for one fund asked alone', async () => {
    const db = seeded.db();
    const world = await domainWorld(db);
    const expected = reinvestmentLines(world.funds, world.funds, world.investments, world.referrals, TODAY);
    const rows = await runReinvestmentSql<LedgerRow>(db.manager, ledgerSql(ALL_FUNDS), { today: TODAY });
    expect(rows.map(rowLine).map(lineKey).sort()).toEqual(expected.map(lineKey).sort());

    for (const fundId of seededOf('fund').values()) {
      const fund = world.funds.filter((f) => f.id === fundId);
      const one = reinvestmentLines(fund, world.funds, world.investments, world.referrals, TODAY);
      const scope = fundsById([fundId]);
      const oneRows = await runReinvestmentSql<LedgerRow>(db.manager, ledgerSql(scope), {
        ...scope.parameters,
        today: TODAY,
      });
      expect(oneRows.map(rowLine).map(lineKey).sort()).toEqual(one.map(lineKey).sort());
    }
  });

  it('reads the cases as the rules say (what the parity runs over)', async () => {
    const world = await domainWorld(seeded.db());
    const lines = reinvestmentLines(world.funds, world.funds, world.investments, world.referrals, TODAY);
    const investmentIds = seededOf('investment');
    const referralIds = seededOf('referral');
    const fundIds = seededOf('fund');
    const ofInvestment = (name: string) => lines.find((l) => l.investmentId === investmentIds.get(name));
    const ofReferral = (name: string) => lines.find((l) => l.referralId === referralIds.get(name));
    const brief = (l: ReinvestmentLine | undefined) =>
      l && [l.kind, l.status, l.countedFrom, normalizeDecimal(l.amount)];
    expect(
      Object.fromEntries(Object.keys(INVESTMENTS).map((name) => [name, brief(ofInvestment(name)) ?? null])),
    ).toEqual({
      intended: null,
      decided: null,
      pendingNoProject: ['LOCAL', 'PENDING', null, '300'],
      pendingProject: ['LOCAL', 'PENDING', null, '310'],
      landedLater: ['LOCAL', 'COUNTED', '2025-08-15', '320'],
      landedBefore: ['LOCAL', 'COUNTED', '2025-06-01', '330'],
      viaLead: ['LOCAL', 'COUNTED', '2025-09-09', '340'],
      ownBeatsLead: ['LOCAL', 'PENDING', null, '350'],
      stockCode: ['LOCAL', 'COUNTED', '2025-06-01', '400'],
      stockCodeUndated: ['LOCAL', 'COUNTED', '2025-06-01', '410'],
      stockCodeLate: ['LOCAL', 'COUNTED', '2025-09-01', '420'],
      codeElsewhere: ['LOCAL', 'PENDING', null, '430'],
      marked: ['LOCAL', 'COUNTED', '2025-06-01', '440'],
      markedLate: ['LOCAL', 'COUNTED', '2025-10-01', '450'],
      markedLateLandedFirst: ['LOCAL', 'COUNTED', '2025-07-01', '460'],
      subsidiaryPending: ['SUBSIDIARY', 'PENDING', null, '960'],
      subsidiaryLanded: ['SUBSIDIARY', 'COUNTED', '2025-11-11', '987.648'],
      subsidiaryLead: ['SUBSIDIARY', 'PENDING', null, '480'],
      ownLead: ['LOCAL', 'PENDING', null, '360'],
      subsidiaryNoLocalAmount: ['SUBSIDIARY', 'COUNTED', '2025-11-11', '256.6641'],
      coefficient: ['LOCAL', 'COUNTED', '2025-07-01', '2499.9975'],
      switchedOff: null,
      switchedOffSubsidiary: null,
      referredInvested: null,
      referredOther: null,
    });
    const fundOf = (l: ReinvestmentLine | undefined) =>
      l && [...fundIds.entries()].find(([, id]) => id === l.fundId)?.[0];
    expect(
      Object.fromEntries(
        Object.keys(REFERRALS).map((name) => {
          // Two referrals of one project by one organisation: the one with the least id stands.
          if (name === 'counted' || name === 'twin') {
            const [a, b] = [ofReferral('counted'), ofReferral('twin')];
            return [
              name,
              name === 'counted' && (a ?? b) ? [fundOf(a ?? b), ...(brief(a ?? b) as unknown[])] : null,
            ];
          }
          const l = ofReferral(name);
          return [name, l ? [fundOf(l), ...(brief(l) as unknown[])] : null];
        }),
      ),
    ).toEqual({
      counted: ['F2', 'REFERRED', 'COUNTED', '2025-09-01', '1500.15'],
      twin: null,
      projectCapital: ['F1', 'REFERRED', 'COUNTED', '2025-05-01', '350'],
      nothingKnown: ['F4', 'REFERRED', 'COUNTED', '2025-05-01', '0'],
      notLanded: null,
      rejected: null,
      invested: null,
      otherManagerInvested: ['F2', 'REFERRED', 'COUNTED', '2025-09-01', '30'],
      beforeAnyFund: null,
      lapsed: null,
      ruleOff: null,
      partnerNotManager: null,
    });
  });

  it('gives the same sums per fund, in one grouped statement', async () => {
    const db = seeded.db();
    const world = await domainWorld(db);
    const lines = reinvestmentLines(world.funds, world.funds, world.investments, world.referrals, TODAY);
    const fundIds = [...seededOf('fund').values()];
    const scope = fundsById(fundIds);
    const rows = await runReinvestmentSql<SumsRow>(db.manager, sumsSql(scope), {
      ...scope.parameters,
      today: TODAY,
    });
    expect(rows).toHaveLength(fundIds.length);
    for (const row of rows) {
      expect({
        fund: row.fund_id,
        counted: normalizeDecimal(row.counted),
        pending: normalizeDecimal(row.pending),
        pipeline: normalizeDecimal(row.pipeline),
      }).toEqual({ fund: row.fund_id, ...reinvestmentSums(row.fund_id, lines, world.investments) });
    }
    const f1 = rows.find((r) => r.fund_id === seededOf('fund').get('F1'));
    // 320 + 330 + 340 + 400 + 410 + 420 + 440 + 450 + 460 + 1234.56 × 0.8 + 700 × 0.5
    expect(normalizeDecimal(f1?.counted ?? '')).toBe('4907.648');
    expect(normalizeDecimal(f1?.pipeline ?? '')).toBe('301.5');
  });

  it('gives the same recognition for every investment, and filters by it alike', async () => {
    const db = seeded.db();
    const world = await domainWorld(db);
    const ids = world.investments.map((i) => i.id);
    const rows = await runReinvestmentSql<RecognitionRow>(db.manager, recognitionSql(), {
      investmentIds: ids,
      today: TODAY,
    });
    expect(rows).toHaveLength(ids.length);
    const ruleOf = new Map(world.funds.map((f) => [f.id, f.rule]));
    const expected = new Map(
      world.investments.map((i) => [
        i.id,
        investmentRecognition(i, ruleOf.get(i.fundId) as ReinvestmentRuleValues),
      ]),
    );
    for (const row of rows)
      expect([row.investment_id, row.recognition]).toEqual([
        row.investment_id,
        expected.get(row.investment_id),
      ]);
    expect(new Set(expected.values())).toEqual(new Set(['COUNTED', 'PENDING', 'PIPELINE', 'NOT_COUNTED']));

    for (const recognitions of [['COUNTED'], ['PENDING', 'PIPELINE'], ['NOT_COUNTED']]) {
      const filtered = await runReinvestmentSql<{ id: string }>(
        db.manager,
        `SELECT i.id FROM investments i WHERE ${recognitionConditionSql()}`,
        { recognitions, today: TODAY },
      );
      expect(filtered.map((r) => r.id).sort()).toEqual(
        ids.filter((id) => recognitions.includes(expected.get(id) as string)).sort(),
      );
    }
  });

  it('counts the same 科创 projects', async () => {
    const db = seeded.db();
    const world = await domainWorld(db);
    const [row] = await runReinvestmentSql<{ count: string }>(
      db.manager,
      sciTechProjectsSql(SCI_TECH_TAG_CODES),
      {},
    );
    const expected = new Set(
      world.investments
        .filter(
          (i) =>
            i.stage === 'PAID' && isSciTechEnterprise(world.enterprises.get(i.enterprise.id)?.tags ?? []),
        )
        .map((i) => i.enterprise.id),
    );
    expect(Number(row.count)).toBe(expected.size);
    expect(expected.size).toBeGreaterThanOrEqual(2);
  });
});
