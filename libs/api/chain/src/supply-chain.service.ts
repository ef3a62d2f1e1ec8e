import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { normalizeCompanyName, normalizeCreditCode } from '@lianzhao/domain';
import {
  Clock,
  forbidden,
  ListQuery,
  notFound,
  type ExcelFile,
  type ListPage,
  type RequestContext,
} from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { OrganizationsService } from '@lianzhao/api-users';
import { ChainLinksService } from './chain-links.service';
import { SUPPLY_CHAIN_LIST, SUPPLY_LOCAL_SQL } from './chain-lists';
import { SupplyChainEntry } from './supply-chain-entry.entity';
import { supplyChainExportTable } from './supply-chain-export';
import type {
  SaveSupplyChainEntryInput,
  SupplyChainArgs,
  SupplyChainExportArgs,
  SupplyChainFilter,
} from './dto/chain.inputs';

const AUDITED: readonly (keyof SupplyChainEntry)[] = [
  'relation',
  'companyName',
  'creditCode',
  'linkId',
  'supplies',
];

/**
 * 链主供应链: a chain master's partner users keep its suppliers and customers; the office reads
 * every organisation's and sees which are not yet local. Reads go through the list's scope, so
 * a partner reaches its own organisation's entries only.
 */
@Injectable()
export class SupplyChainService {
  private readonly list: ListQuery<SupplyChainEntry, SupplyChainFilter, 'CREATED_AT'>;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly links: ChainLinksService,
    private readonly clock: Clock,
  ) {
    this.list = new ListQuery(SUPPLY_CHAIN_LIST, connection, clock);
  }

  page(ctx: RequestContext, args: SupplyChainArgs): Promise<ListPage<SupplyChainEntry, SupplyChainFilter>> {
    return this.list.page(ctx, args);
  }

  /** 导出 Excel of the list under its filter and the list's scope (a partner: its own entries). */
  export(ctx: RequestContext, args: SupplyChainExportArgs): Promise<ExcelFile> {
    return this.list.export(ctx, { filter: args.filter }, async (rows) => {
      const names = async <T extends { id: string; name: string }>(
        load: (ids: string[]) => Promise<(T | null | Error)[]>,
        ids: (string | null)[],
      ) => {
        const found = await load([...new Set(ids.filter((id): id is string => id !== null))]);
        const byId = new Map(
          found.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r.name] as const] : [])),
        );
        return (id: string) => byId.get(id) ?? null;
      };
      const organizationName = await names(
        (ids) => this.organizations.loader(ctx).loadMany(ids),
        rows.map((r) => r.organizationId),
      );
      const linkName = await names(
        (ids) => this.links.loader(ctx).loadMany(ids),
        rows.map((r) => r.linkId),
      );
      if (ctx.user?.role === 'PARTNER') return supplyChainExportTable({ organizationName, linkName });
      const local = await this.localLoader(ctx).loadMany(rows.map((r) => r.id));
      const localById = new Map(rows.map((r, i) => [r.id, local[i] === true] as const));
      return supplyChainExportTable({
        organizationName,
        linkName,
        local: (id) => localById.get(id) ?? false,
      });
    });
  }

  /** One entry under the caller's scope, or NOT_FOUND (a partner asking for another's). */
  async get(ctx: RequestContext, id: string): Promise<SupplyChainEntry> {
    const row = await this.list.query(ctx, {}).andWhere('s.id = :entryId', { entryId: id }).getOne();
    if (!row) throw notFound('供应链条目');
    return row;
  }

  async save(ctx: RequestContext, input: SaveSupplyChainEntryInput): Promise<SupplyChainEntry> {
    const organizationId = await this.chainMasterOf(ctx);
    return this.connection.withTransaction(ctx, async (tx) => {
      if (input.linkId) await this.links.liveLink(tx, input.linkId);
      const fields = {
        relation: input.relation,
        companyName: input.companyName,
        nameNormalized: normalizeCompanyName(input.companyName),
        creditCode: input.creditCode ? normalizeCreditCode(input.creditCode) : null,
        linkId: input.linkId ?? null,
        supplies: input.supplies,
      };
      const repo = this.connection.getRepository(tx, SupplyChainEntry);
      if (input.id) {
        const before = await this.get(tx, input.id);
        await this.connection.updateVersioned(tx, SupplyChainEntry, before.id, input.version ?? 0, fields);
        const after = await this.get(tx, before.id);
        await this.audit.record(tx, {
          entityType: 'SupplyChainEntry',
          entityId: after.id,
          action: 'UPDATE',
          changes: diffFields({ ...before }, { ...after }, AUDITED),
        });
        return after;
      }
      const saved = await repo.save(repo.create({ ...fields, organizationId }));
      await this.audit.record(tx, {
        entityType: 'SupplyChainEntry',
        entityId: saved.id,
        action: 'CREATE',
        changes: diffFields(null, { ...saved }, AUDITED),
      });
      return this.get(tx, saved.id);
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    await this.chainMasterOf(ctx);
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.get(tx, id);
      const [{ used }] = (await (tx.transaction ?? this.connection.dataSource.manager).query(
        'SELECT EXISTS (SELECT 1 FROM chain_targets WHERE supply_chain_entry_id = $1) AS used',
        [id],
      )) as { used: boolean }[];
      if (used) throw forbidden('该条目已被投促办列为招商目标，不能删除');
      await this.connection.getRepository(tx, SupplyChainEntry).delete({ id });
      await this.audit.record(tx, {
        entityType: 'SupplyChainEntry',
        entityId: id,
        action: 'DELETE',
        changes: diffFields({ ...before }, null, AUDITED),
      });
      return true;
    });
  }

  /** Whether each entry's company is already local (SUPPLY_LOCAL_SQL), batched per request. */
  localLoader(ctx: RequestContext): DataLoader<string, boolean> {
    return ctx.loader(
      'SupplyChainLocal',
      () =>
        new DataLoader<string, boolean>(async (ids) => {
          const rows = (await this.connection
            .getRepository(ctx, SupplyChainEntry)
            .createQueryBuilder('s')
            .select('s.id', 'id')
            .addSelect(`${SUPPLY_LOCAL_SQL}`, 'local')
            .where('s.id IN (:...ids)', { ids: [...ids] })
            .setParameter('today', this.clock.today())
            .getRawMany()) as { id: string; local: boolean }[];
          const byId = new Map(rows.map((r) => [r.id, r.local]));
          return ids.map((id) => byId.get(id) ?? false);
        }),
    );
  }

  /** Only a partner user of a 链主企业 keeps a supply chain. */
  private async chainMasterOf(ctx: RequestContext): Promise<string> {
    const organizationId = ctx.user?.role === 'PARTNER' ? ctx.user.organizationId : null;
    const organization = organizationId ? await this.organizations.loader(ctx).load(organizationId) : null;
    if (!organization || organization.kind !== 'CHAIN_MASTER')
      throw forbidden('仅链主企业的伙伴用户可维护供应链');
    return organization.id;
  }
}
