import type { INestApplication } from '@nestjs/common';
import type { InvestmentRound, InvestmentStage } from '@lianzhao/domain';
import { Clock, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { EnterprisesService } from '@lianzhao/api-enterprises';
import { FundsService, InvestmentsService, type CreateFundInput } from '@lianzhao/api-funds';
import { LeadsService } from '@lianzhao/api-leads';
import { User } from '@lianzhao/api-users';

interface DemoInvestment {
  /** A demo project's enterprise (demo-projects.ts), or a new company given a FUND lead here. */
  enterprise: string;
  amount: string;
  /** Days relative to today. */
  day: number;
  round: InvestmentRound;
  stage: InvestmentStage;
  newLead?: { segmentCode: string; townCode: string };
}

interface DemoFund {
  manager: 'guidance' | 'chain';
  fund: Omit<CreateFundInput, 'managerOrganizationId' | 'vintageDate'> & { vintage: number };
  investments: DemoInvestment[];
}

/**
 * Three funds of different kinds and 返投 rules, with investments at each stage: PAID in
 * companies whose project has landed (counted) and in one that has not (pending), DECIDED and
 * INTENDED ones (pipeline), so the 基金 pages show every state after `npm start`.
 */
const FUNDS: DemoFund[] = [
  {
    manager: 'guidance',
    fund: {
      name: '奉贤区产业转型升级引导基金（示例）',
      kind: 'GOVERNMENT_GUIDANCE',
      size: '200000',
      governmentContribution: '50000',
      vintage: -900,
      termYears: 10,
      focusSegmentCodes: ['HYDROGEN', 'GENE_CELL_THERAPY'],
      status: 'INVESTING',
      reinvestmentMultiple: '1.5',
      reinvestmentBasis: 'GOVERNMENT_CONTRIBUTION',
      ruleChangeNote: '按合伙协议：返投不低于区政府出资的 1.5 倍',
    },
    investments: [
      {
        enterprise: '奉贤康研生物制品有限公司（示例）',
        amount: '6000',
        day: -120,
        round: 'B',
        stage: 'PAID',
      },
      { enterprise: '上海氢程动力科技有限公司（示例）', amount: '8000', day: -45, round: 'A', stage: 'PAID' },
      {
        enterprise: '沪南云数软件信息有限公司（示例）',
        amount: '3000',
        day: -10,
        round: 'C_PLUS',
        stage: 'DECIDED',
      },
      {
        enterprise: '苏州智途工业互联网科技有限公司（示例）',
        amount: '2000',
        day: -5,
        round: 'PRE_A',
        stage: 'INTENDED',
        newLead: { segmentCode: 'INDUSTRIAL_INTERNET', townCode: 'FENGCHENG' },
      },
    ],
  },
  {
    manager: 'chain',
    fund: {
      name: '新能源汽车链主产业基金（示例）',
      kind: 'CHAIN_MASTER',
      size: '100000',
      governmentContribution: '20000',
      vintage: -600,
      termYears: 7,
      focusSegmentCodes: ['HUMANOID_ROBOTS', 'HYDROGEN'],
      status: 'INVESTING',
      reinvestmentMultiple: '1',
      reinvestmentBasis: 'FUND_SIZE',
      referredCoefficient: '0.5',
      ruleChangeNote: '按基金规模 1 倍返投；管理人招引落地按 0.5 系数认定',
    },
    investments: [
      {
        enterprise: '上海奉新智能装备有限公司（示例）',
        amount: '10000',
        day: -420,
        round: 'PRE_IPO',
        stage: 'PAID',
      },
      {
        enterprise: '奉贤康研生物制品有限公司（示例）',
        amount: '2500',
        day: -3,
        round: 'B',
        stage: 'INTENDED',
      },
    ],
  },
  {
    manager: 'chain',
    fund: {
      name: '沪南科创成长市场化基金（示例）',
      kind: 'MARKET',
      size: '30000',
      governmentContribution: '0',
      vintage: -300,
      termYears: 6,
      focusSegmentCodes: ['SOFTWARE_IT'],
      status: 'INVESTING',
      reinvestmentMultiple: '0',
      reinvestmentBasis: 'FUND_SIZE',
    },
    investments: [
      {
        enterprise: '沪南云数软件信息有限公司（示例）',
        amount: '1500',
        day: -190,
        round: 'A',
        stage: 'PAID',
      },
    ],
  },
];

/** Demo funds and investments through the funds context's services, after the demo projects. */
export async function seedDemoFunds(
  app: INestApplication,
  ctx: RequestContext,
  managers: { guidance: string; chain: string },
): Promise<void> {
  const funds = app.get(FundsService);
  const investments = app.get(InvestmentsService);
  const enterprises = app.get(EnterprisesService);
  const leads = app.get(LeadsService);
  const today = app.get(Clock).today();
  const day = (offset: number) => Clock.addDays(today, offset);
  const officer = await app
    .get(TransactionalConnection)
    .getRepository(ctx, User)
    .findOneBy({ username: 'officer' });

  for (const demo of FUNDS) {
    const { vintage, ...input } = demo.fund;
    const fund = await funds.create(ctx, {
      ...input,
      managerOrganizationId: managers[demo.manager],
      vintageDate: day(vintage),
    });
    for (const investment of demo.investments) {
      const existing = await enterprises.findDuplicate(ctx, investment.enterprise, null);
      const enterprise =
        existing ??
        (await enterprises.create(ctx, {
          name: investment.enterprise,
          segmentCode: investment.newLead?.segmentCode,
        }));
      const lead = investment.newLead ? null : (await leads.leadsOfEnterprise(ctx, enterprise.id))[0];
      await investments.record(ctx, {
        fundId: fund.id,
        enterpriseId: enterprise.id,
        amount: investment.amount,
        date: day(investment.day),
        round: investment.round,
        stage: investment.stage,
        leadId: lead?.id ?? null,
        createLead: investment.newLead ? { ...investment.newLead, ownerId: officer?.id ?? null } : null,
      });
    }
  }
}
