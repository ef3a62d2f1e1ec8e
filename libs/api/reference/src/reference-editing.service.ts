import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  localize,
  REFERENCE_KIND_LABELS,
  referenceNameKey,
  RETIRED_LABEL,
  type ReferenceKind,
} from '@lianzhao/domain';
import { AuditService, type AuditInput } from '@lianzhao/api-audit';
import { badField, conflict, notFound, type RequestContext } from '@lianzhao/api-core';
import { sqlState, TransactionalConnection } from '@lianzhao/api-database';
import type {
  CreateReferenceItemInput,
  DeleteReferenceItemInput,
  ReorderReferenceItemsInput,
  RetireReferenceItemInput,
  UpdateReferenceItemInput,
} from './dto/reference-editing.inputs';
import { Industry, Park, Place, ReferenceItem, Segment, Tag } from './reference.entities';
import { REFERENCE_AUDIT_ID, REFERENCE_AUDIT_TYPE, referenceNote } from './reference-history';
import { ReferenceService } from './reference.service';

type Row = Industry | Segment | Tag | Place | Park;
type RowClass = typeof Industry | typeof Segment | typeof Tag | typeof Place | typeof Park;

interface KindTable {
  entity: RowClass;
  /**
   * The column that splits the kind into the groups a screen orders separately (the segments of
   * one industry, the tags of one group); names are unique within the whole kind regardless.
   */
  groupColumn: 'industryCode' | 'group' | 'kind' | 'townCode' | null;
  /** Columns of other tables that hold this kind's code: a code found in any is in use. */
  usage: { scalar: string | null; arraySuffix: string | null };
}

const TABLES: Readonly<Record<ReferenceKind, KindTable>> = {
  INDUSTRY: { entity: Industry, groupColumn: null, usage: { scalar: 'industry_code', arraySuffix: null } },
  SEGMENT: { entity: Segment, groupColumn: 'industryCode', usage: { scalar: 'segment_code', arraySuffix: 'segment_codes' } },
  TAG: { entity: Tag, groupColumn: 'group', usage: { scalar: null, arraySuffix: 'tag_codes' } },
  PLACE: { entity: Place, groupColumn: 'kind', usage: { scalar: 'town_code', arraySuffix: null } },
  PARK: { entity: Park, groupColumn: 'townCode', usage: { scalar: 'park_code', arraySuffix: null } },
};

/** SQLSTATE 23503: a row elsewhere still points at the one being deleted. */
const PG_FOREIGN_KEY_VIOLATION = '23503';
/** New entries go after the last one of their group, leaving room between, as the seeds do. */
const SORT_STEP = 10;

function kindLabel(kind: ReferenceKind): string {
  return localize(REFERENCE_KIND_LABELS[kind]);
}

function itemOf(kind: ReferenceKind, row: Row): ReferenceItem {
  const townCode = row instanceof Park ? row.townCode : null;
  return { kind, code: row.code, name: row.name, nameEn: row.nameEn, sortOrder: row.sortOrder, retired: row.retired, townCode };
}

function retiredText(retired: boolean): string {
  return retired ? localize(RETIRED_LABEL) : '在用';
}

/**
 * 基础数据 edited by admins: create, rename, reorder, retire and delete industries, segments, tags
 * and places, each change audited in the same transaction. Codes never change: other tables and
 * reports store them. A code in use is never deleted, only retired; a retired entry still names
 * old records but is not offered for new ones.
 */
