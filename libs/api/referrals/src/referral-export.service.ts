import { Injectable } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { REFERRAL_STATUS_LABELS } from '@lianzhao/domain';
import {
  addTableSheet,
  ALL_ROLES,
  Allow,
  Clock,
  Ctx,
  DATE_COLUMN_STYLE,
  excelDate,
  ExcelFile,
  exportFile,
  exportWorkbook,
  RequestContext,
} from '@lianzhao/api-core';
import { OrganizationsService } from '@lianzhao/api-users';
import { ReferralFilter } from './dto/referral.inputs';
import { ReferralQueriesService } from './referral-queries.service';
import { ReferralsService } from './referrals.service';

/** 导出 Excel of 报备审核 and 我的报备: the screen's filter, under the caller's scope, amounts as exact text. */
@Injectable()
export class ReferralExportService {
  constructor(
    private readonly queries: ReferralQueriesService,
    private readonly referrals: ReferralsService,
    private readonly organizations: OrganizationsService,
    private readonly clock: Clock,
  ) {}

  async export(ctx: RequestContext, filter: ReferralFilter | undefined): Promise<ExcelFile> {
    const rows = await this.queries.exportRows(ctx, filter);
    const statuses = await Promise.all(rows.map((r) => this.referrals.effectiveStatus(ctx, r)));
    const organizations = await this.organizations
      .loader(ctx)
      .loadMany([...new Set(rows.map((r) => r.organizationId))]);
    const names = new Map(
      organizations.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o.name] as const] : [])),
    );
    const workbook = await exportWorkbook();
    const sheet = addTableSheet(workbook, '报备', [
      { header: '企业名称', key: 'companyName', width: 32 },
      { header: '统一社会信用代码', key: 'creditCode', width: 22 },
      { header: '报备机构', key: 'organization', width: 28 },
      { header: '状态', key: 'status', width: 10 },
      { header: '意向投资（万元）', key: 'plannedInvestment', width: 16 },
      { header: '联系人', key: 'contactName', width: 12 },
      { header: '联系电话', key: 'contactPhone', width: 16 },
      { header: '报备时间', key: 'createdAt', width: 12, style: DATE_COLUMN_STYLE },
      { header: '保护期至', key: 'protectedUntil', width: 12, style: DATE_COLUMN_STYLE },
      { header: '处理说明', key: 'decisionReason', width: 30 },
    ]);
    rows.forEach((referral, i) =>
      sheet.addRow({
        companyName: referral.companyName,
        creditCode: referral.creditCode,
        organization: names.get(referral.organizationId) ?? null,
        status: REFERRAL_STATUS_LABELS[statuses[i]].zh,
        plannedInvestment: referral.plannedInvestment,
        contactName: referral.contactName,
        contactPhone: referral.contactPhone,
        createdAt: shanghaiDay(referral.createdAt),
        protectedUntil: excelDate(referral.protectedUntil),
        decisionReason: referral.decisionReason,
      }),
    );
    return exportFile(workbook, '报备导出', this.clock.now());
  }
}

/** The Shanghai calendar day of a moment, as an Excel date (Shanghai keeps UTC+8 all year). */
function shanghaiDay(at: Date): Date {
  return excelDate(new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10)) as Date;
}

@Resolver()
export class ReferralExportResolver {
  constructor(private readonly exports: ReferralExportService) {}

  // A partner exports its own organisation's referrals (我的报备): the list's scope applies.
  @Allow(...ALL_ROLES)
  @Query(() => ExcelFile, {
    description: '按当前筛选导出报备（.xlsx）；合作机构只导出本机构的报备，最多 20,000 条',
  })
  referralsExport(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => ReferralFilter, nullable: true }) filter?: ReferralFilter,
  ): Promise<ExcelFile> {
    return this.exports.export(ctx, filter);
  }
}
