import { drillHref, parseDrill } from './drill';

describe('drill parameter', () => {
  it.each<[string, string | null, object | null]>([
    ['no parameter', null, null],
    [
      'an object, unchanged',
      '{"stages":["NEW"],"movedTo":{"stages":["SIGNED"]}}',
      { stages: ['NEW'], movedTo: { stages: ['SIGNED'] } },
    ],
    ['the empty filter', '{}', {}],
    ['an array is no filter', '[1,2]', null],
    ['a scalar is no filter', '"x"', null],
    ['truncated JSON', '{"stages":["NE', null],
  ])('%s', (_, value, filter) => {
    expect(parseDrill(value)).toEqual(filter);
  });

  it('builds the list address with the filter as JSON, and reads it back exactly', () => {
    const filter = { industryCode: 'NEW_ENERGY', asOf: '2026-03-31', channels: ['FUND'] };
    const href = drillHref({ kind: 'PROJECTS', filter });
    expect(href.startsWith('/projects?drill=')).toBe(true);
    expect(parseDrill(new URL(href, 'http://x').searchParams.get('drill'))).toEqual(filter);
  });
});
