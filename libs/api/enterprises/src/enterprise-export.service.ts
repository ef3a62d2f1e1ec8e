import { Injectable } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  addTableSheet,
  Allow,
  Clock,
  Ctx,
  ExcelFile,
  exportFile,
  exportWorkbook,
  ListQuery,
  RequestContext,
} from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { ReferenceService } from '@lianzhao/api-reference';
import { EnterpriseFilter } from './dto/enterprise.inputs';
import type { Enterprise } from './enterprise.entity';
import { ENTERPRISE_LIST } from './enterprise-list';

/** 导出 Excel of 企业库: the screen's filter and order, names for codes, amounts as exact text. */
@Injectable()
export class EnterpriseExportService {
  private readonly list: ListQuery<Enterprise, EnterpriseFilter, 'CREATED_AT'>;

  constructor(
    connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {
    this.list = new ListQuery(ENTERPRISE_LIST, connection, clock);
  }

  async export(ctx: RequestContext, filter: EnterpriseFilter | undefined): Promise<ExcelFile> {
    const rows = await this.list.exportRows(ctx, { filter });
    const industries = await this.reference.industries(ctx);
    const industryNames = new Map(industries.map((i) => [i.code, i.name] as const));
    const segmentNames = new Map(industries.flatMap((i) => i.segments.map((s) => [s.code, s.name] as const)));
    const tagNames = new Map((await this.reference.tags(ctx)).map((t) => [t.code, t.name] as const));
    const workbook = await exportWorkbook();
    const sheet = addTableSheet(workbook, '企业', [
      { header: '企业名称', key: 'name', width: 32 },
      { header: '统一社会信用代码', key: 'creditCode', width: 22 },
      { header: '产业', key: 'industry', width: 16 },
      { header: '细分赛道', key: 'segment', width: 18 },
      { header: '标签', key: 'tags', width: 24 },
      { header: '总部所在地', key: 'headquartersCity', width: 12 },
      { header: '注册资本（万元）', key: 'registeredCapital', width: 16 },
      { header: '法定代表人', key: 'legalRepresentative', width: 12 },
      { header: '地址', key: 'address', width: 36 },
    ]);
    for (const e of rows) {
      sheet.addRow({
        name: e.name,
        creditCode: e.creditCode,
        industry: e.industryCode ? (industryNames.get(e.industryCode) ?? e.industryCode) : null,
        segment: e.segmentCode ? (segmentNames.get(e.segmentCode) ?? e.segmentCode) : null,
        tags: e.tagCodes.map((code) => tagNames.get(code) ?? code).join('、'),
        headquartersCity: e.headquartersCity,
        registeredCapital: e.registeredCapital,
        legalRepresentative: e.legalRepresentative,
        address: e.address,
      });
    }
    return exportFile(workbook, '企业导出', this.clock.now());
  }
}

@Resolver()
export class EnterpriseExportResolver {
  constructor(private readonly exports: EnterpriseExportService) {}

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => ExcelFile, { description: '按当前筛选导出企业库（.xlsx），最多 50,000 家' })
  enterprisesExport(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => EnterpriseFilter, nullable: true }) filter?: EnterpriseFilter,
  ): Promise<ExcelFile> {
    return this.exports.export(ctx, filter);
  }
}
