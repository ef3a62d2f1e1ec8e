import { Injectable } from '@nestjs/common';
import {
  CHANNELS,
  CHANNEL_LABELS,
  computeCreditCodeCheckChar,
  LEAD_GRADES,
  LEAD_STAGE_LABELS,
  ORGANIZATION_KIND_LABELS,
  PARTNER_CHANNELS,
} from '@lianzhao/domain';
import { Clock, RequestContext, type ExcelFile } from '@lianzhao/api-core';
import { EnterpriseQueries, type Enterprise } from '@lianzhao/api-enterprises';
import { LeadsService, type LeadFilter, type LeadOrder } from '@lianzhao/api-leads';
import { ReferenceService } from '@lianzhao/api-reference';
import { OrganizationsService, UsersService } from '@lianzhao/api-users';
import { EXAMPLE_MARK } from './lead-columns';
import { newLeadTags } from './lead-rows';
import { buildExport, buildTemplate, type ExportRow, type TemplateReference } from './lead-workbooks';

/** Companies fetched per query while exporting, so no statement carries tens of thousands of ids. */
const ENTERPRISE_BATCH = 1000;

const SHANGHAI_STAMP = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A made-up but valid code for the example row, so the example passes the check it illustrates. */
const EXAMPLE_CREDIT_CODE_BODY = '91310120MA1JW7N5X';
const EXAMPLE_CREDIT_CODE = EXAMPLE_CREDIT_CODE_BODY + computeCreditCodeCheckChar(EXAMPLE_CREDIT_CODE_BODY);

