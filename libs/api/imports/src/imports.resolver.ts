import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ExcelFile, RequestContext, type ConnectionShape } from '@lianzhao/api-core';
import { ImportLeadsInput, LeadExportArgs, LeadImportResult } from './dto/import.types';
import { LeadImportConnection, LeadImportListArgs, StartLeadImportInput } from './dto/lead-import-history.types';
import { ImportJobsService } from './import-jobs.service';
import { ImportsService } from './imports.service';
import { LeadImport } from './lead-import.entity';
import { LeadSheetsService } from './lead-sheets.service';

@Resolver()
export class ImportsResolver {
  constructor(
    private readonly imports: ImportsService,
    private readonly sheets: LeadSheetsService,
    private readonly jobs: ImportJobsService,
  ) {}

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => LeadImport, {
    description: '开始导入（大文件在后台进行）：立即返回导入记录，用 leadImport 查询进度与结果；规则同 importLeads',
  })
  startLeadImport(@Ctx() ctx: RequestContext, @Args('input') input: StartLeadImportInput): Promise<LeadImport> {
    return this.jobs.start(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Query(() => LeadImport, { description: '一次导入：进度（进行中）或结果' })
  leadImport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<LeadImport> {
    return this.jobs.get(ctx, id);
  }

  @Allow('ADMIN', 'OFFICER')
  @Query(() => LeadImportConnection, { description: '导入记录（专员只见自己的），最新的在前' })
  leadImports(@Ctx() ctx: RequestContext, @Args() args: LeadImportListArgs): Promise<ConnectionShape<LeadImport>> {
    return this.jobs.page(ctx, args);
  }

  @Allow('ADMIN', 'OFFICER')
  @Query(() => ExcelFile, { description: '一次未通过校验的导入的问题清单（.xlsx）' })
  leadImportErrorReport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ExcelFile> {
    return this.jobs.errorReport(ctx, id);
  }

  @Allow('ADMIN', 'OFFICER')
  @Query(() => ExcelFile, { description: '线索导入模板（.xlsx）：表头、示例行和“参考数据”表' })
  leadImportTemplate(@Ctx() ctx: RequestContext): Promise<ExcelFile> {
    return this.sheets.template(ctx);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => LeadImportResult, {
    description:
      '从 Excel 导入企业与线索：逐行校验，全部通过才在一个事务中整体导入，否则不写入并返回问题清单；重复导入不会产生重复数据',
  })
  importLeads(@Ctx() ctx: RequestContext, @Args('input') input: ImportLeadsInput): Promise<LeadImportResult> {
    return this.imports.importLeads(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => ExcelFile, {
    description: '按当前筛选与排序导出线索（.xlsx，列与导入模板相同，另含阶段和负责人），最多 50,000 条',
  })
  exportLeads(@Ctx() ctx: RequestContext, @Args() args: LeadExportArgs): Promise<ExcelFile> {
    return this.sheets.export(ctx, args.filter, args.orderBy);
  }
}
