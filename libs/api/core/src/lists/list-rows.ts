import type { EntityMetadata, ObjectLiteral, RelationMetadata, SelectQueryBuilder } from 'typeorm';

/** TypeORM's column metadata (its package index does not export the class). */
type ColumnMetadata = EntityMetadata['columns'][number];

/**
 * One entity's columns (all it selects, or its primary key and the properties `only` names),
 * selected under short keys of the kit's own and read back as TypeORM reads them.
 */
class EntityColumns {
  private readonly columns: { key: string; column: ColumnMetadata }[];

  constructor(
    private readonly metadata: EntityMetadata,
    private readonly alias: string,
    prefix: string,
    only?: readonly string[],
  ) {
    this.columns = metadata.columns
      .filter((column) => !column.isVirtual && column.isSelect)
      .filter((column) => !only || column.isPrimary || only.includes(column.propertyName))
      .map((column, i) => ({ key: `${prefix}${i}`, column }));
    const missing = only?.filter((name) => !this.columns.some(({ column }) => column.propertyName === name));
    if (missing?.length) throw new Error(`${metadata.name} has no column for ${missing.join(', ')}`);
  }

  select(query: SelectQueryBuilder<ObjectLiteral>): void {
    for (const { key, column } of this.columns)
      query.addSelect(`"${this.alias}"."${column.databaseName}"`, key);
  }

  /** The same columns as a SELECT list of plain SQL. */
  selection(): string {
    return this.columns
      .map(({ key, column }) => `"${this.alias}"."${column.databaseName}" AS "${key}"`)
      .join(', ');
  }

  /** The key a column of this entity is selected under. */
  keyOf(databaseName: string): string {
    const found = this.columns.find(({ column }) => column.databaseName === databaseName);
    if (!found) throw new Error(`${this.metadata.name} has no selected column ${databaseName}`);
    return found.key;
  }

  /** The entity of a row, or undefined where a left join found none (every column NULL). */
  read(row: Record<string, unknown>, query: SelectQueryBuilder<ObjectLiteral>): ObjectLiteral | undefined {
    const driver = query.connection.driver;
    const entity = this.metadata.create() as ObjectLiteral;
    let found = false;
    for (const { key, column } of this.columns) {
      const value = row[key];
      if (value !== null && value !== undefined) found = true;
      // The driver's own conversion, column transformers included: the values getMany would give.
      column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return found ? entity : undefined;
  }
}

/** A to-one relation a page reads with its rows, and the related entity's properties it reads (all without). */
export interface PageRelation {
  name: string;
  only?: readonly string[];
}

/**
 * A page's rows as entities with their to-one relations (`ListSpec.pageRelations`), read from one
 * statement's raw rows by a reader made once per list. TypeORM's generic result transformer
 * (grouping rows by key, alias maps, relation id maps) cost about a tenth of the API's CPU on a
 * page of 50 leads; this does only what a page of to-one joins needs, with the driver's own value
 * conversion, so the entities are the ones getMany would give.
 */
export class PageRows<E extends ObjectLiteral> {
  private readonly main: EntityColumns;
  private readonly relations: { relation: RelationMetadata; alias: string; columns: EntityColumns }[];

  constructor(
    private readonly metadata: EntityMetadata,
    private readonly alias: string,
    relations: readonly PageRelation[],
  ) {
    this.main = new EntityColumns(metadata, alias, 'c');
    this.relations = relations.map(({ name, only }, i) => {
      const relation = metadata.findRelationWithPropertyPath(name);
      if (!relation || !(relation.isManyToOne || relation.isOneToOneOwner)) {
        throw new Error(`${metadata.name}.${name} is not a to-one relation a list page can join`);
      }
      const relationAlias = `${alias}_${name}`;
      return {
        relation,
        alias: relationAlias,
        columns: new EntityColumns(relation.inverseEntityMetadata, relationAlias, `r${i}_`, only),
      };
    });
  }

  /** The key the rows' id is selected under (select()), for orders and keysets over the page's rows. */
  idKey(): string {
    return this.main.keyOf('id');
  }

  /**
   * The page's rows as select() gives them, from `page`: the page's ids (`list_id`) with their
   * `list_sort_value` and `list_sort_key`, in order. The entity's columns are read for those rows
   * only, so what was read before the cut can stay narrow.
   */
  fromIds(page: string): string {
    return (
      `SELECT "list_page"."list_sort_value", "list_page"."list_sort_key", ${this.main.selection()} ` +
      `FROM (${page}) "list_page" JOIN "${this.metadata.tableName}" "${this.alias}" ON "${this.alias}"."id" = "list_page"."list_id"`
    );
  }

  /** Replaces the query's selection with the entity's own columns (the page's rows, before the joins). */
  select(query: SelectQueryBuilder<E>): void {
    this.main.select(query as unknown as SelectQueryBuilder<ObjectLiteral>);
  }

  /**
   * The statement of a page: `page` (the entity's rows already filtered, ordered and cut to the
   * page, selected by select() with its sort key as `list_sort_key`) with the to-one relations
   * joined to those rows only. Joined before the cut, the database joined every match: a search
   * matching 8,000 leads looked up 8,000 enterprises and owners for a page of 50.
   */
  joined(page: string, direction: 'ASC' | 'DESC'): string {
    if (!this.relations.length) return page;
    const joins = this.relations.map(({ relation, alias, columns }) => {
      const on = relation.joinColumns.map((join) => {
        const referenced = join.referencedColumn?.databaseName ?? 'id';
        return `"${alias}"."${referenced}" = "page"."${this.main.keyOf(join.databaseName)}"`;
      });
      return {
        sql: `LEFT JOIN "${relation.inverseEntityMetadata.tableName}" "${alias}" ON ${on.join(' AND ')}`,
        columns,
      };
    });
    const selected = ['"page".*', ...joins.map(({ columns }) => columns.selection())];
    return [
      `SELECT ${selected.join(', ')} FROM (${page}) "page"`,
      ...joins.map(({ sql }) => sql),
      `ORDER BY "page"."list_sort_key" ${direction}, "page"."${this.main.keyOf('id')}" ${direction}`,
    ].join(' ');
  }

  read(rows: readonly Record<string, unknown>[], query: SelectQueryBuilder<E>): E[] {
    const q = query as unknown as SelectQueryBuilder<ObjectLiteral>;
    return rows.map((row) => {
      const entity = this.main.read(row, q) as E;
      for (const { relation, columns } of this.relations) {
        const related = columns.read(row, q);
        if (related) relation.setEntityValue(entity, related);
      }
      return entity;
    });
  }
}
