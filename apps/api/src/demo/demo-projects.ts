import type { INestApplication } from '@nestjs/common';
import type { Channel, MilestoneCode, SupportItemKind } from '@lianzhao/domain';
import { Clock, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { EnterprisesService } from '@lianzhao/api-enterprises';
import { LeadsService } from '@lianzhao/api-leads';
import {
  ProjectMilestonesService,
  ProjectsService,
  ProjectSupportItemsService,
  type Project,
} from '@lianzhao/api-projects';
import { Organization, User } from '@lianzhao/api-users';

interface DemoProject {
  enterprise: string;
  projectName: string;
  segmentCode: string;
  channel: Channel;
  partner?: 'CHAIN_MASTER' | 'PLATFORM';
  owner: string;
  townCode: string;
  plannedInvestment: string;
  /** Days relative to today: negative in the past. */
  signed: number;
  actual?: Partial<Record<MilestoneCode, number>>;
  planned?: Partial<Record<MilestoneCode, number>>;
  support?: { kind: SupportItemKind; applied: string; granted?: string }[];
  /** A park's code (migration Parks). */
  park?: string;
}

/**
 * One overdue, one due soon, one landed and running, one far along: the states the 项目落地 page
 * and the 逾期提醒 list show, with dates relative to today so the demo never goes stale.
 */
const PROJECTS: DemoProject[] = [
  {
    enterprise: '上海氢程动力科技有限公司（示例）',
    projectName: '氢燃料电池电堆生产基地',
    segmentCode: 'HYDROGEN',
    channel: 'CHAIN',
    partner: 'CHAIN_MASTER',
    owner: 'officer',
    townCode: 'SITUAN',
    plannedInvestment: '80000',
    signed: -60,
    planned: { REGISTERED: -15, SITE_SECURED: 30, CONSTRUCTION_STARTED: 120 },
  },
  {
    enterprise: '奉贤康研生物制品有限公司（示例）',
    projectName: '细胞治疗研发与生产中心',
    segmentCode: 'GENE_CELL_THERAPY',
    channel: 'PLATFORM',
    partner: 'PLATFORM',
    owner: 'officer',
    townCode: 'NANQIAO',
    plannedInvestment: '35000',
    signed: -100,
    actual: { REGISTERED: -70, SITE_SECURED: -40 },
    planned: { REGISTERED: -75, SITE_SECURED: -45, CONSTRUCTION_STARTED: 12, COMPLETED: 300 },
    support: [{ kind: 'PRELIMINARY_COSTS', applied: '200', granted: '150' }],
    park: 'DONGFANG_MEIGU_BIOMED',
  },
  {
    enterprise: '沪南云数软件信息有限公司（示例）',
    projectName: '长三角区域总部',
    segmentCode: 'SOFTWARE_IT',
    channel: 'SELF',
    owner: 'officer2',
    townCode: 'JINHAI',
    plannedInvestment: '5000',
    signed: -200,
    actual: { REGISTERED: -180, MOVED_IN: -150 },
    planned: { OPERATING: 90 },
    support: [{ kind: 'SPACE_COSTS', applied: '80', granted: '80' }],
  },
  {
    enterprise: '上海奉新智能装备有限公司（示例）',
    projectName: '人形机器人整机制造项目',
    segmentCode: 'HUMANOID_ROBOTS',
    channel: 'SELF',
    owner: 'officer',
    townCode: 'ZHELIN',
    plannedInvestment: '120000',
    signed: -400,
    actual: { REGISTERED: -370, SITE_SECURED: -340, CONSTRUCTION_STARTED: -300, COMPLETED: -60 },
    planned: { COMPLETED: -90, IN_PRODUCTION: 60, FULL_OUTPUT: 400 },
    support: [{ kind: 'FIXED_ASSET_INVESTMENT', applied: '3000' }],
    park: 'LINGANG_FENGXIAN',
  },
];

/** Demo landing projects, signed through the lead pipeline and kept through the projects service. */
export async function seedDemoProjects(app: INestApplication, ctx: RequestContext): Promise<void> {
  const connection = app.get(TransactionalConnection);
  const enterprises = app.get(EnterprisesService);
  const leads = app.get(LeadsService);
  const projects = app.get(ProjectsService);
  const milestones = app.get(ProjectMilestonesService);
  const supportItems = app.get(ProjectSupportItemsService);
  const today = app.get(Clock).today();
  const day = (offset: number) => Clock.addDays(today, offset);
  const users = await connection.getRepository(ctx, User).find();
  const organizations = await connection.getRepository(ctx, Organization).find();

  for (const demo of PROJECTS) {
    const ownerId = users.find((u) => u.username === demo.owner)?.id ?? null;
    const enterprise = await enterprises.create(ctx, {
      name: demo.enterprise,
      segmentCode: demo.segmentCode,
    });
    const lead = await leads.create(ctx, {
      enterpriseId: enterprise.id,
      projectName: demo.projectName,
      segmentCode: demo.segmentCode,
      channel: demo.channel,
      sourceOrganizationId: organizations.find((o) => o.kind === demo.partner)?.id ?? null,
      ownerId,
      townCode: demo.townCode,
      plannedInvestment: demo.plannedInvestment,
    });
    // 签约 follows 过会 (the gate the funnel counts).
    const approved = await leads.move(ctx, { id: lead.id, stage: 'APPROVED', version: lead.version });
    await leads.move(ctx, { id: lead.id, stage: 'SIGNED', version: approved.version });
    let project = (await projects.projectOfLead(ctx, lead.id)) as Project;
    project = await milestones.recordMilestone(ctx, {
      projectId: project.id,
      code: 'SIGNED',
      actualDate: day(demo.signed),
      version: project.version,
    });
    if (demo.park) {
      project = await projects.update(ctx, { id: project.id, version: project.version, parkCode: demo.park });
    }
    for (const [code, offset] of Object.entries(demo.planned ?? {}) as [MilestoneCode, number][]) {
      project = await milestones.planMilestone(ctx, {
        projectId: project.id,
        code,
        plannedDate: day(offset),
        version: project.version,
      });
    }
    for (const [code, offset] of Object.entries(demo.actual ?? {}) as [MilestoneCode, number][]) {
      project = await milestones.recordMilestone(ctx, {
        projectId: project.id,
        code,
        actualDate: day(offset),
        version: project.version,
      });
    }
    for (const item of demo.support ?? []) {
      project = await supportItems.saveSupportItem(ctx, {
        projectId: project.id,
        version: project.version,
        kind: item.kind,
        appliedAmount: item.applied,
        grantedAmount: item.granted ?? null,
      });
    }
  }
}