/** A stored `YYYY-MM-DD` as a real Excel date, so officers can sort and filter by it. */
function excelDate(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/** The workbooks officers download: the import template and exports of the lead list. */
@Injectable()
export class LeadSheetsService {
  constructor(
    private readonly enterprises: EnterpriseQueries,
    private readonly leads: LeadsService,
    private readonly reference: ReferenceService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly clock: Clock,
  ) {}

  async template(ctx: RequestContext): Promise<ExcelFile> {
    const industries = await this.reference.industries(ctx);
    // Retired entries are not offered for new leads, so the template's reference sheet leaves them out.
    const places = (await this.reference.places(ctx)).filter((place) => !place.retired);
    const organizations = await this.organizations.all(ctx, { activeOnly: true });
    const tags = newLeadTags(await this.reference.tags(ctx));
    const segments = industries.flatMap((industry) =>
      industry.segments.filter((segment) => !segment.retired).map((segment) => ({
        industryName: industry.name,
        name: segment.name,
        code: segment.code,
      })),
    );
    const exampleSegment = segments.find((s) => s.name === '新型储能') ?? segments[0];
    const exampleTown = places.find((p) => p.name === '南桥镇') ?? places[0];
    const nextYear = Number(this.clock.today().slice(0, 4)) + 1;
    const reference: TemplateReference = {
      segments,
      channels: CHANNELS.map((code) => ({
        label: CHANNEL_LABELS[code].zh,
        code,
        needsSource: PARTNER_CHANNELS.includes(code),
      })),
      places: places.map((p) => ({ name: p.name, code: p.code })),
      organizations: organizations.map((o) => ({
        name: o.name,
        kindLabel: ORGANIZATION_KIND_LABELS[o.kind].zh,
      })),
      grades: LEAD_GRADES,
      tags: tags.map((t) => ({ name: t.name, code: t.code })),
      example: {
        enterpriseName: `${EXAMPLE_MARK}上海奉贤储能科技有限公司`,
        creditCode: EXAMPLE_CREDIT_CODE,
        legalRepresentative: '张三',
        registeredCapital: '10000',
        foundedOn: new Date(Date.UTC(2018, 2, 15)),
        headquartersCity: '上海',
        address: '上海市奉贤区南桥镇示例路 1 号',
        website: 'https://www.example.com',
        projectName: '储能电池系统生产基地',
        segment: exampleSegment?.name ?? null,
        channel: CHANNEL_LABELS.SELF.zh,
        sourceOrganization: null,
        town: exampleTown?.name ?? null,
        plannedInvestment: '50000',
        expectedOutput: '120000',
        landNeed: '30',
        spaceNeed: null,
        expectedSigningOn: new Date(Date.UTC(nextYear, 5, 30)),
        grade: 'A',
        tags: tags[0]?.name ?? null,
        notes: '示例行：企业名称以【示例】开头的行不会导入，可保留或删除',
      },
    };
    return { filename: '线索导入模板.xlsx', contentBase64: await buildTemplate(reference) };
  }

  /** The list as filtered and sorted on screen, every matching row up to the cap, in the template's columns. */
  async export(
    ctx: RequestContext,
    filter: LeadFilter | undefined,
    orderBy: LeadOrder | undefined,
  ): Promise<ExcelFile> {
    const leads = await this.leads.exportRows(ctx, filter, orderBy);

    const enterpriseIds = [...new Set(leads.map((l) => l.enterpriseId))];
    const enterprises = new Map<string, Enterprise>();
    const enterpriseLoader = this.enterprises.loader(ctx);
    for (let start = 0; start < enterpriseIds.length; start += ENTERPRISE_BATCH) {
      const batch = await enterpriseLoader.loadMany(enterpriseIds.slice(start, start + ENTERPRISE_BATCH));
      for (const enterprise of batch)
        if (enterprise && !(enterprise instanceof Error)) enterprises.set(enterprise.id, enterprise);
    }
    const owners = await this.users.loader(ctx).loadMany([...new Set(leads.map((l) => l.ownerId))]);
    const ownerNames = new Map(
      owners.flatMap((u) => (u && !(u instanceof Error) ? [[u.id, u.displayName] as const] : [])),
    );
    const sourceIds = [
      ...new Set(leads.flatMap((l) => (l.sourceOrganizationId ? [l.sourceOrganizationId] : []))),
    ];
    const sources = await this.organizations.loader(ctx).loadMany(sourceIds);
    const sourceNames = new Map(
      sources.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o.name] as const] : [])),
    );
    const segmentNames = new Map(
      (await this.reference.industries(ctx)).flatMap((i) => i.segments.map((s) => [s.code, s.name] as const)),
    );
    const placeNames = new Map((await this.reference.places(ctx)).map((p) => [p.code, p.name] as const));
    // Every tag, retired ones too: a lead keeps a tag after it is retired, and the export shows it.
    const tagNames = new Map((await this.reference.tags(ctx)).map((t) => [t.code, t.name] as const));

    const rows: ExportRow[] = leads.map((lead) => {
      const enterprise = enterprises.get(lead.enterpriseId);
      return {
        enterpriseName: enterprise?.name ?? null,
        creditCode: enterprise?.creditCode ?? null,
        legalRepresentative: enterprise?.legalRepresentative ?? null,
        registeredCapital: enterprise?.registeredCapital ?? null,
        foundedOn: excelDate(enterprise?.foundedOn ?? null),
        headquartersCity: enterprise?.headquartersCity ?? null,
        address: enterprise?.address ?? null,
        website: enterprise?.website ?? null,
        projectName: lead.projectName,
        segment: segmentNames.get(lead.segmentCode) ?? lead.segmentCode,
        channel: CHANNEL_LABELS[lead.channel].zh,
        sourceOrganization: lead.sourceOrganizationId
          ? (sourceNames.get(lead.sourceOrganizationId) ?? null)
          : null,
        town: lead.townCode ? (placeNames.get(lead.townCode) ?? lead.townCode) : null,
        plannedInvestment: lead.plannedInvestment,
        expectedOutput: lead.expectedOutput,
        landNeed: lead.landNeed,
        spaceNeed: lead.spaceNeed,
        expectedSigningOn: excelDate(lead.expectedSigningOn),
        grade: lead.grade,
        // The separator the import splits on, so the file imports again with the same tags.
        tags: lead.tagCodes.map((code) => tagNames.get(code) ?? code).join('、') || null,
        notes: lead.notes,
        stage: LEAD_STAGE_LABELS[lead.stage].zh,
        owner: ownerNames.get(lead.ownerId) ?? null,
      };
    });
    const stamp = SHANGHAI_STAMP.format(this.clock.now()).replace(/\D/g, '');
    return {
      filename: `线索导出-${stamp.slice(0, 8)}-${stamp.slice(8, 12)}.xlsx`,
      contentBase64: await buildExport(rows),
    };
  }
}
