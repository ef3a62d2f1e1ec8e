import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  In,
  type EntityTarget,
  type InsertQueryBuilder,
  type FindOptionsWhere,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';
import { conflict, notFound, RequestContext, STALE_VERSION_MESSAGE } from '@lianzhao/api-core';

/**
 * The only way services reach the database. A repository is always taken for a RequestContext,
 * so inside a transaction it is bound to that transaction's connection.
 */
@Injectable()
export class TransactionalConnection {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  getRepository<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>): Repository<T> {
    return (ctx.transaction ?? this.dataSource.manager).getRepository(entity);
  }

  /** The row with this id, or NOT_FOUND naming what was asked for (「线索不存在或您无权查看」). */
  async getById<T extends ObjectLiteral & { id: string }>(
    ctx: RequestContext,
    entity: new () => T,
    id: string,
    what: string,
  ): Promise<T> {
    const row = await this.getRepository(ctx, entity).findOneBy({ id } as FindOptionsWhere<T>);
    if (!row) throw notFound(what);
    return row;
  }

  /** Runs `work` in one transaction (or joins the caller's), handing it a context bound to it. */
  async withTransaction<R>(ctx: RequestContext, work: (tx: RequestContext) => Promise<R>): Promise<R> {
    if (ctx.transaction) return work(ctx);
    return this.dataSource.transaction((manager) => work(ctx.withTransaction(manager)));
  }

  /**
   * Runs INSERTs built by their owners' services as one statement: `main` as the statement and the
   * others as data-modifying WITH queries. A write that spans several tables then costs one round
   * trip, and being one statement it is atomic even outside a transaction. Returns the rows of
   * `main`'s RETURNING. The parts see one snapshot and run in no set order, so none may depend on
   * another's rows, except through foreign keys: those are checked at the end of the statement.
   */
  async insertTogether(
    ctx: RequestContext,
    main: InsertQueryBuilder<ObjectLiteral>,
    ...alongside: InsertQueryBuilder<ObjectLiteral>[]
  ): Promise<Record<string, unknown>[]> {
    const parts: string[] = [];
    const parameters: unknown[] = [];
    for (const query of [...alongside, main]) {
      const [sql, values] = query.getQueryAndParameters();
      const offset = parameters.length;
      // Each part numbers its parameters from $1; shift them into the statement's numbering.
      parts.push(
        sql.replace(/\$(\d+)/g, (_, n: string) => {
          if (Number(n) > values.length) throw new Error(`insertTogether: $${n} is not a parameter of ${sql}`);
          return `$${Number(n) + offset}`;
        }),
      );
      parameters.push(...values);
    }
    const statement = parts.pop() as string;
    const withs = parts.map((part, i) => `insert_${i} AS (${part})`);
    const sql = withs.length ? `WITH ${withs.join(', ')} ${statement}` : statement;
    return (ctx.transaction ?? this.dataSource.manager).query(sql, parameters);
  }

  /**
   * Optimistic locking: applies `changes` only if the row still has the version the client saw.
   * The check and the write are one UPDATE, so two concurrent edits cannot both win.
   */
  async updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
    ctx: RequestContext,
    entity: EntityTarget<T>,
    id: string,
    version: number,
    changes: Partial<T>,
  ): Promise<void> {
    const result = await this.getRepository(ctx, entity)
      .createQueryBuilder()
      .update()
      // TypeORM's own column typing cannot express "a partial of T" for set(); the shape is checked above.
      .set(changes as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (!result.affected) throw conflict(STALE_VERSION_MESSAGE, { id });
  }

  /**
   * A per-request DataLoader of rows by id: however many resolvers of one request ask for an
   * owner or an organisation, one query fetches them all.
   */
  byId<T extends ObjectLiteral & { id: string }>(
    ctx: RequestContext,
    entity: (new () => T) & { name: string },
  ): DataLoader<string, T | null> {
    return ctx.loader(
      `${entity.name}ById`,
      () =>
        new DataLoader<string, T | null>(async (ids) => {
          const rows = await this.getRepository(ctx, entity).findBy({
            id: In([...ids]),
          } as FindOptionsWhere<T>);
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }
}
