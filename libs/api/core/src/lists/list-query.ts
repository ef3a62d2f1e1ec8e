import type { GraphQLResolveInfo } from 'graphql';
import {
  QueryFailedError,
  type EntityTarget,
  type ObjectLiteral,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import { lastJumpPage, MAX_JUMP_OFFSET, pageCount } from '@lianzhao/domain';
import { badField } from '../errors/app-errors';
import type { Clock } from '../context/clock';
import type { RequestContext } from '../context/request-context';
import type { ListOrderInput } from './list-args';
import { badCursor, decodeListCursor, encodeListCursor } from './list-cursor';
import { exportTableFile, type ExportTable } from './export-table';
import type { ExcelFile } from '../graphql/excel-file';
import { ListPage } from './list-page';
import { PageRows, type PageRelation } from './list-rows';
import {
  GROUP_COLUMN,
  groupedPageStatement,
  readGroupedPage,
  sumColumn,
  type PageGroups,
} from './page-groups';
import { selectedFields } from '../graphql/selects-field';
import type { CursorType, ListSpec } from './list-spec';
import type { SqlCondition } from './sql-condition';
import {
  selectTotals,
  toGroupTotals,
  totalsConditions,
  type GroupTotals,
  type TotalsNeeds,
} from './list-totals';
import type { SortDirection } from './sort-direction';

/** Where the kit takes its repositories from: the TransactionalConnection, bound to the request. */
export interface RepositorySource {
  getRepository<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>): Repository<T>;
}

/** What a list is asked for: the filter and order of the screen. */
export interface ListRequest<F, O extends string> {
  filter?: F | null;
  orderBy?: ListOrderInput<O> | null;
}

/** What a cursor's value must look like for its type before the database is asked to cast it. */
const CURSOR_VALUE: Record<CursorType, RegExp> = {
  timestamptz: /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2}){0,2}|Z)?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  numeric: /^-?\d+(\.\d+)?$/,
  int: /^-?\d+$/,
  text: /^[^\0]*$/,
};

/** The parameter the kit supplies to every list query: today's Shanghai date. */
const TODAY = 'today';

/** ANDs conditions onto a query; two conditions giving one parameter name two values is a bug. */
export function applyConditions<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  conditions: readonly SqlCondition[],
): SelectQueryBuilder<E> {
  for (const condition of conditions) {
    const taken = query.getParameters();
    for (const [name, value] of Object.entries(condition.params ?? {})) {
      if (name in taken && taken[name] !== value) {
        throw new Error(`list condition parameter :${name} is bound twice with different values`);
      }
    }
    query.andWhere(`(${condition.sql})`, condition.params);
  }
  return query;
}

/**
 * The rows of a list's table this caller may see, with the list's joins: the one way such rows
 * are read, inside the list and outside it, so no query can forget the scope.
 */
export function scopedQuery<E extends ObjectLiteral, F, O extends string>(
  source: RepositorySource,
  ctx: RequestContext,
  spec: ListSpec<E, F, O>,
): SelectQueryBuilder<E> {
  const query = source.getRepository(ctx, spec.entity).createQueryBuilder(spec.alias);
  for (const join of spec.joins ?? []) query.leftJoin(join.entity, join.alias, join.on);
  return applyConditions(query, spec.scope?.(ctx) ?? []);
}

/** A value the database could not read as the cursor's type (class 22: data exception). */
function isDataException(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('22');
}

interface ResolvedSort<O extends string> {
  field: O;
  direction: SortDirection;
  type: CursorType;
  sql: string;
}

/**
 * A list spec made runnable: keyset pages on (sort key, id) with the count left until asked for,
 * the filtered query for a context's own aggregates, and the capped rows of an export in the
 * list's own order, so an export always shows what the screen showed.
 */
export class ListQuery<E extends ObjectLiteral & { id: string }, F, O extends string> {
  /** Readers of a page's rows, one per set of relations read (and how much of each): made once, from the entity's metadata. */
  private readonly pageRows = new Map<string, PageRows<E>>();

  constructor(
    readonly spec: ListSpec<E, F, O>,
    private readonly source: RepositorySource,
    private readonly clock: Clock,
  ) {}

  /** Scoped and filtered, unsorted: the base of pages, counts and a context's grouped sums. */
  query(ctx: RequestContext, filter?: F | null): SelectQueryBuilder<E> {
    const query = scopedQuery(this.source, ctx, this.spec).setParameter(TODAY, this.clock.today());
    return filter ? applyConditions(query, this.spec.filter(filter, ctx)) : query;
  }

  /** How many rows match: from the maintained totals when they can answer, else counted. */
  async count(ctx: RequestContext, filter?: F | null): Promise<number> {
    const row = await this.totalsQuery(ctx, filter, { sums: [] }).getRawOne<{ count: number }>();
    return Number(row?.count ?? 0);
  }

