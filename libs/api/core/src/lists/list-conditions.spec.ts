import {
  alphabetical,
  amountRange,
  dateRange,
  equalsCondition,
  inCondition,
  newestFirst,
  SEARCH_SEPARATOR,
  searchCondition,
  shanghaiDayRange,
} from './list-conditions';
import { SortDirection } from './sort-direction';

describe('list conditions', () => {
  it('searches any column for the term, LIKE wildcards taken literally', () => {
    expect(searchCondition(['e.name', 'e.credit_code'], '50%_off')).toEqual([
      { sql: 'e.name ILIKE :term OR e.credit_code ILIKE :term', params: { term: '%50\\%\\_off%' } },
    ]);
    expect(
      searchCondition(['p.park'], '临港', { param: 'park', orMatches: (p) => `x.y ILIKE :${p}` }),
    ).toEqual([{ sql: 'p.park ILIKE :park OR x.y ILIKE :park', params: { park: '%临港%' } }]);
    expect(searchCondition(['e.name'], '')).toEqual([]);
    expect(searchCondition(['e.name'], null)).toEqual([]);
  });

  it('lets bigram indexes narrow a search of two characters or more, ILIKE deciding', () => {
    expect(searchCondition(['e.name', 'e.credit_code'], '氢能', { bigrams: true })).toEqual([
      {
        sql:
          '(lz_bigrams(e.name) @> lz_bigrams(:termRaw) OR lz_bigrams(e.credit_code) @> lz_bigrams(:termRaw)) AND ' +
          '(e.name ILIKE :term OR e.credit_code ILIKE :term)',
        params: { term: '%氢能%', termRaw: '氢能' },
      },
    ]);
    // One character has no bigram.
    expect(searchCondition(['e.name'], '氢', { bigrams: true })).toEqual([
      { sql: 'e.name ILIKE :term', params: { term: '%氢%' } },
    ]);
    expect(
      searchCondition(['e.name'], '氢能', { bigrams: true, orMatches: (p) => `x.y ILIKE :${p}` }),
    ).toEqual([
      {
        sql: '((lz_bigrams(e.name) @> lz_bigrams(:termRaw)) AND (e.name ILIKE :term)) OR x.y ILIKE :term',
        params: { term: '%氢能%', termRaw: '氢能' },
      },
    ]);
  });

  it('searches a row document instead of the columns, unless the term holds the separator', () => {
    const options = { document: 'l.search_text', orMatches: (p: string) => `x.y ILIKE :${p}` };
    expect(searchCondition(['l.project_name'], '5%', options)).toEqual([
      {
        sql: '(lz_bigrams(l.search_text) @> lz_bigrams(:termRaw)) AND (l.search_text ILIKE :term)',
        params: { term: '%5\\%%', termRaw: '5%' },
      },
    ]);
    expect(searchCondition(['l.project_name'], '氢', options)).toEqual([
      { sql: 'l.search_text ILIKE :term', params: { term: '%氢%' } },
    ]);
    expect(searchCondition(['l.project_name'], `氢${SEARCH_SEPARATOR}能`, options)).toEqual([
      { sql: 'l.project_name ILIKE :term OR x.y ILIKE :term', params: { term: `%氢${SEARCH_SEPARATOR}能%` } },
    ]);
  });

  it('adds an equality or membership only for a given value (false is a value)', () => {
    expect(equalsCondition('o.active', 'active', false)).toEqual([
      { sql: 'o.active = :active', params: { active: false } },
    ]);
    expect(equalsCondition('o.kind', 'kind', undefined)).toEqual([]);
    expect(equalsCondition('o.kind', 'kind', null)).toEqual([]);
    expect(equalsCondition('e.segment_code', 'segmentCode', '')).toEqual([]);
    expect(inCondition('l.stage', 'stages', ['NEW', 'SIGNED'])).toEqual([
      { sql: 'l.stage IN (:...stages)', params: { stages: ['NEW', 'SIGNED'] } },
    ]);
    expect(inCondition('l.stage', 'stages', [])).toEqual([]);
  });

  it('bounds Shanghai days, dates and amounts on each side given', () => {
    expect(shanghaiDayRange('l.created_at', 'created', '2026-01-01', '2026-01-31')).toEqual([
      {
        sql: "l.created_at >= (:createdFrom::date)::timestamp AT TIME ZONE 'Asia/Shanghai'",
        params: { createdFrom: '2026-01-01' },
      },
      {
        sql: "l.created_at < ((:createdTo::date + 1))::timestamp AT TIME ZONE 'Asia/Shanghai'",
        params: { createdTo: '2026-01-31' },
      },
    ]);
    expect(dateRange('SIGNED', 'signed', null, '2026-02-01')).toEqual([
      { sql: 'SIGNED <= CAST(:signedTo AS date)', params: { signedTo: '2026-02-01' } },
    ]);
    expect(amountRange('l.land_need', 'landNeed', '10', undefined)).toEqual([
      { sql: 'l.land_need >= :landNeedMin', params: { landNeedMin: '10' } },
    ]);
    expect(amountRange('l.land_need', 'landNeed', null, null)).toEqual([]);
  });

  it('gives the standard sort keys', () => {
    expect(newestFirst('r')).toEqual({
      sortKeys: { CREATED_AT: { sql: 'r.created_at', type: 'timestamptz' } },
      defaultSort: { field: 'CREATED_AT', direction: SortDirection.DESC },
    });
    expect(alphabetical('NAME', 'o.name')).toEqual({
      sortKeys: { NAME: { sql: 'o.name', type: 'text' } },
      defaultSort: { field: 'NAME', direction: SortDirection.ASC },
    });
  });
});
