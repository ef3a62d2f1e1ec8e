import dayjs from 'dayjs';
import type { EnterpriseDetailFragment } from '@lianzhao/web-data';
import { toEnterpriseInput, toFormValues } from './enterprise-values';

const stored: EnterpriseDetailFragment = {
  __typename: 'Enterprise',
  id: 'e1',
  name: '上海链招科技有限公司',
  creditCode: '91310120MA1HK5T97Y',
  industryCode: 'GREEN_ENERGY',
  segmentCode: 'ICV',
  industry: { __typename: 'Industry', code: 'GREEN_ENERGY', name: '绿色新能源', nameEn: 'Green new energy' },
  segment: { __typename: 'Segment', code: 'ICV', name: '智能网联汽车', nameEn: 'ICV' },
  tagCodes: ['HEADQUARTERS'],
  headquartersCity: '上海',
  registeredCapital: '12345.6789',
  legalRepresentative: '张三',
  foundedOn: '2020-05-01',
  localStockSince: null,
  address: null,
  website: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 2,
  contacts: [
    {
      __typename: 'EnterpriseContact',
      id: 'c1',
      name: '李四',
      title: null,
      phone: '13812345678',
      email: null,
    },
  ],
};

describe('enterprise form values', () => {
  it('round-trips a stored enterprise without touching the amount', () => {
    const input = toEnterpriseInput(toFormValues(stored));
    expect(input).toEqual({
      name: '上海链招科技有限公司',
      creditCode: '91310120MA1HK5T97Y',
      legalRepresentative: '张三',
      registeredCapital: '12345.6789',
      foundedOn: '2020-05-01',
      localStockSince: null,
      headquartersCity: '上海',
      address: null,
      website: null,
      segmentCode: 'ICV',
      tagCodes: ['HEADQUARTERS'],
      contacts: [{ name: '李四', title: null, phone: '13812345678', email: null }],
    });
  });

  it('normalises what users type: code case and spaces, thousands separators, blanks', () => {
    const input = toEnterpriseInput({
      name: '  某公司 ',
      creditCode: ' 91310120ma1hk5t97y ',
      registeredCapital: '1,000.50',
      foundedOn: dayjs('2021-02-03'),
      localStockSince: dayjs('2022-06-30'),
      website: '  ',
    });
    expect(input).toMatchObject({
      name: '某公司',
      creditCode: '91310120MA1HK5T97Y',
      registeredCapital: '1000.5',
      foundedOn: '2021-02-03',
      localStockSince: '2022-06-30',
      website: null,
      segmentCode: null,
      tagCodes: [],
      contacts: [],
    });
  });
});