  /**
   * Row counts and sums of columns (the list table's column names) per value of `groupBy`, under
   * the filter: a board's column totals. Groups without rows are left out.
   */
  async grouped<S extends string>(
    ctx: RequestContext,
    filter: F | null | undefined,
    groupBy: string,
    sums: readonly S[],
  ): Promise<GroupTotals<S>[]> {
    const column = `${this.spec.alias}.${groupBy}`;
    const rows = await this.totalsQuery(ctx, filter, { groupBy, sums })
      .addSelect(column, 'group')
      .groupBy(column)
      .getRawMany<Record<string, unknown>>();
    return toGroupTotals(
      rows.filter((row) => Number(row['count']) !== 0),
      sums,
    );
  }

  /**
   * The count and sums' query: over the spec's maintained totals (one row per group, a few
   * thousand at most) when they can answer the filter, else over the filtered rows.
   */
  private totalsQuery(
    ctx: RequestContext,
    filter: F | null | undefined,
    needs: TotalsNeeds,
  ): SelectQueryBuilder<ObjectLiteral> {
    const { alias, totals } = this.spec;
    const conditions = totalsConditions(this.spec, ctx, filter, needs);
    if (!totals || !conditions) return selectTotals(this.query(ctx, filter), alias, 'COUNT(*)', needs.sums);
    const query = this.source
      .getRepository(ctx, this.spec.entity)
      .manager.createQueryBuilder()
      .from(totals.table, alias)
      .setParameter(TODAY, this.clock.today());
    return selectTotals(
      applyConditions(query, conditions),
      alias,
      `COALESCE(SUM(${alias}.${totals.countColumn}), 0)`,
      needs.sums,
    );
  }

