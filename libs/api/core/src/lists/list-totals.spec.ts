import { RequestContext } from '../context/request-context';
import { equalsCondition, inCondition } from './list-conditions';
import { defineList } from './list-spec';
import { totalsConditions } from './list-totals';
import { SortDirection } from './sort-direction';

interface Filter {
  industryCode?: string | null;
  stages?: string[] | null;
  ownerId?: string | null;
  search?: string;
}

class Row {
  id!: string;
}

const filter = (f: Filter) => [
  ...equalsCondition('r.industry_code', 'industry', f.industryCode),
  ...inCondition('r.stage', 'stages', f.stages),
  ...equalsCondition('r.owner_id', 'owner', f.ownerId),
  // A field whose emptiness is not "null": a blank search still filters.
  ...(f.search === undefined ? [] : [{ sql: 'r.name LIKE :term', params: { term: `%${f.search}%` } }]),
];

const LIST = defineList<Row, Filter, 'ID'>({
  entity: Row,
  alias: 'r',
  filter,
  sortKeys: { ID: { sql: 'r.id', type: 'text' } },
  defaultSort: { field: 'ID', direction: SortDirection.ASC },
  totals: {
    table: 'row_totals',
    countColumn: 'rows',
    groupBy: ['industry_code', 'stage'],
    sums: ['amount'],
    filterFields: ['industryCode', 'stages'],
  },
});

const ctx = RequestContext.system();

describe('list totals: when the maintained totals answer', () => {
  it('answers filters that only use their columns, however the unused fields are spelled', () => {
    expect(totalsConditions(LIST, ctx, null, { sums: [] })).toEqual([]);
    expect(
      totalsConditions(
        LIST,
        ctx,
        { industryCode: 'X', stages: ['NEW'], ownerId: null },
        { sums: ['amount'] },
      ),
    ).toEqual([
      { sql: 'r.industry_code = :industry', params: { industry: 'X' } },
      { sql: 'r.stage IN (:...stages)', params: { stages: ['NEW'] } },
    ]);
    expect(totalsConditions(LIST, ctx, { stages: [], ownerId: '' }, { groupBy: 'stage', sums: [] })).toEqual(
      [],
    );
  });

  it('leaves to the rows a filter on another column, a sum or grouping they lack, and a scoped caller', () => {
    expect(totalsConditions(LIST, ctx, { industryCode: 'X', ownerId: 'u1' }, { sums: [] })).toBeNull();
    expect(totalsConditions(LIST, ctx, { search: '' }, { sums: [] })).toBeNull();
    expect(totalsConditions(LIST, ctx, {}, { sums: ['other'] })).toBeNull();
    expect(totalsConditions(LIST, ctx, {}, { groupBy: 'owner_id', sums: [] })).toBeNull();
    const scoped = { ...LIST, scope: () => [{ sql: 'r.org = :org', params: { org: 'o' } }] };
    expect(totalsConditions(scoped, ctx, {}, { sums: [] })).toBeNull();
    expect(totalsConditions({ ...LIST, totals: undefined }, ctx, {}, { sums: [] })).toBeNull();
  });
});