@Injectable()
export class ReferenceEditingService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CreateReferenceItemInput): Promise<ReferenceItem> {
    const { kind, code } = input;
    const saved = await this.connection.withTransaction(ctx, async (tx) => {
      const repo = this.connection.getRepository<Row>(tx, TABLES[kind].entity);
      if (await repo.existsBy({ code })) throw badField('code', `代码 ${code} 已存在`);
      await this.checkNameFree(tx, kind, input.name, null);
      const fields = await this.kindFields(tx, input);
      const groupColumn = TABLES[kind].groupColumn;
      const query = repo.createQueryBuilder('r').select('MAX(r.sortOrder)', 'max');
      if (groupColumn) query.where(`r.${groupColumn} = :group`, { group: (fields as Record<string, unknown>)[groupColumn] });
      const last = await query.getRawOne<{ max: number | null }>();
      const row = repo.create({
        ...fields,
        code,
        name: input.name,
        nameEn: input.nameEn ?? input.name,
        sortOrder: (last?.max ?? 0) + SORT_STEP,
        retired: false,
      } as Row);
      await repo.insert(row);
      await this.record(tx, kind, row, 'CREATE', [{ field: 'name', before: null, after: row.name }]);
      return row;
    });
    this.reference.forget(code);
    return itemOf(kind, saved);
  }

  async update(ctx: RequestContext, input: UpdateReferenceItemInput): Promise<ReferenceItem> {
    const { kind, code } = input;
    const saved = await this.connection.withTransaction(ctx, async (tx) => {
      const row = await this.require(tx, kind, code);
      await this.checkNameFree(tx, kind, input.name, code);
      const before = { ...row };
      row.name = input.name;
      row.nameEn = input.nameEn ?? row.nameEn;
      if (row instanceof Industry && input.leading !== undefined && input.leading !== null) row.leading = input.leading;
      const townBefore = row instanceof Park ? row.townCode : null;
      if (row instanceof Park && input.townCode !== undefined) row.townCode = await this.parkTown(tx, input.townCode, townBefore);
      await this.connection.getRepository<Row>(tx, TABLES[kind].entity).save(row);
      const changes = [
        { field: 'name', before: before.name, after: row.name },
        { field: 'nameEn', before: before.nameEn, after: row.nameEn },
        ...(row instanceof Industry && before instanceof Industry
          ? [{ field: 'leading', before: before.leading ? '是' : '否', after: row.leading ? '是' : '否' }]
          : []),
        ...(row instanceof Park ? [{ field: 'townCode', before: townBefore, after: row.townCode }] : []),
      ].filter((c) => c.before !== c.after);
      await this.record(tx, kind, row, 'UPDATE', changes);
      return row;
    });
    this.reference.forget(code);
    return itemOf(kind, saved);
  }

  async setRetired(ctx: RequestContext, input: RetireReferenceItemInput): Promise<ReferenceItem> {
    const { kind, code } = input;
    const saved = await this.connection.withTransaction(ctx, async (tx) => {
      const row = await this.require(tx, kind, code);
      if (row.retired === input.retired) return row;
      await this.connection.getRepository<Row>(tx, TABLES[kind].entity).update({ code }, { retired: input.retired });
      await this.record(tx, kind, row, 'UPDATE', [
        { field: 'retired', before: retiredText(row.retired), after: retiredText(input.retired) },
      ]);
      row.retired = input.retired;
      return row;
    });
    this.reference.forget(code);
    return itemOf(kind, saved);
  }

  /** Puts the named entries in the given order; entries not named keep their place after them. */
  async reorder(ctx: RequestContext, input: ReorderReferenceItemsInput): Promise<ReferenceItem[]> {
    const { kind } = input;
    const codes = [...new Set(input.codes)];
    const rows = await this.connection.withTransaction(ctx, async (tx) => {
      const repo = this.connection.getRepository<Row>(tx, TABLES[kind].entity);
      const all = await repo.find({ order: { sortOrder: 'ASC', code: 'ASC' } });
      const byCode = new Map(all.map((row) => [row.code, row]));
      const missing = codes.filter((code) => !byCode.has(code));
      if (missing.length) throw badField('codes', `${kindLabel(kind)}不存在：${missing.join('、')}`);
      const named = codes.map((code) => byCode.get(code) as Row);
      // The named entries take the places they held between them, so other groups keep theirs.
      const slots = named.map((row) => row.sortOrder).sort((a, b) => a - b);
      const before = [...named].sort((a, b) => a.sortOrder - b.sortOrder).map((row) => row.name).join('、');
      const after = named.map((row) => row.name).join('、');
      const distinctSlots = new Set(slots).size === slots.length;
      const moved: Row[] = [];
      named.forEach((row, i) => {
        const sortOrder = distinctSlots ? slots[i] : (i + 1) * SORT_STEP;
        if (row.sortOrder !== sortOrder) {
          row.sortOrder = sortOrder;
          moved.push(row);
        }
      });
      for (const row of moved) await repo.update({ code: row.code }, { sortOrder: row.sortOrder });
      if (moved.length) {
        await this.audit.record(tx, {
          entityType: REFERENCE_AUDIT_TYPE,
          entityId: REFERENCE_AUDIT_ID,
          action: 'UPDATE',
          changes: [{ field: 'order', before, after }],
          note: `${kindLabel(kind)}调整顺序`,
        });
      }
      return named;
    });
    for (const code of codes) this.reference.forget(code);
    return rows.map((row) => itemOf(kind, row));
  }

  /** Deletes an entry nothing uses; one in use is refused with a pointer to retiring it instead. */
  async delete(ctx: RequestContext, input: DeleteReferenceItemInput): Promise<boolean> {
    const { kind, code } = input;
    try {
      await this.connection.withTransaction(ctx, async (tx) => {
        const row = await this.require(tx, kind, code);
        if (await this.inUse(tx, kind, code)) throw this.inUseError(kind, row);
        await this.connection.getRepository<Row>(tx, TABLES[kind].entity).delete({ code });
        await this.record(tx, kind, row, 'DELETE', [{ field: 'name', before: row.name, after: null }]);
      });
    } catch (error) {
      // A table the usage check does not know yet still holds the code through a foreign key.
      if (sqlState(error) === PG_FOREIGN_KEY_VIOLATION)
        throw conflict(`${kindLabel(kind)} ${code} 已在业务数据中使用，不能删除，只能停用`);
      throw error;
    } finally {
      this.reference.forget(code);
    }
    return true;
  }

  /** The history of every reference data change, newest first. */
  history(ctx: RequestContext) {
    return this.audit.trail(ctx, REFERENCE_AUDIT_TYPE, REFERENCE_AUDIT_ID);
  }

  private inUseError(kind: ReferenceKind, row: Row) {
    return conflict(`${kindLabel(kind)}“${row.name}”已在业务数据中使用，不能删除，只能停用`, {
      fields: [{ field: 'code', message: '已在使用，只能停用' }],
    });
  }

  /**
   * Whether any table holds the code. The columns are found by name in the catalogue (the
   * attribution columns are named alike in every context), so a context added later is covered
   * without this list knowing it; a foreign key backs the check where one exists.
   */
  private async inUse(tx: RequestContext, kind: ReferenceKind, code: string): Promise<boolean> {
    const manager = this.manager(tx);
    const { scalar, arraySuffix } = TABLES[kind].usage;
    const ownTable = this.connection.getRepository<Row>(tx, TABLES[kind].entity).metadata.tableName;
    const columns: { table_name: string; column_name: string; data_type: string }[] = await manager.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name <> $1
          AND (column_name = $2 OR (data_type = 'ARRAY' AND column_name LIKE $3))`,
      [ownTable, scalar ?? '', arraySuffix ? `%${arraySuffix}` : ''],
    );
    for (const { table_name, column_name, data_type } of columns) {
      const table = `"${table_name.replace(/"/g, '""')}"`;
      const column = `"${column_name.replace(/"/g, '""')}"`;
      const test = data_type === 'ARRAY' ? `$1 = ANY(${column})` : `${column} = $1`;
      const [found] = await manager.query(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${test}) AS used`, [code]);
      if ((found as { used: boolean }).used) return true;
    }
    return false;
  }

  private manager(tx: RequestContext): EntityManager {
    if (!tx.transaction) throw new Error('Reference usage check outside a transaction');
    return tx.transaction;
  }

  private async require(tx: RequestContext, kind: ReferenceKind, code: string): Promise<Row> {
    const row = await this.connection.getRepository<Row>(tx, TABLES[kind].entity).findOneBy({ code });
    if (!row) throw notFound(`${kindLabel(kind)} ${code} `);
    return row;
  }

  private async checkNameFree(tx: RequestContext, kind: ReferenceKind, name: string, ownCode: string | null) {
    const rows = await this.connection.getRepository<Row>(tx, TABLES[kind].entity).find();
    const key = referenceNameKey(name);
    const clash = rows.find((row) => row.code !== ownCode && referenceNameKey(row.name) === key);
    if (clash) throw badField('name', `名称“${clash.name}”已被${kindLabel(kind)} ${clash.code} 使用`);
  }

  /** The kind's own columns of a new entry: its industry, tag group or place kind. */
  private async kindFields(tx: RequestContext, input: CreateReferenceItemInput): Promise<Partial<Row>> {
    switch (input.kind) {
      case 'INDUSTRY':
        return { leading: input.leading ?? false };
      case 'SEGMENT': {
        if (!input.industryCode) throw badField('industryCode', '请选择所属产业');
        const industry = await this.connection.getRepository(tx, Industry).findOneBy({ code: input.industryCode });
        if (!industry) throw badField('industryCode', '请选择有效的产业');
        return { industryCode: industry.code };
      }
      case 'TAG':
        if (!input.group) throw badField('group', '请选择标签分组');
        return { group: input.group };
      case 'PLACE':
        if (!input.placeKind) throw badField('placeKind', '请选择类型');
        return { kind: input.placeKind };
      case 'PARK':
        return { townCode: await this.parkTown(tx, input.townCode ?? null) };
    }
  }

  /** A park's town: none, or a town in use (a park is not put in a retired town). */
  private async parkTown(
    tx: RequestContext,
    townCode: string | null | undefined,
    kept: string | null = null,
  ): Promise<string | null> {
    if (!townCode) return null;
    return (await this.reference.requirePlace(tx, townCode, 'townCode', kept)).code;
  }

  private record(
    tx: RequestContext,
    kind: ReferenceKind,
    row: Row,
    action: AuditInput['action'],
    changes: NonNullable<AuditInput['changes']>,
  ): Promise<void> {
    return this.audit.record(tx, {
      entityType: REFERENCE_AUDIT_TYPE,
      entityId: REFERENCE_AUDIT_ID,
      action,
      changes,
      note: referenceNote(kindLabel(kind), row.name, row.code),
    });
  }
}
