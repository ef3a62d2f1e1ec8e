import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Enterprise } from './enterprise.entity';
import { EnterpriseContact } from './enterprise-contact.entity';

/**
 * What other contexts read of the register. They read enterprises through this (and write them
 * through EnterprisesService), never through the Enterprise repository: the lint rule on foreign
 * repositories in eslint.config.mjs holds them to it.
 */
@Injectable()
export class EnterpriseQueries {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Batches the enterprise look-ups of one request into a single query. */
  loader(ctx: RequestContext): DataLoader<string, Enterprise | null> {
    return this.connection.byId(ctx, Enterprise);
  }

  /** One enterprise read afresh (inside a transaction: on its connection), or null. */
  find(ctx: RequestContext, id: string): Promise<Enterprise | null> {
    return this.connection.getRepository(ctx, Enterprise).findOneBy({ id });
  }

  /** The enterprises with these ids, in no particular order (one array parameter, however many). */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<Enterprise[]> {
    if (!ids.length) return [];
    return this.connection
      .getRepository(ctx, Enterprise)
      .createQueryBuilder('e')
      .where('e.id = ANY(:ids)', { ids: [...new Set(ids)] })
      .getMany();
  }

  /**
   * Enterprises with a contact whose phone ends in these digits (global search), at most `limit`:
   * `lz_phone_key` is the phone's digits reversed, indexed, so the suffix is an index prefix.
   */
  async idsByPhone(ctx: RequestContext, digits: string, limit: number): Promise<string[]> {
    const rows = await this.connection
      .getRepository(ctx, EnterpriseContact)
      .createQueryBuilder('ec')
      .select('DISTINCT ec.enterprise_id', 'id')
      .where('lz_phone_key(ec.phone) LIKE :key', { key: `${[...digits].reverse().join('')}%` })
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }
}

/**
 * The enterprise of `enterpriseIdSql` has the search parameter in its name or credit code: how
 * another context's list searches by company without joining the register's table itself. Leads
 * and projects carry these texts in their `search_text` (kept by the register's trigger), so they
 * read this only for a term that document cannot serve (see `searchCondition`).
 */
export function matchesEnterpriseSql(enterpriseIdSql: string): (param: string) => string {
  return (param) =>
    `EXISTS (SELECT 1 FROM enterprises e WHERE e.id = ${enterpriseIdSql} AND (e.name ILIKE :${param} OR e.credit_code ILIKE :${param}))`;
}
