import { Injectable } from '@nestjs/common';
import { compareDecimals, OPEN_STAGES } from '@lianzhao/domain';
import { GraphQLError } from 'graphql';
import { badField, badInput, RequestContext, type FieldError } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { EnterpriseQueries, type Enterprise } from '@lianzhao/api-enterprises';
import { LeadsService, type Lead } from '@lianzhao/api-leads';
import { ProjectsService, type Project } from '@lianzhao/api-projects';
import type { Fund } from './fund.entity';
import { INVESTMENT, Investment } from './investment.entity';
import { FundQueriesService } from './fund-queries.service';
import type {
  CreateFundLeadInput,
  RecordInvestmentInput,
  UpdateInvestmentInput,
} from './dto/investment.inputs';

const AUDITED: readonly (keyof Investment)[] = [
  'fundId',
  'enterpriseId',
  'amount',
  'investedOn',
  'round',
  'stage',
  'leadId',
  'projectId',
  'localAmount',
];

/** The lead, project and local amount of an investment, as they will be after the write. */
interface Links {
  leadId: string | null;
  projectId: string | null;
  localAmount: string | null;
  amount: string;
}

/**
 * 基金投资: recording and editing a fund's investments. The lead or project tracks where the
 * company lands; a project of another enterprise is the invested company's local subsidiary or
 * project company (返投 rule 2), which needs the amount that went into it.
 */
@Injectable()
export class InvestmentsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly queries: FundQueriesService,
    private readonly enterprises: EnterpriseQueries,
    private readonly leads: LeadsService,
    private readonly projects: ProjectsService,
  ) {}

  async record(ctx: RequestContext, input: RecordInvestmentInput): Promise<Investment> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const fund = await this.queries.fundLoader(tx).load(input.fundId);
      if (!fund) throw badField('fundId', '所选基金不存在');
      const enterprise = await this.enterprises.find(tx, input.enterpriseId);
      if (!enterprise) throw badField('enterpriseId', '所选企业不存在');
      let leadId = input.leadId ?? null;
      if (input.createLead) {
        if (leadId) throw badField('createLead', '已选择线索，无需新建');
        leadId = (await this.createLead(tx, fund, enterprise, input.createLead)).id;
      }
      const links = await this.checkLinks(tx, enterprise.id, {
        leadId,
        projectId: input.projectId ?? null,
        localAmount: input.localAmount ?? null,
        amount: input.amount,
      });
      const repo = this.connection.getRepository(tx, Investment);
      const saved = await repo.save(
        repo.create({
          fundId: fund.id,
          enterpriseId: enterprise.id,
          amount: input.amount,
          investedOn: input.date,
          round: input.round,
          stage: input.stage,
          leadId: links.leadId,
          projectId: links.projectId,
          localAmount: links.localAmount,
          createdById: tx.user && tx.user.id !== 'system' ? tx.user.id : null,
        }),
      );
      const after = await this.queries.getInvestment(tx, saved.id);
      await this.audit.record(tx, {
        entityType: INVESTMENT,
        entityId: after.id,
        action: 'CREATE',
        changes: diffFields(null, { ...after }, AUDITED),
      });
      return after;
    });
  }

  async update(ctx: RequestContext, input: UpdateInvestmentInput): Promise<Investment> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.queries.getInvestment(tx, input.id);
      const links = await this.checkLinks(tx, before.enterpriseId, {
        leadId: input.leadId !== undefined ? input.leadId : before.leadId,
        projectId: input.projectId !== undefined ? input.projectId : before.projectId,
        localAmount: input.localAmount !== undefined ? input.localAmount : before.localAmount,
        amount: input.amount ?? before.amount,
      });
      const changes: Partial<Investment> = { ...links };
      if (input.date !== undefined) changes.investedOn = input.date;
      if (input.round !== undefined) changes.round = input.round;
      if (input.stage !== undefined) changes.stage = input.stage;
      await this.connection.updateVersioned(tx, Investment, before.id, input.version, changes);
      const after = await this.queries.getInvestment(tx, before.id);
      await this.audit.record(tx, {
        entityType: INVESTMENT,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, AUDITED),
      });
      return after;
    });
  }

  /**
   * The lead and project must concern the invested enterprise, or (rule 2) the project may be
   * another enterprise's, its local subsidiary or project company, and then the local amount is
   * required (and only then allowed). A lead of that subsidiary may go with its project, or stand
   * for it until it signs. Without a project, the lead's project (once signed) is taken.
   */
  private async checkLinks(ctx: RequestContext, enterpriseId: string, links: Links): Promise<Links> {
    const lead = links.leadId ? await this.findLead(ctx, links.leadId) : null;
    let project: Project | null = null;
    if (links.projectId) {
      project = await this.projects.loader(ctx).load(links.projectId);
      if (!project) throw badField('projectId', '所选项目不存在');
    } else if (lead) {
      project = await this.projects.projectOfLead(ctx, lead.id);
    }
    // The company that lands: the project's, else (not signed yet) the lead's.
    const landing = project?.enterpriseId ?? lead?.enterpriseId ?? enterpriseId;
    const subsidiary = landing !== enterpriseId;
    if (lead && lead.enterpriseId !== enterpriseId && lead.enterpriseId !== landing) {
      throw badField('leadId', '所选线索不属于该企业或其本地子公司/项目公司');
    }
    if (subsidiary && !links.localAmount) {
      throw badField('localAmount', '项目属于其他企业（本地子公司/项目公司）时，须填写投入该公司的金额');
    }
    if (!subsidiary && links.localAmount) {
      throw badField('localAmount', '仅当项目属于其他企业（本地子公司/项目公司）时填写本地投资额');
    }
    if (links.localAmount && compareDecimals(links.localAmount, links.amount) > 0) {
      throw badField('localAmount', '本地投资额不能超过投资金额');
    }
    return {
      leadId: lead?.id ?? project?.leadId ?? null,
      projectId: project?.id ?? null,
      localAmount: subsidiary ? links.localAmount : null,
      amount: links.amount,
    };
  }

  private async findLead(ctx: RequestContext, id: string): Promise<Lead> {
    const [lead] = await this.leads.byIds(ctx, [id]);
    if (!lead) throw badField('leadId', '所选线索不存在');
    return lead;
  }

  /** 资本招商: a FUND lead with the fund as its source, when the company has no open lead yet. */
  private async createLead(
    ctx: RequestContext,
    fund: Fund,
    enterprise: Enterprise,
    input: CreateFundLeadInput,
  ): Promise<Lead> {
    const open = (await this.leads.leadsOfEnterprise(ctx, enterprise.id)).find((l) =>
      OPEN_STAGES.includes(l.stage),
    );
    if (open) throw badField('createLead', `该企业已有进行中的线索“${open.projectName}”，请直接选择该线索`);
    try {
      return await this.leads.create(ctx, {
        enterpriseId: enterprise.id,
        projectName: `${enterprise.name}投资项目`.slice(0, 200),
        segmentCode: input.segmentCode,
        townCode: input.townCode ?? null,
        ownerId: input.ownerId ?? null,
        channel: 'FUND',
        sourceOrganizationId: fund.managerOrganizationId,
        fundId: fund.id,
      });
    } catch (error) {
      throw prefixLeadField(error);
    }
  }
}

/** A field error of the nested lead form names the nested field (`createLead.segmentCode`). */
function prefixLeadField(error: unknown): unknown {
  const fields = error instanceof GraphQLError ? error.extensions['fields'] : undefined;
  if (!Array.isArray(fields)) return error;
  return badInput((fields as FieldError[]).map((f) => ({ ...f, field: `createLead.${f.field}` })));
}
