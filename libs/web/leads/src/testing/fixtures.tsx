import { act, render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import type { LeadStage } from '@lianzhao/domain';
import {
  MyFollowUpsDueDocument,
  OrganizationOptionsDocument,
  OwnerOptionsDocument,
  ReferenceOptionsDocument,
  SavedViewsDocument,
  type LeadCardFragment,
} from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
// This library's words; the enterprise pickers' come with their library's index.
import '../i18n/messages';

/** Test data and a render helper shared by this library's component tests. */

export function leadCard(
  id: string,
  stage: LeadStage,
  projectName: string,
  patch: Partial<LeadCardFragment> = {},
): LeadCardFragment {
  return {
    __typename: 'Lead',
    id,
    stage,
    projectName,
    version: 3,
    plannedInvestment: '120000',
    expectedSigningOn: null,
    grade: 'A',
    channel: 'SELF',
    tagCodes: [],
    createdAt: '2026-03-01T08:00:00.000Z',
    enterprise: {
      __typename: 'Enterprise',
      id: `e-${id}`,
      name: '上海链招新能源科技有限公司',
      creditCode: null,
    },
    owner: { __typename: 'User', id: 'u1', displayName: '张招商' },
    industry: {
      __typename: 'Industry',
      code: 'GREEN_ENERGY',
      name: '绿色新能源',
      nameEn: 'Green new energy',
    },
    segment: { __typename: 'Segment', code: 'ENERGY_STORAGE', name: '新型储能', nameEn: 'Energy storage' },
    ...patch,
  };
}

const always = <T,>(mock: MockLink.MockedResponse<T>): MockLink.MockedResponse<T> => ({
  ...mock,
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** Reference data, owners, partner organisations and an empty to-do list: what pickers ask for. */
export const pickerMocks: MockLink.MockedResponse[] = [
  always({
    request: { query: ReferenceOptionsDocument },
    result: {
      data: {
        industries: [
          {
            __typename: 'Industry',
            code: 'GREEN_ENERGY',
            name: '绿色新能源',
            nameEn: 'Green new energy',
            sortOrder: 2,
            retired: false,
            segments: [
              {
                __typename: 'Segment',
                code: 'ENERGY_STORAGE',
                name: '新型储能',
                nameEn: 'Energy storage',
                sortOrder: 5,
                retired: false,
              },
            ],
          },
        ],
        tags: [
          {
            __typename: 'Tag',
            code: 'HIGH_TECH',
            name: '高新技术企业',
            nameEn: 'High-tech enterprise',
            group: 'PROFILE',
            sortOrder: 140,
            retired: false,
          },
          {
            __typename: 'Tag',
            code: 'LEAD_KEY',
            name: '重点',
            nameEn: 'Key',
            group: 'LEAD',
            sortOrder: 10,
            retired: false,
          },
          {
            __typename: 'Tag',
            code: 'LEAD_FUND_REINVESTMENT',
            name: '基金返投',
            nameEn: 'Fund reinvestment',
            group: 'LEAD',
            sortOrder: 30,
            retired: false,
          },
        ],
        places: [
          {
            __typename: 'Place',
            code: 'NANQIAO',
            name: '南桥镇',
            nameEn: 'Nanqiao Town',
            kind: 'TOWN',
            sortOrder: 1,
            retired: false,
          },
        ],
      },
    },
  }),
  always({
    request: { query: OwnerOptionsDocument },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          edges: [
            {
              __typename: 'UserEdge',
              node: { __typename: 'User', id: 'u1', displayName: '张招商', role: 'OFFICER' },
            },
          ],
        },
      },
    },
  }),
  always({
    request: { query: OrganizationOptionsDocument, variables: () => true },
    result: { data: { organizations: { __typename: 'OrganizationConnection', edges: [] } } },
  }),
  always({ request: { query: MyFollowUpsDueDocument }, result: { data: { myFollowUpsDue: [] } } }),
  always({
    request: { query: SavedViewsDocument, variables: () => true },
    result: { data: { savedViews: [] } },
  }),
];

/** Shows the current query string, so tests can read what the page put into the URL. */
function LocationProbe() {
  const { search } = useLocation();
  return <output data-testid="location">{decodeURIComponent(search)}</output>;
}

export async function renderWithProviders(ui: ReactNode, mocks: MockLink.MockedResponse[], path = '/leads') {
  await act(async () => {
    render(
      <MockedProvider mocks={[...pickerMocks, ...mocks]}>
        <I18nProvider>
          <MemoryRouter initialEntries={[path]}>
            {ui}
            <LocationProbe />
          </MemoryRouter>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

/** A DataTransfer stand-in: jsdom has none, and the board reads and writes the dragged id. */
export function dataTransfer(): Pick<DataTransfer, 'setData' | 'getData' | 'effectAllowed' | 'dropEffect'> {
  const data = new Map<string, string>();
  return {
    setData: (format: string, value: string) => void data.set(format, value),
    getData: (format: string) => data.get(format) ?? '',
    effectAllowed: 'all',
    dropEffect: 'none',
  };
}
