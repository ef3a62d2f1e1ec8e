import { Injectable } from '@nestjs/common';
import { FUND_KIND_LABELS, FUND_STATUS_LABELS, REINVESTMENT_BASIS_LABELS } from '@lianzhao/domain';
import {
  addTableSheet,
  DATE_COLUMN_STYLE,
  exportFile,
  exportWorkbook,
  Clock,
  type ExcelFile,
  type RequestContext,
} from '@lianzhao/api-core';
import { ReferenceService } from '@lianzhao/api-reference';
import { OrganizationsService } from '@lianzhao/api-users';
import type { FundFilter, FundOrder } from './dto/fund.inputs';
import { FundQueriesService } from './fund-queries.service';

/** 导出 Excel of the 基金 list: the screen's filter and order, amounts as exact decimal text. */
@Injectable()
export class FundExportService {
  constructor(
    private readonly queries: FundQueriesService,
    private readonly organizations: OrganizationsService,
    private readonly reference: ReferenceService,
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

    const workbook = exportWorkbook();
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
}