  /**
   * A page of the list: the first, the one after a cursor (keyset: 上一页/下一页 cost the same on
   * any page), or page N of `first` rows (跳至第 N 页: an OFFSET, bounded by MAX_JUMP_OFFSET).
   */
  async page<S extends string = never>(
    ctx: RequestContext,
    args: ListRequest<F, O> & { first: number; after?: string | null; page?: number | null },
    info?: GraphQLResolveInfo,
    groups?: PageGroups<S>,
  ): Promise<ListPage<E, F, S>> {
    const offset = this.jumpOffset(args);
    const sort = this.sortOf(args.orderBy);
    const { alias } = this.spec;
    const query = this.query(ctx, args.filter);
    const pageRows = this.pageRowsFor(ctx, info);
    query.select(`(${sort.sql})::text`, 'list_sort_value');
    query.addSelect(sort.sql, 'list_sort_key');
    const cursor = args.after ? decodeListCursor(args.after, sort.field) : null;
    if (cursor && !CURSOR_VALUE[sort.type].test(cursor.value)) throw badCursor();
    // Groups the maintained totals can give are read there (a few rows); others are counted from
    // the filter's rows, which the page's statement reads anyway.
    const together = groups && !totalsConditions(this.spec, ctx, args.filter, groups) ? groups : null;
    let statement: { sql: string; params: unknown[] };
    if (together) {
      query.addSelect(`${alias}.id`, 'list_id');
      query.addSelect(`${alias}.${together.groupBy}`, GROUP_COLUMN);
      together.sums.forEach((column, i) => query.addSelect(`${alias}.${column}`, sumColumn(i)));
      const [matches, params] = query.getQueryAndParameters();
      statement = groupedPageStatement({
        matches,
        params,
        rows: (page) => pageRows.joined(pageRows.fromIds(page), sort.direction),
        idKey: pageRows.idKey(),
        direction: sort.direction,
        after: cursor ? { value: cursor.value, id: cursor.id, type: sort.type } : null,
        offset,
        limit: args.first + 1,
        sums: together.sums.length,
      });
    } else {
      pageRows.select(query);
      if (cursor) {
        const op = sort.direction === 'ASC' ? '>' : '<';
        query.andWhere(
          `(${sort.sql}, ${alias}.id) ${op} (CAST(:listCursorValue AS ${sort.type}), CAST(:listCursorId AS uuid))`,
          { listCursorValue: cursor.value, listCursorId: cursor.id },
        );
      }
      const [pageSql, params] = this.ordered(query, sort)
        .offset(offset || undefined)
        .limit(args.first + 1)
        .getQueryAndParameters();
      statement = { sql: pageRows.joined(pageSql, sort.direction), params };
    }
    let raw: Record<string, unknown>[];
    try {
      // The request's own manager: inside a transaction, its connection (see RepositorySource).
      const manager = this.source.getRepository(ctx, this.spec.entity).manager;
      raw = await manager.query(statement.sql, statement.params);
    } catch (error) {
      if (cursor && isDataException(error)) throw badCursor();
      throw error;
    }
    let counted: GroupTotals<S>[] | null = null;
    if (together) ({ rows: raw, groups: counted } = readGroupedPage(raw, pageRows.idKey(), together.sums));
    const result = { entities: pageRows.read(raw, query), raw: raw as { list_sort_value: string }[] };
    const hasNextPage = result.entities.length > args.first;
    const edges = result.entities.slice(0, args.first).map((node, i) => ({
      node,
      cursor: encodeListCursor({ key: sort.field, value: result.raw[i].list_sort_value, id: node.id }),
    }));
    const filter = args.filter ?? undefined;
    if (offset > 0 && edges.length === 0) {
      const pages = pageCount(await this.count(ctx, filter), args.first);
      throw badField('page', `第 ${args.page} 页超出范围：共 ${pages} 页`);
    }
    // A first page, or a jump, that reaches the last row already knows the count.
    const countAll =
      !args.after && !hasNextPage
        ? () => Promise.resolve(offset + edges.length)
        : () => this.count(ctx, filter);
    return new ListPage<E, F, S>(
      edges,
      { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      filter,
      countAll,
      counted,
    );
  }

  /**
   * The reader of a page's rows. Given the GraphQL query, a relation with cards
   * (`ListSpec.pageRelationCards`) is left out when the query selects none of its fields, and read
   * as its card's columns when it selects nothing else; without, every relation is read whole.
   */
  private pageRowsFor(ctx: RequestContext, info: GraphQLResolveInfo | undefined): PageRows<E> {
    const relations: PageRelation[] = [];
    const rowFields = info ? selectedFields(info, ['edges', 'node']) : null;
    for (const name of this.spec.pageRelations ?? []) {
      const card = this.spec.pageRelationCards?.[name];
      if (!info || !rowFields || !card) {
        relations.push({ name });
        continue;
      }
      if (!rowFields.has(name)) continue;
      const selected = [...selectedFields(info, ['edges', 'node', name])].filter(
        (field) => field !== '__typename',
      );
      relations.push(selected.every((field) => card.includes(field)) ? { name, only: card } : { name });
    }
    const key = relations.map(({ name, only }) => (only ? `${name}:card` : name)).join(',');
    let rows = this.pageRows.get(key);
    if (!rows) {
      rows = new PageRows<E>(
        this.source.getRepository(ctx, this.spec.entity).metadata,
        this.spec.alias,
        relations,
      );
      this.pageRows.set(key, rows);
    }
    return rows;
  }

  /** The rows a jump to `page` skips (0 without one); a page the kit will not jump to is the client's mistake. */
  private jumpOffset(args: { first: number; after?: string | null; page?: number | null }): number {
    if (args.page === undefined || args.page === null) return 0;
    if (!Number.isInteger(args.page) || args.page < 1) throw badField('page', '页码至少为 1');
    if (args.after) throw badField('page', '跳页时不能同时给出游标');
    const offset = (args.page - 1) * args.first;
    if (offset > MAX_JUMP_OFFSET) {
      throw badField(
        'page',
        `最多跳至第 ${lastJumpPage(args.first)} 页；更靠后的记录请用下一页，或缩小筛选范围、改变排序`,
      );
    }
    return offset;
  }

  /** At most `limit` rows of the list in its order. */
  rows(ctx: RequestContext, request: ListRequest<F, O>, limit: number): Promise<E[]> {
    return this.ordered(this.query(ctx, request.filter), this.sortOf(request.orderBy)).limit(limit).getMany();
  }

  /**
   * The rows an Excel export writes: the list's filter and order, refused with the number of
   * matches when there are more than the spec's cap, rather than cut off unnoticed.
   */
  async exportRows(ctx: RequestContext, request: ListRequest<F, O>): Promise<E[]> {
    const cap = this.spec.exportCap;
    if (!cap) throw new Error('this list has no export cap');
    const rows = await this.rows(ctx, request, cap.max + 1);
    if (rows.length <= cap.max) return rows;
    const total = (await this.count(ctx, request.filter)).toLocaleString('en-US');
    const max = cap.max.toLocaleString('en-US');
    throw badField(
      'filter',
      `符合条件的${cap.noun}有 ${total} ${cap.unit}，超过单次导出上限 ${max} ${cap.unit}，请缩小筛选范围后分批导出`,
    );
  }

  /**
   * 导出 Excel of the list: the export's rows (the filter, the order, the cap) in the table the
   * list declares. A table that names other records (an organisation's name) is made from the
   * rows, so it can look them up in one batch.
   */
  async export(
    ctx: RequestContext,
    request: ListRequest<F, O>,
    table: ExportTable<E> | ((rows: readonly E[]) => Promise<ExportTable<E>>),
  ): Promise<ExcelFile> {
    const rows = await this.exportRows(ctx, request);
    return exportTableFile(typeof table === 'function' ? await table(rows) : table, rows, this.clock.now());
  }

  private sortOf(orderBy: ListOrderInput<O> | null | undefined): ResolvedSort<O> {
    const field = orderBy?.field ?? this.spec.defaultSort.field;
    const direction = orderBy?.direction ?? this.spec.defaultSort.direction;
    const key = this.spec.sortKeys[field];
    const sql =
      key.nullAs === undefined ? key.sql : `COALESCE(${key.sql}, CAST('${key.nullAs}' AS ${key.type}))`;
    return { field, direction, type: key.type, sql };
  }

  private ordered(query: SelectQueryBuilder<E>, sort: ResolvedSort<O>): SelectQueryBuilder<E> {
    return query.orderBy(sort.sql, sort.direction).addOrderBy(`${this.spec.alias}.id`, sort.direction);
  }
}
