import { Injectable } from '@nestjs/common';
import { CHAIN_TIERS, CHAIN_ENTITY_TYPE_LABELS, type ChainEntityType } from '@lianzhao/domain';
import { badField, conflict, notFound, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { ReferenceService } from '@lianzhao/api-reference';
import { IsNull } from 'typeorm';
import { ChainLink } from './chain-link.entity';
import { ChainPlacement } from './chain-placement.entity';
import { ChainSettings } from './chain-settings.entity';
import type {
  AddChainLinkInput,
  MovePlacementInput,
  PlaceOnLinkInput,
  UpdateChainLinkInput,
  UpdateChainSettingsInput,
} from './dto/chain.inputs';

/** A link's entity type on the audit trail. */
export const CHAIN_LINK = 'ChainLink';

/** The table and segment column of each kind of record that can be placed on a link. */
const PLACED_TABLES: Readonly<Record<ChainEntityType, { table: string; segment: string }>> = {
  ENTERPRISE: { table: 'enterprises', segment: 'x.segment_code' },
  LEAD: { table: 'leads', segment: 'x.segment_code' },
  PROJECT: { table: 'projects', segment: 'x.segment_code' },
  REFERRAL: { table: 'referrals', segment: 'x.segment_code' },
  INVESTMENT: {
    table: 'investments',
    segment: '(SELECT ie.segment_code FROM enterprises ie WHERE ie.id = x.enterprise_id)',
  },
};

const byChainOrder = (a: Pick<ChainLink, 'tier' | 'position'>, b: Pick<ChainLink, 'tier' | 'position'>) =>
  CHAIN_TIERS.indexOf(a.tier) - CHAIN_TIERS.indexOf(b.tier) || a.position - b.position;

/**
 * The chain's reference data (links, the status rule) and the placements on it. Links keep one
 * order per segment (position 1…n, upstream first); reordering rewrites the positions in one
 * transaction.
 */
@Injectable()
export class ChainLinksService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  links(ctx: RequestContext, segmentCode: string, includeRetired = false): Promise<ChainLink[]> {
    return this.connection.getRepository(ctx, ChainLink).find({
      where: includeRetired ? { segmentCode } : { segmentCode, retiredAt: IsNull() },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }

  get(ctx: RequestContext, id: string): Promise<ChainLink> {
    return this.connection.getById(ctx, ChainLink, id, '环节');
  }

  loader(ctx: RequestContext) {
    return this.connection.byId(ctx, ChainLink);
  }

  /** A live link for a write that names it in `field`. */
  async liveLink(ctx: RequestContext, id: string, field = 'linkId'): Promise<ChainLink> {
    const link = await this.connection.getRepository(ctx, ChainLink).findOneBy({ id });
    if (!link) throw badField(field, '所选环节不存在');
    if (link.retiredAt) throw badField(field, '所选环节已停用');
    return link;
  }

  async add(ctx: RequestContext, input: AddChainLinkInput): Promise<ChainLink> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const segment = await this.reference.segmentLoader(tx).load(input.segmentCode);
      if (!segment) throw badField('segmentCode', '细分赛道不存在');
      await this.assertNameFree(tx, input.segmentCode, input.name, null);
      const repo = this.connection.getRepository(tx, ChainLink);
      const saved = await repo.save(
        repo.create({
          segmentCode: input.segmentCode,
          name: input.name,
          tier: input.tier,
          position: 1_000_000,
        }),
      );
      await this.reorder(tx, input.segmentCode, saved.id, input.position ?? null);
      const after = await this.get(tx, saved.id);
      await this.audit.record(tx, {
        entityType: CHAIN_LINK,
        entityId: after.id,
        action: 'CREATE',
        changes: diffFields(null, { ...after }, ['name', 'tier', 'position', 'segmentCode']),
      });
      return after;
    });
  }

  async update(ctx: RequestContext, input: UpdateChainLinkInput): Promise<ChainLink> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.get(tx, input.id);
      if (input.name !== undefined && input.name !== before.name)
        await this.assertNameFree(tx, before.segmentCode, input.name, before.id);
      const changes: Partial<ChainLink> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.tier !== undefined) changes.tier = input.tier;
      await this.connection.updateVersioned(tx, ChainLink, before.id, input.version, changes);
      if (input.position !== undefined || input.tier !== undefined) {
        await this.reorder(tx, before.segmentCode, before.id, input.position ?? null);
      }
      const after = await this.get(tx, before.id);
      await this.audit.record(tx, {
        entityType: CHAIN_LINK,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, ['name', 'tier', 'position']),
      });
      return after;
    });
  }

  /**
   * Retires a link: it leaves the map, and what was placed on it stays recorded. A link nothing
   * was ever placed on (no placement, target or supply-chain entry) is deleted instead.
   */
  async retire(ctx: RequestContext, id: string): Promise<ChainLink | null> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const link = await this.get(tx, id);
      const [{ used }] = (await this.manager(tx).query(
        `SELECT EXISTS (SELECT 1 FROM chain_placements WHERE link_id = $1)
             OR EXISTS (SELECT 1 FROM chain_targets WHERE link_id = $1)
             OR EXISTS (SELECT 1 FROM supply_chain_entries WHERE link_id = $1) AS used`,
        [id],
      )) as { used: boolean }[];
      if (!used) {
        await this.connection.getRepository(tx, ChainLink).delete({ id });
        await this.reorder(tx, link.segmentCode, null, null);
        await this.audit.record(tx, {
          entityType: CHAIN_LINK,
          entityId: id,
          action: 'DELETE',
          changes: diffFields({ ...link }, null, ['name']),
        });
        return null;
      }
      if (link.retiredAt) return link;
      await this.connection
        .getRepository(tx, ChainLink)
        .update({ id }, { retiredAt: new Date(), version: link.version + 1 });
      await this.reorder(tx, link.segmentCode, null, null);
      await this.audit.record(tx, {
        entityType: CHAIN_LINK,
        entityId: id,
        action: 'UPDATE',
        changes: [{ field: 'retiredAt', before: null, after: '已停用' }],
      });
      return this.get(tx, id);
    });
  }

  async settings(ctx: RequestContext): Promise<ChainSettings> {
    const row = await this.connection.getRepository(ctx, ChainSettings).findOneBy({ id: 1 });
    return (
      row ??
      Object.assign(new ChainSettings(), {
        id: 1,
        minEnterprises: 3,
        minExpectedOutput: null,
        updatedAt: new Date(0),
      })
    );
  }

  async updateSettings(ctx: RequestContext, input: UpdateChainSettingsInput): Promise<ChainSettings> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.settings(tx);
      await this.connection
        .getRepository(tx, ChainSettings)
        .upsert(
          { id: 1, minEnterprises: input.minEnterprises, minExpectedOutput: input.minExpectedOutput ?? null },
          ['id'],
        );
      const after = await this.settings(tx);
      await this.audit.record(tx, {
        entityType: 'ChainSettings',
        entityId: '00000000-0000-0000-0000-000000000001',
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, ['minEnterprises', 'minExpectedOutput']),
      });
      return after;
    });
  }

  // ── placements ──

  placements(ctx: RequestContext, entityType: ChainEntityType, entityId: string): Promise<ChainPlacement[]> {
    return this.connection
      .getRepository(ctx, ChainPlacement)
      .find({ where: { entityType, entityId }, order: { createdAt: 'ASC' } });
  }

  /** Places a record on a link; placing it again on the same link changes nothing. */
  async place(ctx: RequestContext, input: PlaceOnLinkInput): Promise<ChainPlacement> {
    return this.connection.withTransaction(ctx, async (tx) => {
      await this.liveLink(tx, input.linkId);
      await this.assertExists(tx, input.entityType, input.entityId);
      const repo = this.connection.getRepository(tx, ChainPlacement);
      await repo
        .createQueryBuilder()
        .insert()
        .values({
          linkId: input.linkId,
          entityType: input.entityType,
          entityId: input.entityId,
          createdById: userId(tx),
        })
        .orIgnore()
        .execute();
      const placement = await repo.findOneByOrFail({
        linkId: input.linkId,
        entityType: input.entityType,
        entityId: input.entityId,
      });
      await this.audit.record(tx, {
        entityType: 'ChainPlacement',
        entityId: placement.id,
        action: 'CREATE',
        changes: diffFields(null, { ...placement }, ['linkId', 'entityType', 'entityId']),
      });
      return placement;
    });
  }

  async removePlacement(ctx: RequestContext, id: string): Promise<boolean> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const placement = await this.connection.getById(tx, ChainPlacement, id, '放置记录');
      await this.connection.getRepository(tx, ChainPlacement).delete({ id });
      await this.audit.record(tx, {
        entityType: 'ChainPlacement',
        entityId: id,
        action: 'DELETE',
        changes: diffFields({ ...placement }, null, ['linkId', 'entityType', 'entityId']),
      });
      return true;
    });
  }

  /** Takes a record off a link (the drawer's lists know the record and the link, not the placement). */
  async removeFromLink(ctx: RequestContext, input: PlaceOnLinkInput): Promise<boolean> {
    const placement = await this.connection
      .getRepository(ctx, ChainPlacement)
      .findOneBy({ linkId: input.linkId, entityType: input.entityType, entityId: input.entityId });
    if (!placement) throw notFound('放置记录');
    return this.removePlacement(ctx, placement.id);
  }

  /** Moves a placement to another link; counted there from now on, as a new placement would be. */
  async movePlacement(ctx: RequestContext, input: MovePlacementInput): Promise<ChainPlacement> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const placement = await this.connection.getById(tx, ChainPlacement, input.id, '放置记录');
      if (placement.linkId === input.linkId) return placement;
      await this.liveLink(tx, input.linkId);
      const repo = this.connection.getRepository(tx, ChainPlacement);
      const clash = await repo.findOneBy({
        linkId: input.linkId,
        entityType: placement.entityType,
        entityId: placement.entityId,
      });
      if (clash) throw conflict(`该${CHAIN_ENTITY_TYPE_LABELS[placement.entityType].zh}已在目标环节上`);
      await repo.update({ id: placement.id }, { linkId: input.linkId, createdAt: new Date() });
      const after = await repo.findOneByOrFail({ id: placement.id });
      await this.audit.record(tx, {
        entityType: 'ChainPlacement',
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...placement }, { ...after }, ['linkId']),
      });
      return after;
    });
  }

  /** The live links of the record's segment: where an officer will most likely place it. */
  async suggestedLinks(
    ctx: RequestContext,
    entityType: ChainEntityType,
    entityId: string,
  ): Promise<ChainLink[]> {
    const { table, segment } = PLACED_TABLES[entityType];
    const rows = (await this.manager(ctx).query(
      `SELECT ${segment} AS segment_code FROM ${table} x WHERE x.id = $1`,
      [entityId],
    )) as {
      segment_code: string | null;
    }[];
    if (!rows.length) throw notFound(CHAIN_ENTITY_TYPE_LABELS[entityType].zh);
    return rows[0].segment_code ? this.links(ctx, rows[0].segment_code) : [];
  }

  private async assertExists(
    ctx: RequestContext,
    entityType: ChainEntityType,
    entityId: string,
  ): Promise<void> {
    const rows = (await this.manager(ctx).query(
      `SELECT 1 FROM ${PLACED_TABLES[entityType].table} WHERE id = $1`,
      [entityId],
    )) as unknown[];
    if (!rows.length) throw badField('entityId', `所选${CHAIN_ENTITY_TYPE_LABELS[entityType].zh}不存在`);
  }

  private async assertNameFree(
    ctx: RequestContext,
    segmentCode: string,
    name: string,
    exceptId: string | null,
  ): Promise<void> {
    const same = await this.connection
      .getRepository(ctx, ChainLink)
      .findOneBy({ segmentCode, name, retiredAt: IsNull() });
    if (same && same.id !== exceptId) throw badField('name', '该赛道已有同名环节');
  }

  /**
   * Renumbers a segment's live links 1…n, upstream first, keeping their order; `movedId`, when
   * given a position, goes there within the order.
   */
  private async reorder(
    ctx: RequestContext,
    segmentCode: string,
    movedId: string | null,
    position: number | null,
  ): Promise<void> {
    const links = (await this.links(ctx, segmentCode)).sort(byChainOrder);
    if (movedId && position !== null) {
      const moved = links.find((l) => l.id === movedId);
      if (moved) {
        links.splice(links.indexOf(moved), 1);
        links.splice(Math.min(position - 1, links.length), 0, moved);
        // A move across a tier boundary keeps the tiers in order: the link takes its neighbours' tier order.
        links.sort((a, b) => CHAIN_TIERS.indexOf(a.tier) - CHAIN_TIERS.indexOf(b.tier));
      }
    }
    const repo = this.connection.getRepository(ctx, ChainLink);
    for (const [index, link] of links.entries()) {
      if (link.position !== index + 1) await repo.update({ id: link.id }, { position: index + 1 });
    }
  }

  private manager(ctx: RequestContext) {
    return ctx.transaction ?? this.connection.dataSource.manager;
  }
}

function userId(ctx: RequestContext): string | null {
  return ctx.user && ctx.user.id !== 'system' ? ctx.user.id : null;
}
