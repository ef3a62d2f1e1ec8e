import { activeField, amountRangeField, dateRangeField } from './field-factories';
import { filterFromUrl, type FilterField } from './filter-fields';

type Key =
  | 'q'
  | 'kind'
  | 'kinds'
  | 'industry'
  | 'segment'
  | 'town'
  | 'owner'
  | 'org'
  | 'from'
  | 'to'
  | 'min'
  | 'max'
  | 'areaMin'
  | 'areaMax'
  | 'active';

interface TestFilter {
  search?: string;
  kind?: string;
  kinds?: string[];
  industryCode?: string;
  segmentCode?: string;
  townCode?: string;
  ownerId?: string;
  orgId?: string;
  createdFrom?: string;
  createdTo?: string;
  amountMin?: string;
  amountMax?: string;
  landMin?: string;
  landMax?: string;
  active?: boolean;
}

/** One field of every kind. */
const FIELDS: readonly FilterField<Key, TestFilter>[] = [
  { kind: 'text', key: 'q', to: 'search', label: 'common.search' },
  {
    kind: 'select',
    key: 'kind',
    to: 'kind',
    values: ['A', 'B'],
    allowed: ['A', 'B', 'C'],
    label: 'common.status',
  },
  { kind: 'select', key: 'kinds', to: 'kinds', multiple: true, values: ['A', 'B'], label: 'common.status' },
  {
    kind: 'segment',
    keys: ['industry', 'segment'],
    to: ['industryCode', 'segmentCode'],
    label: 'attribution.segment',
  },
  { kind: 'place', key: 'town', to: 'townCode', label: 'attribution.town' },
  { kind: 'owner', key: 'owner', to: 'ownerId', label: 'attribution.owner' },
  { kind: 'partner', key: 'org', to: 'orgId', label: 'attribution.sourceOrganization' },
  dateRangeField(['from', 'to'], ['createdFrom', 'createdTo'], 'common.updatedAt', [
    'common.updatedAt',
    'common.updatedAt',
  ]),
  amountRangeField(['min', 'max'], ['amountMin', 'amountMax'], 'money', 'common.total', false),
  amountRangeField(['areaMin', 'areaMax'], ['landMin', 'landMax'], 'area', 'common.total', false),
  activeField(),
];

describe('filterFromUrl', () => {
  it('reads every kind of field', () => {
    expect(
      filterFromUrl(FIELDS, {
        q: ' 链招 ',
        kind: 'C',
        kinds: 'B,A,B',
        industry: 'GREEN_ENERGY',
        segment: 'ICV',
        town: 'NANQIAO',
        owner: 'u1',
        org: 'o1',
        from: '2026-01-01',
        to: '2026-03-31',
        min: '1,000',
        max: '2000.50',
        areaMin: '10',
        areaMax: '30.5',
        active: 'false',
      }),
    ).toEqual({
      search: '链招',
      kind: 'C',
      kinds: ['B', 'A'],
      industryCode: 'GREEN_ENERGY',
      segmentCode: 'ICV',
      townCode: 'NANQIAO',
      ownerId: 'u1',
      orgId: 'o1',
      createdFrom: '2026-01-01',
      createdTo: '2026-03-31',
      amountMin: '1000',
      amountMax: '2000.5',
      landMin: '10',
      landMax: '30.5',
      active: false,
    });
  });

  it('leaves out what is unset or malformed', () => {
    expect(filterFromUrl(FIELDS, {})).toEqual({});
    expect(
      filterFromUrl(FIELDS, {
        q: '   ',
        kind: 'Z',
        kinds: 'Z,',
        from: '2026-1-1',
        min: 'abc',
        areaMin: '1.234',
        areaMax: '-5',
        active: 'yes',
      }),
    ).toEqual({});
  });

  it.each([
    ['dates', { from: '2026-03-02', to: '2026-03-01' }],
    ['amounts', { min: '10', max: '9.5' }],
    ['amounts written differently', { min: '1,000', max: '999' }],
    ['areas', { areaMin: '3', areaMax: '2.99' }],
  ])('drops an inverted range of %s as a whole', (_, state) => {
    expect(filterFromUrl(FIELDS, state)).toEqual({});
  });

  it('keeps equal bounds and a bound alone', () => {
    expect(filterFromUrl(FIELDS, { min: '1,000', max: '1000.0', areaMax: '5', to: '2026-01-01' })).toEqual({
      amountMin: '1000',
      amountMax: '1000',
      landMax: '5',
      createdTo: '2026-01-01',
    });
  });
});
