import { Injectable } from '@nestjs/common';
import {
  INVESTMENT_ROUND_LABELS,
  INVESTMENT_STAGE_LABELS,
  REINVESTMENT_BASIS_LABELS,
  REINVESTMENT_LINE_KIND_LABELS,
  REINVESTMENT_LINE_STATUS_LABELS,
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
import { EnterpriseQueries } from '@lianzhao/api-enterprises';
import { ProjectsService } from '@lianzhao/api-projects';
import { FundQueriesService } from './fund-queries.service';
import { ReinvestmentService } from './reinvestment.service';

/**
 * 返投台账 as .xlsx: every counted or pending line of one fund (which rule, from when, how much)
 * and its figures on a second sheet. Amounts stay exact decimal text, as in every export here.
 */
@Injectable()
export class ReinvestmentExportService {
  constructor(
    private readonly queries: FundQueriesService,
    private readonly reinvestment: ReinvestmentService,
    private readonly enterprises: EnterpriseQueries,
    private readonly projects: ProjectsService,
    private readonly clock: Clock,
  ) {}

  async export(ctx: RequestContext, fundId: string): Promise<ExcelFile> {
    // NOT_FOUND for a fund the caller may not read (another manager's, for a partner).
    const fund = await this.queries.get(ctx, fundId);
    const [lines, progress, investments] = await Promise.all([
      this.reinvestment.ledger(ctx, fund.id),
      this.reinvestment.progress(ctx, fund),
      this.queries.investmentsBy(ctx, 'fund_id', fund.id),
    ]);
    const enterpriseNames = new Map(
      (
        await this.enterprises.byIds(
          ctx,
          lines.map((l) => l.enterpriseId),
        )
      ).map((e) => [e.id, e.name] as const),
    );
    const projects = await this.projects
      .loader(ctx)
      .loadMany([...new Set(lines.flatMap((l) => (l.projectId ? [l.projectId] : [])))]);
    const projectNames = new Map(
      projects.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p.name] as const] : [])),
    );
    const investmentById = new Map(investments.map((i) => [i.id, i]));

    const workbook = await exportWorkbook();
    const sheet = addTableSheet(workbook, '返投台账', [
      { header: '企业', key: 'enterprise', width: 30 },
      { header: '认定方式', key: 'kind', width: 26 },
      { header: '状态', key: 'status', width: 10 },
      { header: '认定起始日', key: 'countedFrom', width: 12, style: DATE_COLUMN_STYLE },
      { header: '基数（万元）', key: 'baseAmount', width: 14 },
      { header: '系数', key: 'coefficient', width: 8 },
      { header: '计入金额（万元）', key: 'amount', width: 16 },
      { header: '投资日期', key: 'investedOn', width: 12, style: DATE_COLUMN_STYLE },
      { header: '投资轮次', key: 'round', width: 10 },
      { header: '投资阶段', key: 'stage', width: 10 },
      { header: '投资金额（万元）', key: 'investedAmount', width: 16 },
      { header: '跟踪项目', key: 'project', width: 28 },
    ]);
    for (const line of lines) {
      const investment = line.investmentId ? investmentById.get(line.investmentId) : undefined;
      sheet.addRow({
        enterprise: enterpriseNames.get(line.enterpriseId) ?? null,
        kind: REINVESTMENT_LINE_KIND_LABELS[line.kind].zh,
        status: REINVESTMENT_LINE_STATUS_LABELS[line.status].zh,
        countedFrom: excelDate(line.countedFrom),
        baseAmount: line.baseAmount,
        coefficient: line.coefficient,
        amount: line.amount,
        investedOn: excelDate(investment?.investedOn),
        round: investment ? INVESTMENT_ROUND_LABELS[investment.round].zh : null,
        stage: investment ? INVESTMENT_STAGE_LABELS[investment.stage].zh : null,
        investedAmount: investment?.amount ?? null,
        project: line.projectId ? (projectNames.get(line.projectId) ?? null) : null,
      });
    }

    const summary = addTableSheet(
      workbook,
      '返投进度',
      [
        { header: '项目', key: 'label', width: 24 },
        { header: '数值', key: 'value', width: 24 },
      ],
      0,
    );
    const rows: [string, string | null][] = [
      ['基金', fund.name],
      ['返投倍数', fund.multiple],
      ['返投基数', REINVESTMENT_BASIS_LABELS[fund.basis].zh],
      ['返投任务（万元）', progress.obligation],
      ['已认定（万元）', progress.counted],
      ['待落地（万元）', progress.pending],
      ['储备（万元）', progress.pipeline],
      ['缺口（万元）', progress.gap],
      ['完成率', progress.ratio],
      ['计算日期', this.clock.today()],
    ];
    for (const [label, value] of rows) summary.addRow({ label, value });

    return exportFile(workbook, `返投台账-${fund.name}`, this.clock.now());
  }
}
