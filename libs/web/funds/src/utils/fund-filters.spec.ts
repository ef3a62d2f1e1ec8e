import { sortParam } from '@lianzhao/web-ui';
import { toFundFilter, toFundOrder } from './fund-filters';

describe('基金 URL filters', () => {
  it('turns the query string into the API filter, dropping what is malformed', () => {
    expect(
      toFundFilter({ q: ' 引导 ', kind: 'GOVERNMENT_GUIDANCE,NOPE,MARKET', status: 'INVESTING' }),
    ).toEqual({
      search: '引导',
      kinds: ['GOVERNMENT_GUIDANCE', 'MARKET'],
      statuses: ['INVESTING'],
    });
    expect(toFundFilter({ kind: 'HEDGE', status: 'CLOSED', q: '  ', manager: 'not-an-id' })).toEqual({});
    expect(toFundFilter({ manager: '0b8f3c9e-2f1a-4c57-9d7e-3a1b2c3d4e5f' })).toEqual({
      managerOrganizationIds: ['0b8f3c9e-2f1a-4c57-9d7e-3a1b2c3d4e5f'],
    });
  });

  it.each([
    ['SIZE.DESC', { field: 'SIZE', direction: 'DESC' }],
    ['NAME.ASC', { field: 'NAME', direction: 'ASC' }],
    ['VINTAGE_DATE.DESC', { field: 'VINTAGE_DATE', direction: 'DESC' }],
    ['LEVERAGE.DESC', undefined],
    ['SIZE.UP', undefined],
    [undefined, undefined],
  ])('sort %s', (sort, order) => {
    expect(toFundOrder({ sort })).toEqual(order);
    if (order) expect(sortParam(toFundOrder({ sort }))).toBe(sort);
  });
});
