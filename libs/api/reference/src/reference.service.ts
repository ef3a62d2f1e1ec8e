import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { ENTERPRISE_TAG_GROUPS, TAG_GROUP_LABELS, type TagGroup } from '@lianzhao/domain';
import { badField, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Industry, Park, Place, Segment, Tag } from './reference.entities';

@Injectable()
export class ReferenceService {
  /**
   * Segments found so far. Reference data changes only through migrations and ReferenceEditingService,
   * which calls `forget` for every code it writes, so a code found here is the row as stored; a code
   * not (yet) found is always looked up.
   */
  private readonly segments = new Map<string, Segment>();

  constructor(private readonly connection: TransactionalConnection) {}

  /** Industries with their segments, in display order, in one query. */
  industries(ctx: RequestContext): Promise<Industry[]> {
    return this.connection.getRepository(ctx, Industry).find({
      relations: { segments: true },
      order: { sortOrder: 'ASC', segments: { sortOrder: 'ASC' } },
    });
  }

  tags(ctx: RequestContext): Promise<Tag[]> {
    return this.connection.getRepository(ctx, Tag).find({ order: { sortOrder: 'ASC' } });
  }

  places(ctx: RequestContext): Promise<Place[]> {
    return this.connection.getRepository(ctx, Place).find({ order: { sortOrder: 'ASC' } });
  }

