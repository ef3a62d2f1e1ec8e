import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { phoneSearchDigits, recordKindsFor, type RecordKind } from '@lianzhao/domain';
import { applyConditions, RequestContext, scopedQuery, type ListSpec, type SqlCondition } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { ENTERPRISE_LIST, EnterpriseQueries } from '@lianzhao/api-enterprises';
import { FUND_LIST } from '@lianzhao/api-funds';
import { LEAD_LIST } from '@lianzhao/api-leads';
import { PROJECT_LIST } from '@lianzhao/api-projects';
import { REFERRAL_LIST } from '@lianzhao/api-referrals';
import type { SearchGroup } from './search.types';

/** The fewest characters a name search needs: a single character has no bigram to use an index. */
export const MIN_SEARCH_CHARS = 2;
/** The most enterprises a phone number stands for in one search. */
const MAX_PHONE_ENTERPRISES = 50;

/** What one search looks for: the name term (or null when too short) and a phone's digits. */
interface Terms {
  text: string | null;
  phone: string | null;
  /** Enterprises with a contact of that phone. */
  phoneEnterprises: string[];
}

/** The conditions of one kind: the list's own search filter, and the phone match where it has one. */
interface KindSearch {
  kind: RecordKind;
  // Each list's own filter type; a search passes only `{ search }`, which every one of them has.
  spec: ListSpec<ObjectLiteral, { search?: string | null }, string>;
  title: string;
  detail: string;
  phone?: (terms: Terms) => SqlCondition | null;
}

/** The enterprise column matches one of the phone's enterprises. */
function enterpriseOfPhone(column: string): (terms: Terms) => SqlCondition | null {
  return ({ phoneEnterprises }) =>
    phoneEnterprises.length ? { sql: `${column} = ANY(:phoneEnterprises)`, params: { phoneEnterprises } } : null;
}

const enterpriseName = (column: string) => `(SELECT se.name FROM enterprises se WHERE se.id = ${column})`;

/**
 * Each kind searched with its own list's search conditions (so the bigram and search-document
 * indexes serve it exactly as they serve the list) under its own list's scope (a partner: its own
 * organisation's referrals and funds), newest first.
 */
const KINDS: readonly KindSearch[] = [
  {
    kind: 'ENTERPRISE',
    spec: ENTERPRISE_LIST,
    title: 'e.name',
    detail: 'e.credit_code',
    phone: enterpriseOfPhone('e.id'),
  },
  {
    kind: 'LEAD',
    spec: LEAD_LIST,
    title: 'l.project_name',
    detail: enterpriseName('l.enterprise_id'),
    phone: enterpriseOfPhone('l.enterprise_id'),
  },
  {
    kind: 'PROJECT',
    spec: PROJECT_LIST,
    title: 'p.name',
    detail: enterpriseName('p.enterprise_id'),
    phone: enterpriseOfPhone('p.enterprise_id'),
  },
  {
    kind: 'REFERRAL',
    spec: REFERRAL_LIST,
    title: 'r.company_name',
    detail: 'r.credit_code',
    phone: ({ phone }) =>
      phone
        ? { sql: 'lz_phone_key(r.contact_phone) LIKE :phoneKey', params: { phoneKey: `${[...phone].reverse().join('')}%` } }
        : null,
  },
  {
    kind: 'FUND',
    spec: FUND_LIST as unknown as KindSearch['spec'],
    title: 'f.name',
    detail: '(SELECT so.name FROM organizations so WHERE so.id = f.manager_organization_id)',
  },
];

/** Any one of the groups of conditions holds (each group ANDed); FALSE when there is none. */
function anyOf(groups: readonly SqlCondition[][]): SqlCondition {
  const present = groups.filter((g) => g.length);
  if (!present.length) return { sql: 'FALSE' };
  return {
    sql: present.map((g) => `(${g.map((c) => `(${c.sql})`).join(' AND ')})`).join(' OR '),
    params: Object.assign({}, ...present.flatMap((g) => g.map((c) => c.params ?? {}))) as Record<string, unknown>,
  };
}

/** 全局搜索 (Ctrl+K): enterprises, leads, projects, referrals and funds, as the caller may see them. */
@Injectable()
export class SearchService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly enterprises: EnterpriseQueries,
  ) {}

  async search(ctx: RequestContext, text: string, first: number): Promise<SearchGroup[]> {
    if (!ctx.user) return [];
    const allowed = recordKindsFor(ctx.user.role);
    const kinds = KINDS.filter((k) => allowed.includes(k.kind));
    const phone = phoneSearchDigits(text);
    const terms: Terms = {
      text: [...text].length >= MIN_SEARCH_CHARS ? text : null,
      phone,
      // Contacts are staff data: a partner's search does not read them.
      phoneEnterprises:
        phone && ctx.user.role !== 'PARTNER' ? await this.enterprises.idsByPhone(ctx, phone, MAX_PHONE_ENTERPRISES) : [],
    };
    const groups: SearchGroup[] = [];
    // One kind after another: the embedded database serves one statement at a time anyway.
    for (const kind of kinds) groups.push(await this.searchKind(ctx, kind, terms, first));
    return groups;
  }

  private async searchKind(ctx: RequestContext, kind: KindSearch, terms: Terms, first: number): Promise<SearchGroup> {
    const byText = terms.text ? kind.spec.filter({ search: terms.text }, ctx) : [];
    const byPhone = kind.phone?.(terms);
    if (!byText.length && !byPhone) return { kind: kind.kind, hits: [], hasMore: false };
    const { alias } = kind.spec;
    const query: SelectQueryBuilder<ObjectLiteral> = applyConditions(scopedQuery(this.connection, ctx, kind.spec), [
      anyOf([byText, byPhone ? [byPhone] : []]),
    ]);
    const rows = await query
      .select(`${alias}.id`, 'id')
      .addSelect(kind.title, 'title')
      .addSelect(kind.detail, 'detail')
      .orderBy(`${alias}.created_at`, 'DESC')
      .addOrderBy(`${alias}.id`, 'DESC')
      .limit(first + 1)
      .getRawMany<{ id: string; title: string; detail: string | null }>();
    return {
      kind: kind.kind,
      hits: rows.slice(0, first).map((row) => ({ kind: kind.kind, ...row })),
      hasMore: rows.length > first,
    };
  }
}
