import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { FUND_KIND_LABELS, FUND_STATUS_LABELS, REINVESTMENT_BASIS_LABELS } from '@lianzhao/domain';
import { Clock, type ExcelFile, type RequestContext } from '@lianzhao/api-core';
import { ReferenceService } from '@lianzhao/api-reference';
import { OrganizationsService } from '@lianzhao/api-users';
import type { FundFilter, FundOrder } from './dto/fund.inputs';
import { FundQueriesService } from './fund-queries.service';

const SHANGHAI_STAMP = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

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

    const workbook = new ExcelJS.Workbook();
    workbook.creator = '链招';
    const sheet = workbook.addWorksheet('基金');
    sheet.columns = [
      { header: '基金名称', key: 'name', width: 30 },
      { header: '基金类型', key: 'kind', width: 14 },
      { header: '基金管理人', key: 'manager', width: 30 },
      { header: '基金规模（万元）', key: 'size', width: 16 },
      { header: '政府出资（万元）', key: 'governmentContribution', width: 16 },
      { header: '成立日期', key: 'vintageDate', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
      { header: '存续期（年）', key: 'termYears', width: 10 },
      { header: '状态', key: 'status', width: 10 },
      { header: '返投倍数', key: 'multiple', width: 10 },
      { header: '返投基数', key: 'basis', width: 14 },
      { header: '重点投资赛道', key: 'segments', width: 30 },
    ];
    sheet.getRow(1).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    });
    sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
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
    const stamp = SHANGHAI_STAMP.format(this.clock.now()).replace(/\D/g, '');
    return {
      filename: `基金导出-${stamp.slice(0, 8)}-${stamp.slice(8, 12)}.xlsx`,
      contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    };
  }
}