  parks(ctx: RequestContext): Promise<Park[]> {
    return this.connection.getRepository(ctx, Park).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /*
   * `kept` names the codes the record already holds: a retired entry stays valid on the records
   * that have it (saving one unchanged must not fail), but is refused as a new choice.
   */

  /** The segment a form names, or a field error saying it is not one; its industry comes with it. */
  async requireSegment(ctx: RequestContext, code: string, field = 'segmentCode', kept?: string | null): Promise<Segment> {
    const segment = this.segments.get(code) ?? (await this.connection.getRepository(ctx, Segment).findOneBy({ code }));
    if (!segment) throw badField(field, '请选择有效的细分赛道');
    this.segments.set(code, segment);
    if (segment.retired && code !== kept) throw badField(field, `细分赛道“${segment.name}”已停用，请选择其他细分赛道`);
    return segment;
  }

  async requireTags(
    ctx: RequestContext,
    codes: readonly string[],
    field = 'tagCodes',
    kept: readonly string[] = [],
    groups: readonly TagGroup[] = ENTERPRISE_TAG_GROUPS,
  ): Promise<string[]> {
    const unique = [...new Set(codes)];
    if (!unique.length) return [];
    const found = await this.connection.getRepository(ctx, Tag).findBy({ code: In(unique) });
    const missing = unique.filter((c) => !found.some((t) => t.code === c));
    if (missing.length) throw badField(field, `无效的标签：${missing.join('、')}`);
    // Lead tags and enterprise tags share the table but not their records (LEAD_TAG_GROUPS).
    const elsewhere = found.filter((t) => !groups.includes(t.group));
    if (elsewhere.length) {
      const wanted = groups.map((g) => TAG_GROUP_LABELS[g].zh).join('、');
      throw badField(field, `标签不属于${wanted}：${elsewhere.map((t) => t.name).join('、')}`);
    }
    const retired = found.filter((t) => t.retired && !kept.includes(t.code));
    if (retired.length) throw badField(field, `标签已停用：${retired.map((t) => t.name).join('、')}`);
    return unique;
  }

  /** The distinct segment codes a form names, or a field error listing those that are not segments. */
  async requireSegments(
    ctx: RequestContext,
    codes: readonly string[],
    field = 'segmentCodes',
    kept: readonly string[] = [],
  ): Promise<string[]> {
    const unique = [...new Set(codes)];
    if (!unique.length) return [];
    const found = await this.connection.getRepository(ctx, Segment).findBy({ code: In(unique) });
    const missing = unique.filter((code) => !found.some((s) => s.code === code));
    if (missing.length) throw badField(field, `细分赛道不存在：${missing.join('、')}`);
    const retired = found.filter((s) => s.retired && !kept.includes(s.code));
    if (retired.length) throw badField(field, `细分赛道已停用：${retired.map((s) => s.name).join('、')}`);
    return unique;
  }

  async requirePlace(ctx: RequestContext, code: string, field = 'townCode', kept?: string | null): Promise<Place> {
    const place = await this.connection.getRepository(ctx, Place).findOneBy({ code });
    if (!place) throw badField(field, '请选择有效的镇/街道');
    if (place.retired && code !== kept) throw badField(field, `“${place.name}”已停用，请选择其他镇/街道`);
    return place;
  }

  /**
   * The park a form names. A park newly chosen must be in use; one the record already holds stays
   * even when retired. Either way, when the park is new or the record moves to another town, the
   * park must lie in the record's town when both are known (the form offers the town's parks).
   */
  async requirePark(
    ctx: RequestContext,
    code: string,
    townCode: string | null,
    field = 'parkCode',
    kept?: string | null,
    townChanged = false,
  ): Promise<Park> {
    const park = await this.connection.getRepository(ctx, Park).findOneBy({ code });
    if (!park) throw badField(field, '请选择有效的园区');
    const held = code === kept;
    if (held && !townChanged) return park;
    if (park.retired && !held) throw badField(field, `园区“${park.name}”已停用，请选择其他园区`);
    if (park.townCode && townCode && park.townCode !== townCode)
      throw badField(field, `园区“${park.name}”不在所选镇/街道`);
    return park;
  }

  /** Drops a code from the caches after an admin changed its row, so the next read sees the change. */
  forget(code: string): void {
    this.segments.delete(code);
    for (const cache of this.byCodeCache.values()) cache.delete(code);
  }

  /**
   * The industry, segment, place or park of a code: the row itself once the process holds it (a
   * list page resolves its rows' reference fields without a promise each), else through the
   * request's loader.
   */
  industryOf(ctx: RequestContext, code: string): Industry | Promise<Industry | null> {
    return this.known(Industry, code) ?? this.industryLoader(ctx).load(code);
  }

  segmentOf(ctx: RequestContext, code: string): Segment | Promise<Segment | null> {
    return this.known(Segment, code) ?? this.segmentLoader(ctx).load(code);
  }

  placeOf(ctx: RequestContext, code: string): Place | Promise<Place | null> {
    return this.known(Place, code) ?? this.placeLoader(ctx).load(code);
  }

  parkOf(ctx: RequestContext, code: string): Park | Promise<Park | null> {
    return this.known(Park, code) ?? this.parkLoader(ctx).load(code);
  }

  private known<T extends { code: string }>(entity: new () => T, code: string): T | undefined {
    return this.byCodeCache.get(entity.name)?.get(code) as T | undefined;
  }

  industryLoader(ctx: RequestContext): DataLoader<string, Industry | null> {
    return this.byCode(ctx, Industry);
  }

  segmentLoader(ctx: RequestContext): DataLoader<string, Segment | null> {
    return this.byCode(ctx, Segment);
  }

  placeLoader(ctx: RequestContext): DataLoader<string, Place | null> {
    return this.byCode(ctx, Place);
  }

  parkLoader(ctx: RequestContext): DataLoader<string, Park | null> {
    return this.byCode(ctx, Park);
  }

  /**
   * Industries, segments and places found so far, by table. Like `segments` above: only migrations
   * write these tables, so a row once read is the row for the life of the process, and a page of
   * leads or projects resolves its industry, segment and town without a query. A code not (yet)
   * found is looked up, once per request and table however many rows ask for it. Admins' edits
   * drop the edited code from here (`forget`).
   */
  private readonly byCodeCache = new Map<string, Map<string, { code: string }>>();

  private byCode<T extends { code: string }>(ctx: RequestContext, entity: new () => T): DataLoader<string, T | null> {
    let known = this.byCodeCache.get(entity.name) as Map<string, T> | undefined;
    if (!known) this.byCodeCache.set(entity.name, (known = new Map<string, T>()));
    const cache = known;
    return ctx.loader(`${entity.name}ByCode`, () =>
      new DataLoader<string, T | null>(async (codes) => {
        const missing = codes.filter((code) => !cache.has(code));
        if (missing.length) {
          const rows = await this.connection
            .getRepository(ctx, entity)
            .createQueryBuilder('r')
            .where('r.code IN (:...codes)', { codes: missing })
            .getMany();
          for (const row of rows) cache.set(row.code, row);
        }
        return codes.map((code) => cache.get(code) ?? null);
      }),
    );
  }
}
