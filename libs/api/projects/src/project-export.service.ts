import { Injectable } from '@nestjs/common';
import {
  CHANNEL_LABELS,
  MILESTONE_CODES,
  PROJECT_HEALTH_LABELS,
  PROJECT_TYPE_LABELS,
  projectHealth,
  nextMilestone,
} from '@lianzhao/domain';
import {
  addTableSheet,
  DATE_COLUMN_STYLE,
  excelDate,
  exportFile,
  exportWorkbook,
  Clock,
  type ExcelFile,
  type RequestContext,
} from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { EnterpriseQueries } from '@lianzhao/api-enterprises';
import { ReferenceService } from '@lianzhao/api-reference';
import { OrganizationsService, UsersService } from '@lianzhao/api-users';
import type { ProjectFilter, ProjectOrder } from './dto/project.inputs';
import { ProjectMilestone } from './project-milestone.entity';
import { milestoneNames } from './milestone-names';
import { ProjectQueriesService } from './project-queries.service';

/**
 * 导出 Excel of the 项目落地 list: the same filter and order as the screen, one row per project
 * with its health and every milestone's planned and actual date. Amounts stay exact decimal text.
 */
@Injectable()
export class ProjectExportService {
  constructor(
    private readonly projects: ProjectQueriesService,
    private readonly enterprises: EnterpriseQueries,
    private readonly connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly clock: Clock,
  ) {}

  async export(
    ctx: RequestContext,
    filter: ProjectFilter | undefined,
    orderBy: ProjectOrder | undefined,
  ): Promise<ExcelFile> {
    const projects = await this.projects.exportRows(ctx, filter, orderBy);
    const ids = projects.map((p) => p.id);
    const milestones = ids.length
      ? await this.connection
          .getRepository(ctx, ProjectMilestone)
          .createQueryBuilder('m')
          .where('m.project_id = ANY(:ids)', { ids })
          .orderBy('m.position', 'ASC')
          .getMany()
      : [];
    const byProject = new Map<string, ProjectMilestone[]>();
    for (const m of milestones) byProject.set(m.projectId, [...(byProject.get(m.projectId) ?? []), m]);
    const enterprises = new Map(
      (
        await this.enterprises.byIds(
          ctx,
          projects.map((p) => p.enterpriseId),
        )
      ).map((e) => [e.id, e.name] as const),
    );
    const owners = await this.users.loader(ctx).loadMany([...new Set(projects.map((p) => p.ownerId))]);
    const ownerNames = new Map(
      owners.flatMap((u) => (u && !(u instanceof Error) ? [[u.id, u.displayName] as const] : [])),
    );
    const sourceIds = [
      ...new Set(projects.flatMap((p) => (p.sourceOrganizationId ? [p.sourceOrganizationId] : []))),
    ];
    const sources = await this.organizations.loader(ctx).loadMany(sourceIds);
    const sourceNames = new Map(
      sources.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o.name] as const] : [])),
    );
    const industries = await this.reference.industries(ctx);
    const industryNames = new Map(industries.map((i) => [i.code, i.name] as const));
    const segmentNames = new Map(industries.flatMap((i) => i.segments.map((s) => [s.code, s.name] as const)));
    const placeNames = new Map((await this.reference.places(ctx)).map((p) => [p.code, p.name] as const));
    const parkNames = new Map((await this.reference.parks(ctx)).map((p) => [p.code, p.name] as const));
    const today = this.clock.today();
    const names = await milestoneNames(this.connection, ctx);

    const workbook = await exportWorkbook();
    const sheet = addTableSheet(workbook, '落地项目', [
      { header: '项目名称', key: 'name', width: 28 },
      { header: '企业', key: 'enterprise', width: 30 },
      { header: '项目类型', key: 'type', width: 10 },
      { header: '进度状况', key: 'health', width: 10 },
      { header: '逾期天数', key: 'daysLate', width: 10 },
      { header: '下一节点', key: 'next', width: 14 },
      { header: '产业', key: 'industry', width: 14 },
      { header: '细分赛道', key: 'segment', width: 18 },
      { header: '招商渠道', key: 'channel', width: 14 },
      { header: '来源机构', key: 'source', width: 26 },
      { header: '负责人', key: 'owner', width: 10 },
      { header: '镇/街道', key: 'town', width: 12 },
      { header: '园区', key: 'park', width: 18 },
      { header: '合同投资（万元）', key: 'contractInvestment', width: 16 },
      { header: '计划固定资产投资（万元）', key: 'plannedFixedAssetInvestment', width: 20 },
      { header: '实际固定资产投资（万元）', key: 'actualFixedAssetInvestment', width: 20 },
      ...MILESTONE_CODES.flatMap((code) => [
        {
          header: `${names(code).zh}计划`,
          key: `${code}.planned`,
          width: 14,
          style: DATE_COLUMN_STYLE,
        },
        {
          header: `${names(code).zh}实际`,
          key: `${code}.actual`,
          width: 14,
          style: DATE_COLUMN_STYLE,
        },
      ]),
    ]);
    for (const project of projects) {
      const own = byProject.get(project.id) ?? [];
      const health = projectHealth(own, today);
      const next = nextMilestone(own);
      sheet.addRow({
        name: project.name,
        enterprise: enterprises.get(project.enterpriseId) ?? null,
        type: PROJECT_TYPE_LABELS[project.type].zh,
        health: PROJECT_HEALTH_LABELS[health.health].zh,
        daysLate: health.daysLate,
        next: next ? names(next).zh : null,
        industry: industryNames.get(project.industryCode) ?? project.industryCode,
        segment: segmentNames.get(project.segmentCode) ?? project.segmentCode,
        channel: CHANNEL_LABELS[project.channel].zh,
        source: project.sourceOrganizationId ? (sourceNames.get(project.sourceOrganizationId) ?? null) : null,
        owner: ownerNames.get(project.ownerId) ?? null,
        town: project.townCode ? (placeNames.get(project.townCode) ?? project.townCode) : null,
        park: project.parkCode ? (parkNames.get(project.parkCode) ?? project.parkCode) : null,
        contractInvestment: project.contractInvestment,
        plannedFixedAssetInvestment: project.plannedFixedAssetInvestment,
        actualFixedAssetInvestment: project.actualFixedAssetInvestment,
        ...Object.fromEntries(
          own.flatMap((m) => [
            [`${m.code}.planned`, excelDate(m.plannedDate)],
            [`${m.code}.actual`, excelDate(m.actualDate)],
          ]),
        ),
      });
    }
    return exportFile(workbook, '落地项目导出', this.clock.now());
  }
}
