import { InMemoryCache } from '@apollo/client';
import { evictEntityFields, evictRootFields } from './cache';

describe('cache eviction', () => {
  it('drops root lists and one record’s fields, keeping the rest', () => {
    const cache = new InMemoryCache();
    cache.restore({
      ROOT_QUERY: {
        __typename: 'Query',
        'leads({})': { __typename: 'LeadConnection', totalCount: 1 },
        'lead({"id":"1"})': { __ref: 'Lead:1' },
        me: { __ref: 'User:1' },
      },
      'User:1': { __typename: 'User', id: '1', displayName: '张三' },
      'Lead:1': { __typename: 'Lead', id: '1', projectName: '项目', auditTrail: [] },
    });
    evictRootFields(cache, 'leads');
    evictEntityFields(cache, 'Lead', '1', 'auditTrail');
    const data = cache.extract();
    expect(Object.keys(data['ROOT_QUERY'] ?? {})).toEqual(['__typename', 'lead({"id":"1"})', 'me']);
    expect(data['Lead:1']).toEqual({ __typename: 'Lead', id: '1', projectName: '项目' });
    expect(data['User:1']).toBeDefined();
  });
});
