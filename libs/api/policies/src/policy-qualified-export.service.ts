import { Injectable } from '@nestjs/common';
import { POLICY_ITEM_KIND_LABELS, POLICY_SUBJECT_LABELS } from '@lianzhao/domain';
import { addTableSheet, Clock, exportFile, exportWorkbook, type ExcelFile, type RequestContext } from '@lianzhao/api-core';
import { EnterpriseQueries } from '@lianzhao/api-enterprises';
import { ProjectQueriesService } from '@lianzhao/api-projects';
import { subjectOf } from './policy-match.entity';
import { PolicyMatchesService } from './policy-matches.service';
import type { PolicyQualifiedFilter, PolicyQualifiedOrder } from './dto/policy.inputs';

/** 导出 Excel of the 免申即享 list: the screen's filter and order, 对象 (项目 or 企业), amounts as exact decimal text. */
@Injectable()
export class PolicyQualifiedExportService {
  constructor(
    private readonly matches: PolicyMatchesService,
    private readonly projects: ProjectQueriesService,
    private readonly enterprises: EnterpriseQueries,
    private readonly clock: Clock,
  ) {}

  async export(
    ctx: RequestContext,
    since: string,
    filter: PolicyQualifiedFilter | undefined,
    orderBy: PolicyQualifiedOrder | undefined,
  ): Promise<ExcelFile> {
    const rows = await this.matches.qualifiedExportRows(ctx, since, filter, orderBy);
    const items = await this.matches.itemLoader(ctx).loadMany([...new Set(rows.map((r) => r.itemId))]);
    const itemById = new Map(items.flatMap((i) => (i && !(i instanceof Error) ? [[i.id, i] as const] : [])));
    const projects = await this.projects
      .loader(ctx)
      .loadMany([...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))]);
    const projectById = new Map(projects.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p] as const] : [])));
    const enterprises = await this.enterprises
      .loader(ctx)
      .loadMany([
        ...new Set([...[...projectById.values()].map((p) => p.enterpriseId), ...rows.flatMap((r) => (r.enterpriseId ? [r.enterpriseId] : []))]),
      ]);
    const enterpriseName = new Map(
      enterprises.flatMap((e) => (e && !(e instanceof Error) ? [[e.id, e.name] as const] : [])),
    );

    const workbook = await exportWorkbook();
    const sheet = addTableSheet(workbook, '免申即享', [
      { header: '对象', key: 'subject', width: 8 },
      { header: '项目', key: 'project', width: 30 },
      { header: '企业', key: 'enterprise', width: 30 },
      { header: '政策条款', key: 'item', width: 30 },
      { header: '条款类别', key: 'kind', width: 14 },
      { header: '预计金额（万元）', key: 'amount', width: 16 },
      { header: '符合时间', key: 'qualifiedAt', width: 20 },
    ]);
    for (const row of rows) {
      const project = row.projectId ? projectById.get(row.projectId) : undefined;
      const enterpriseId = row.enterpriseId ?? project?.enterpriseId;
      const item = itemById.get(row.itemId);
      sheet.addRow({
        // 项目: a project's match; 企业: the enterprise's own, with no project.
        subject: POLICY_SUBJECT_LABELS[subjectOf(row)].zh,
        project: project?.name ?? null,
        enterprise: enterpriseId ? (enterpriseName.get(enterpriseId) ?? null) : null,
        item: item?.name ?? null,
        kind: item ? POLICY_ITEM_KIND_LABELS[item.kind].zh : null,
        amount: row.amount ?? '以核定为准',
        qualifiedAt: row.qualifiedAt,
      });
    }
    return exportFile(workbook, '免申即享导出', this.clock.now());
  }
}
