import { Injectable } from '@nestjs/common';
import {
  FUND_KIND_LABELS,
  FUND_STATUS_LABELS,
  INVESTMENT_ROUND_LABELS,
  INVESTMENT_STAGE_LABELS,
  REINVESTMENT_BASIS_LABELS,
} from '@lianzhao/domain';
import {
  addTableSheet,
  DATE_COLUMN_STYLE,
  exportFile,
  exportWorkbook,
  Clock,
  type ExcelFile,
  type RequestContext,
} from '@lianzhao/api-core';
import { EnterpriseQueries } from '@lianzhao/api-enterprises';
import { ReferenceService } from '@lianzhao/api-reference';
import { OrganizationsService } from '@lianzhao/api-users';
import type { FundFilter, FundOrder } from './dto/fund.inputs';
import type { InvestmentFilter, InvestmentOrder } from './dto/investment.inputs';
import { FundQueriesService } from './fund-queries.service';

/** 导出 Excel of the 基金 and 基金投资 lists: the screen's filter and order, amounts as exact decimal text. */
@Injectable()
export class FundExportService {
  constructor(
    private readonly queries: FundQueriesService,
    private readonly organizations: OrganizationsService,
    private readonly reference: ReferenceService,
    private readonly enterprises: EnterpriseQueries,
    private readonly clock: Clock,
  ) {}

  async export(
    ctx: RequestContext,
    filter: FundFilter | undefined,
    orderBy: FundOrder | undefined,
  ): Promise<ExcelFile> {
    const funds = await this.queries.fundExportRows(ctx, filter, orderBy);
    const managers = await this.organizations
      .loader(ctx)
      .loadMany([...new Set(funds.map((f) => f.managerOrganizationId))]);
    const managerNames = new Map(
      managers.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o.name] as const] : [])),
    );
    const industries = await this.reference.industries(ctx);
    const segmentNames = new Map(industries.flatMap((i) => i.segments.map((s) => [s.code, s.name] as const)));

    const workbook = await exportWorkbook();
    const sheet = addTableSheet(workbook, '基金', [
      { header: '基金名称', key: 'name', width: 30 },
      { header: '基金类型', key: 'kind', width: 14 },
      { header: '基金管理人', key: 'manager', width: 30 },
      { header: '基金规模（万元）', key: 'size', width: 16 },
      { header: '政府出资（万元）', key: 'governmentContribution', width: 16 },
      { header: '成立日期', key: 'vintageDate', width: 12, style: DATE_COLUMN_STYLE },
      { header: '存续期（年）', key: 'termYears', width: 10 },
      { header: '状态', key: 'status', width: 10 },
      { header: '返投倍数', key: 'multiple', width: 10 },
      { header: '返投基数', key: 'basis', width: 14 },
      { header: '重点投资赛道', key: 'segments', width: 30 },
    ]);
    for (const fund of funds) {
      sheet.addRow({
        name: fund.name,
        kind: FUND_KIND_LABELS[fund.kind].zh,
        manager: managerNames.get(fund.managerOrganizationId) ?? null,
        size: fund.size,
        governmentContribution: fund.governmentContribution,
        vintageDate: new Date(`${fund.vintageDate}T00:00:00Z`),
        termYears: fund.termYears,
        status: FUND_STATUS_LABELS[fund.status].zh,
        multiple: fund.multiple,
        basis: REINVESTMENT_BASIS_LABELS[fund.basis].zh,
        segments: fund.focusSegmentCodes.map((code) => segmentNames.get(code) ?? code).join('、'),
      });
    }
    return exportFile(workbook, '基金导出', this.clock.now());
  }

  /** The cross-fund 基金投资 list as the caller sees it (a fund manager: its own funds' only). */
  async exportInvestments(
    ctx: RequestContext,
    filter: InvestmentFilter | undefined,
    orderBy: InvestmentOrder | undefined,
  ): Promise<ExcelFile> {
    const rows = await this.queries.investmentExportRows(ctx, filter, orderBy);
    const fundIds = [...new Set(rows.map((r) => r.fundId))];
    const funds = fundIds.length
      ? await this.queries.scopedFunds(ctx).andWhere('f.id IN (:...fundIds)', { fundIds }).getMany()
      : [];
    const fundNames = new Map(funds.map((f) => [f.id, f.name] as const));
    const enterprises = await this.enterprises.loader(ctx).loadMany([...new Set(rows.map((r) => r.enterpriseId))]);
    const enterpriseNames = new Map(
      enterprises.flatMap((e) => (e && !(e instanceof Error) ? [[e.id, e.name] as const] : [])),
    );
    const workbook = await exportWorkbook();
    const sheet = addTableSheet(workbook, '基金投资', [
      { header: '基金', key: 'fund', width: 30 },
      { header: '被投企业', key: 'enterprise', width: 32 },
      { header: '投资日期', key: 'investedOn', width: 12, style: DATE_COLUMN_STYLE },
      { header: '轮次', key: 'round', width: 10 },
      { header: '阶段', key: 'stage', width: 10 },
      { header: '投资金额（万元）', key: 'amount', width: 16 },
      { header: '其中投向本区（万元）', key: 'localAmount', width: 18 },
    ]);
    for (const r of rows) {
      sheet.addRow({
        fund: fundNames.get(r.fundId) ?? null,
        enterprise: enterpriseNames.get(r.enterpriseId) ?? null,
        investedOn: new Date(`${r.investedOn}T00:00:00Z`),
        round: INVESTMENT_ROUND_LABELS[r.round].zh,
        stage: INVESTMENT_STAGE_LABELS[r.stage].zh,
        amount: r.amount,
        localAmount: r.localAmount,
      });
    }
    return exportFile(workbook, '基金投资导出', this.clock.now());
  }
}
