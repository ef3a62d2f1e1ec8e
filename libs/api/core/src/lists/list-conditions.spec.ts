import {
  alphabetical,
  amountRange,
  dateRange,
  equalsCondition,
  inCondition,
  newestFirst,
  searchCondition,
  shanghaiDayRange,
} from './list-conditions';
import { SortDirection } from './sort-direction';

describe('list conditions', () => {
  it('searches any column for the term, LIKE wildcards taken literally', () => {
    expect(searchCondition(['e.name', 'e.credit_code'], '50%_off')).toEqual([
      { sql: 'e.name ILIKE :term OR e.credit_code ILIKE :term', params: { term: '%50\\%\\_off%' } },
    ]);
    expect(searchCondition(['p.park'], '临港', { param: 'park', orMatches: (p) => `x.y ILIKE :${p}` })).toEqual([
      { sql: 'p.park ILIKE :park OR x.y ILIKE :park', params: { park: '%临港%' } },
    ]);
    expect(searchCondition(['e.name'], '')).toEqual([]);
    expect(searchCondition(['e.name'], null)).toEqual([]);
  });

  it('adds an equality or membership only for a given value (false is a value)', () => {
    expect(equalsCondition('o.active', 'active', false)).toEqual([{ sql: 'o.active = :active', params: { active: false } }]);
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
