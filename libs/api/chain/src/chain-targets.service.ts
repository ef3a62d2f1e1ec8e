import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { targetProgress, type LeadStage, type TargetProgress } from '@lianzhao/domain';
import { badField, badInput, conflict, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { CreateEnterpriseInput, EnterpriseQueries, EnterprisesService } from '@lianzhao/api-enterprises';
import { LeadsService, type Lead } from '@lianzhao/api-leads';
import { UsersService } from '@lianzhao/api-users';
import { ChainLinksService } from './chain-links.service';
import { ChainPlacement } from './chain-placement.entity';
import { CHAIN_TARGET, ChainTarget } from './chain-target.entity';
import { SupplyChainEntry } from './supply-chain-entry.entity';
import type { AddTargetInput, ConvertTargetInput } from './dto/chain.inputs';

const AUDITED: readonly (keyof ChainTarget)[] = [
  'linkId',
  'enterpriseId',
  'companyName',
  'priority',
  'ownerId',
  'channel',
  'sourceOrganizationId',
  'leadId',
];

/**
 * 招商目标清单: targets on links, and their conversion into leads. A target keeps the attribution
 * its lead will carry — 自主招商 by default, 链式招商 with the chain master as the source when it
 * comes from a chain master's supply chain — so converting it loses nothing.
 */
@Injectable()
export class ChainTargetsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly links: ChainLinksService,
    private readonly enterprises: EnterprisesService,
    private readonly enterpriseQueries: EnterpriseQueries,
    private readonly leads: LeadsService,
    private readonly users: UsersService,
  ) {}

  get(ctx: RequestContext, id: string): Promise<ChainTarget> {
    return this.connection.getById(ctx, ChainTarget, id, '招商目标');
  }

  async add(ctx: RequestContext, input: AddTargetInput): Promise<ChainTarget> {
    return this.connection.withTransaction(ctx, async (tx) => {
      await this.links.liveLink(tx, input.linkId);
      const entry = input.supplyChainEntryId
        ? await this.connection
            .getRepository(tx, SupplyChainEntry)
            .findOneBy({ id: input.supplyChainEntryId })
        : null;
      if (input.supplyChainEntryId && !entry) throw badField('supplyChainEntryId', '供应链条目不存在');
      let enterpriseId = input.enterpriseId ?? null;
      let companyName = input.companyName ?? entry?.companyName ?? null;
      if (enterpriseId) {
        const enterprise = await this.enterpriseQueries.find(tx, enterpriseId);
        if (!enterprise) throw badField('enterpriseId', '所选企业不存在');
        companyName = enterprise.name;
      } else if (companyName) {
        // A company already in the register is that enterprise, not a second record of it.
        enterpriseId =
          (await this.enterprises.findDuplicate(tx, companyName, entry?.creditCode ?? null))?.id ?? null;
      } else {
        throw badInput([{ field: 'companyName', message: '请从企业库选择企业或输入企业名称' }]);
      }
      if (enterpriseId) await this.assertNotTargeted(tx, input.linkId, enterpriseId, companyName);
      const ownerId = input.ownerId ?? (tx.user && tx.user.id !== 'system' ? tx.user.id : null);
      if (!ownerId) throw badField('ownerId', '请选择负责人');
      const owner = await this.users.loader(tx).load(ownerId);
      if (!owner || owner.role === 'PARTNER' || owner.role === 'LEADER')
        throw badField('ownerId', '负责人须为招商专员或管理员');
      const repo = this.connection.getRepository(tx, ChainTarget);
      const saved = await repo.save(
        repo.create({
          linkId: input.linkId,
          enterpriseId,
          companyName,
          priority: input.priority,
          ownerId,
          channel: entry ? 'CHAIN' : 'SELF',
          sourceOrganizationId: entry?.organizationId ?? null,
          supplyChainEntryId: entry?.id ?? null,
          notes: input.notes ?? null,
        }),
      );
      await this.audit.record(tx, {
        entityType: CHAIN_TARGET,
        entityId: saved.id,
        action: 'CREATE',
        changes: diffFields(null, { ...saved }, AUDITED),
      });
      return this.get(tx, saved.id);
    });
  }

  /**
   * Target → lead in one transaction: the enterprise (made from the name when the register has
   * none), the lead with the target's attribution and the link's segment, the lead placed on the
   * target's link, and the target pointing at its lead.
   */
  async convert(ctx: RequestContext, input: ConvertTargetInput): Promise<ChainTarget> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const target = await this.get(tx, input.id);
      if (target.leadId) throw conflict('该招商目标已转为线索');
      const link = await this.links.liveLink(tx, target.linkId, 'id');
      let enterpriseId = target.enterpriseId;
      if (!enterpriseId) {
        const existing = await this.enterprises.findDuplicate(tx, target.companyName, null);
        enterpriseId =
          existing?.id ??
          (
            await this.enterprises.create(
              tx,
              Object.assign(new CreateEnterpriseInput(), {
                name: target.companyName,
                segmentCode: link.segmentCode,
              }),
            )
          ).id;
      }
      const lead: Lead = await this.leads.create(tx, {
        enterpriseId,
        projectName: input.projectName || `${target.companyName}项目`.slice(0, 200),
        segmentCode: link.segmentCode,
        channel: target.channel,
        sourceOrganizationId: target.sourceOrganizationId,
        ownerId: target.ownerId,
        townCode: null,
      });
      await this.connection
        .getRepository(tx, ChainPlacement)
        .createQueryBuilder()
        .insert()
        .values({
          linkId: link.id,
          entityType: 'LEAD',
          entityId: lead.id,
          createdById: tx.user && tx.user.id !== 'system' ? tx.user.id : null,
        })
        .orIgnore()
        .execute();
      await this.connection.updateVersioned(tx, ChainTarget, target.id, target.version, {
        leadId: lead.id,
        enterpriseId,
      });
      const after = await this.get(tx, target.id);
      await this.audit.record(tx, {
        entityType: CHAIN_TARGET,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...target }, { ...after }, AUDITED),
      });
      return after;
    });
  }

  /** Each target's way to landing, from its lead's stage and its project's landing, batched per request. */
  progressLoader(ctx: RequestContext): DataLoader<string, TargetProgress> {
    return ctx.loader(
      'ChainTargetProgress',
      () =>
        new DataLoader<string, TargetProgress>(async (leadIds) => {
          const rows = (await (ctx.transaction ?? this.connection.dataSource.manager).query(
            `SELECT l.id, l.stage, EXISTS (SELECT 1 FROM projects p WHERE p.lead_id = l.id AND p.landed_on IS NOT NULL) AS landed
               FROM leads l WHERE l.id = ANY($1::uuid[])`,
            [[...leadIds]],
          )) as { id: string; stage: LeadStage; landed: boolean }[];
          const byId = new Map(rows.map((r) => [r.id, r]));
          return leadIds.map((id) => {
            const row = byId.get(id);
            return row ? targetProgress(row.stage, row.landed) : 'TARGET';
          });
        }),
    );
  }

  private async assertNotTargeted(
    ctx: RequestContext,
    linkId: string,
    enterpriseId: string,
    name: string,
  ): Promise<void> {
    const same = await this.connection.getRepository(ctx, ChainTarget).findOneBy({ linkId, enterpriseId });
    if (same) throw badField('enterpriseId', `“${name}”已是该环节的招商目标`);
  }
}
