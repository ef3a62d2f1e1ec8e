import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import {
  FundOptionsDocument,
  InvestmentsDocument,
  type InvestmentFilter,
  type InvestmentsQuery,
} from '@lianzhao/web-data';
import { investmentRow, renderWithProviders } from '../testing/fixtures';
import { InvestmentsPage } from './InvestmentsPage';

let asked: (InvestmentFilter | undefined)[] = [];

const investments: MockLink.MockedResponse = {
  request: { query: InvestmentsDocument, variables: () => true },
  result: (variables) => {
    asked.push((variables as { filter?: InvestmentFilter }).filter);
    const data: InvestmentsQuery = {
      investments: {
        __typename: 'InvestmentConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [{ __typename: 'InvestmentEdge', cursor: 'c1', node: investmentRow() }],
      },
    };
    return { data };
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const fundOptions: MockLink.MockedResponse = {
  request: { query: FundOptionsDocument, variables: () => true },
  result: { data: { funds: { __typename: 'FundConnection', edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

beforeEach(() => {
  asked = [];
});

describe('InvestmentsPage', () => {
  it('lists every fund’s investments under the URL filters', async () => {
    await renderWithProviders(
      <InvestmentsPage />,
      [investments, fundOptions],
      '/investments?stage=PAID,BAD&recognition=COUNTED',
    );
    const row = (await screen.findByRole('link', { name: '上海氢程动力科技有限公司' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByRole('link', { name: '奉贤区产业引导基金' })).toBeInTheDocument();
    expect(row).toHaveTextContent('6,000 万元');
    expect(asked[0]).toEqual({ stages: ['PAID'], recognition: ['COUNTED'] });
    expect(screen.queryByTestId('drill-banner')).not.toBeInTheDocument();
  });

  it('sends a cockpit drill unchanged and shows its count', async () => {
    const drill = { fundIds: ['f1'], recognition: ['COUNTED'], sciTech: true };
    await renderWithProviders(
      <InvestmentsPage />,
      [investments, fundOptions],
      `/investments?stage=PAID&drill=${encodeURIComponent(JSON.stringify(drill))}`,
    );
    expect(await screen.findByTestId('drill-total')).toHaveTextContent('共 1 条');
    expect(asked[0]).toEqual(drill);
  });
});
