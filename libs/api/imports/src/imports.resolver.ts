import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ExcelFile, RequestContext } from '@lianzhao/api-core';
import { ImportLeadsInput, LeadExportArgs, LeadImportResult } from './dto/import.types';
import { ImportsService } from './imports.service';
import { LeadSheetsService } from './lead-sheets.service';

@Resolver()
export class ImportsResolver {
  constructor(
    private readonly imports: ImportsService,
    private readonly sheets: LeadSheetsService,
  ) {}

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
