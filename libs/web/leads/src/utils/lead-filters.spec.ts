import { joinList, sortParam } from '@lianzhao/web-ui';
import { leadView, toLeadFilter, toLeadOrder } from './lead-filters';

describe('lead filters in the URL', () => {
  it('reads every filter the pipeline page offers', () => {
    const params = new URLSearchParams(
      'q=%E9%93%BE%E6%8B%9B&stage=NEW,VISITED&industry=GREEN_ENERGY&segment=ICV&channel=CHAIN,SELF' +
        '&org=o1&owner=u1&town=NANQIAO&grade=A,B&tags=LEAD_KEY,bad-code,LEAD_KEY&from=2026-01-01&to=2026-03-31&signFrom=2026-06-01&signTo=2026-12-31' +
        '&invMin=1,000&invMax=50000.5&outMin=200&outMax=1,500.50&landMin=10&landMax=30.5&spaceMin=2000&spaceMax=8,000',
    );
    expect(toLeadFilter(Object.fromEntries(params))).toEqual({
      search: '链招',
      stages: ['NEW', 'VISITED'],
      industryCode: 'GREEN_ENERGY',
      segmentCode: 'ICV',
      channels: ['CHAIN', 'SELF'],
      sourceOrganizationId: 'o1',
      ownerId: 'u1',
      townCode: 'NANQIAO',
      grades: ['A', 'B'],
      // Each well-formed tag code once; a malformed one is dropped.
      tagCodes: ['LEAD_KEY'],
      createdFrom: '2026-01-01',
      createdTo: '2026-03-31',
      expectedSigningFrom: '2026-06-01',
      expectedSigningTo: '2026-12-31',
      investmentMin: '1000',
      investmentMax: '50000.5',
      outputMin: '200',
      outputMax: '1500.5',
      landMin: '10',
      landMax: '30.5',
      spaceMin: '2000',
      spaceMax: '8000',
    });
  });

  it('drops what a hand-edited link got wrong instead of sending it', () => {
    expect(toLeadFilter({ stage: 'NOPE', grade: 'Z', from: '2026-1-1', invMin: 'abc', q: '  ' })).toEqual({});
    // Land and space follow the area rule (two decimals), not just the money parser.
    expect(toLeadFilter({ landMin: '1.234', spaceMax: '-5', outMin: '1.23456' })).toEqual({});
  });

  it('drops a range whose upper bound lies below its lower one, which the server would refuse', () => {
    expect(
      toLeadFilter({
        from: '2026-03-02',
        to: '2026-03-01',
        signFrom: '2026-07-01',
        signTo: '2026-06-30',
        invMin: '10',
        invMax: '9.5',
        outMin: '1,000',
        outMax: '999',
        landMin: '3',
        landMax: '2.99',
        spaceMin: '100',
        spaceMax: '10',
      }),
    ).toEqual({});
    // Equal bounds, and one bound alone, are fine.
    expect(toLeadFilter({ invMin: '1,000', invMax: '1000.0', landMax: '5' })).toEqual({
      investmentMin: '1000',
      investmentMax: '1000',
      landMax: '5',
    });
  });

  it('keeps the sort as FIELD.DIRECTION', () => {
    expect(toLeadOrder({ sort: 'PLANNED_INVESTMENT.ASC' })).toEqual({
      field: 'PLANNED_INVESTMENT',
      direction: 'ASC',
    });
    expect(toLeadOrder({ sort: 'UPDATED_AT.ASC' })).toBeUndefined();
    expect(toLeadOrder({})).toBeUndefined();
    expect(sortParam({ field: 'EXPECTED_SIGNING_ON', direction: 'DESC' })).toBe('EXPECTED_SIGNING_ON.DESC');
  });

  it('defaults to the board and joins lists with commas', () => {
    expect(leadView({})).toBe('board');
    expect(leadView({ view: 'table' })).toBe('table');
    expect(joinList(['A', 'C'])).toBe('A,C');
    expect(joinList([])).toBeUndefined();
  });
});
