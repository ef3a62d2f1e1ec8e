import { act, render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import {
  EnterpriseOptionsDocument,
  FundManagerOptionsDocument,
  OwnerOptionsDocument,
  ReferenceOptionsDocument,
  type FundDetailFragment,
  type InvestmentRowFragment,
  type ReinvestmentProgressFieldsFragment,
} from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
// This library's words, as its index registers them in the app.
import '../i18n/messages';

/** Test data and a render helper shared by this library's component tests. */

export function progress(
  obligation: string,
  counted: string,
  pending: string,
  gap: string | null,
  ratio: string | null,
): ReinvestmentProgressFieldsFragment {
  return { __typename: 'ReinvestmentProgress', obligation, counted, pending, pipeline: '2000', gap, ratio };
}

export function fundDetail(overrides: Partial<FundDetailFragment> = {}): FundDetailFragment {
  return {
    __typename: 'Fund',
    id: 'f1',
    name: '奉贤区产业引导基金',
    kind: 'GOVERNMENT_GUIDANCE',
    status: 'INVESTING',
    size: '100000',
    governmentContribution: '20000',
    leverage: '5.00',
    vintageDate: '2025-03-01',
    version: 3,
    managerOrganizationId: 'o1',
    manager: { __typename: 'Organization', id: 'o1', name: '奉贤资本管理有限公司' },
    termYears: 10,
    focusSegmentCodes: [],
    focusIndustryCodes: [],
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    rule: {
      __typename: 'ReinvestmentRule',
      multiple: '1.5',
      basis: 'GOVERNMENT_CONTRIBUTION',
      countLocal: true,
      localCoefficient: '1',
      countSubsidiary: true,
      subsidiaryCoefficient: '1',
      countReferred: true,
      referredCoefficient: '0.5',
    },
    reinvestment: progress('30000', '6000', '12000', '24000', '0.2'),
    ruleHistory: [],
    investments: [],
    ledger: [],
    ...overrides,
  };
}

export function investmentRow(overrides: Partial<InvestmentRowFragment> = {}): InvestmentRowFragment {
  return {
    __typename: 'Investment',
    id: 'i1',
    fundId: 'f1',
    enterpriseId: 'e1',
    amount: '6000',
    date: '2026-01-10',
    round: 'A',
    stage: 'PAID',
    localAmount: null,
    recognition: 'PENDING',
    version: 1,
    fund: { __typename: 'Fund', id: 'f1', name: '奉贤区产业引导基金' },
    enterprise: { __typename: 'Enterprise', id: 'e1', name: '上海氢程动力科技有限公司' },
    leadId: 'l1',
    lead: { __typename: 'Lead', id: 'l1', projectName: '氢程动力总部', stage: 'NEGOTIATING', project: null },
    projectId: null,
    project: null,
    ...overrides,
  };
}

const always = <T,>(mock: MockLink.MockedResponse<T>): MockLink.MockedResponse<T> => ({
  ...mock,
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** Reference data, owners, enterprises and fund managers: what the pickers ask for. */
export const pickerMocks: MockLink.MockedResponse[] = [
  always({
    request: { query: ReferenceOptionsDocument },
    result: { data: { industries: [], tags: [], places: [] } },
  }),
  always({
    request: { query: OwnerOptionsDocument },
    result: { data: { users: { __typename: 'UserConnection', edges: [] } } },
  }),
  always({
    request: { query: FundManagerOptionsDocument, variables: () => true },
    result: {
      data: {
        organizations: {
          __typename: 'OrganizationConnection',
          edges: [
            {
              __typename: 'OrganizationEdge',
              node: { __typename: 'Organization', id: 'o1', name: '奉贤资本管理有限公司' },
            },
          ],
        },
      },
    },
  }),
  always({
    request: { query: EnterpriseOptionsDocument, variables: () => true },
    result: {
      data: {
        enterprises: {
          __typename: 'EnterpriseConnection',
          edges: [
            {
              __typename: 'EnterpriseEdge',
              node: { __typename: 'Enterprise', id: 'e9', name: '上海新投科技有限公司', creditCode: null },
            },
          ],
        },
      },
    },
  }),
];

function LocationProbe() {
  const { search } = useLocation();
  return <output data-testid="location">{decodeURIComponent(search)}</output>;
}

export async function renderWithProviders(ui: ReactNode, mocks: MockLink.MockedResponse[], path = '/funds') {
  await act(async () => {
    render(
      <MockedProvider mocks={[...pickerMocks, ...mocks]}>
        <I18nProvider>
          <App>
            <MemoryRouter initialEntries={[path]}>
              {ui}
              <LocationProbe />
            </MemoryRouter>
          </App>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}
