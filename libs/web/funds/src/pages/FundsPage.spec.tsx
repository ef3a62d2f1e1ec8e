import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  FundsDocument,
  FundTotalsDocument,
  type FundFilter,
  type FundOrder,
  type FundsQuery,
} from '@lianzhao/web-data';
import { fundDetail, renderWithProviders } from '../testing/fixtures';
import { FundsPage } from './FundsPage';

interface FundsVariables {
  first: number;
  after?: string | null;
  filter?: FundFilter;
  orderBy?: FundOrder;
}

let asked: FundsVariables[] = [];

function fundsMock(empty = false): MockLink.MockedResponse {
  return {
    request: { query: FundsDocument, variables: () => true },
    result: (variables) => {
      asked.push(variables as FundsVariables);
      const { ruleHistory: _h, investments: _i, ledger: _l, ...row } = fundDetail();
      const data: FundsQuery = {
        funds: {
          __typename: 'FundConnection',
          totalCount: empty ? 0 : 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: empty ? [] : [{ __typename: 'FundEdge', cursor: 'c1', node: row }],
        },
      };
      return { data };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const totals: MockLink.MockedResponse = {
  request: { query: FundTotalsDocument },
  result: {
    data: {
      fundTotals: {
        __typename: 'FundTotals',
        leverageScale: '3500000',
        governmentContribution: '700000',
        funds: 3,
        sciTechProjects: 12,
        obligation: '1050000',
        counted: '210000',
        pending: '95000.5',
        gap: '840000',
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

beforeEach(() => {
  asked = [];
});

describe('FundsPage', () => {
  it('lists funds with kind, manager, money, leverage and the 返投 bar, filtered by the URL', async () => {
    await renderWithProviders(
      <FundsPage />,
      [fundsMock(), totals],
      '/funds?kind=GOVERNMENT_GUIDANCE,BAD&q=引导&manager=0b8f3c9e-2f1a-4c57-9d7e-3a1b2c3d4e5f&sort=SIZE.DESC',
    );
    const row = (await screen.findByRole('link', { name: '奉贤区产业引导基金' })).closest(
      'tr',
    ) as HTMLElement;
    expect(row).toHaveTextContent('政府引导基金');
    expect(row).toHaveTextContent('奉贤资本管理有限公司');
    // Under 基金规模（万元） and 政府出资额（万元）: the number in the unit the header names.
    expect(screen.getByRole('columnheader', { name: /基金规模（万元）/ })).toBeInTheDocument();
    expect(row).toHaveTextContent('100,000');
    expect(row).toHaveTextContent('20,000');
    expect(row).toHaveTextContent('5.00 倍');
    expect(within(row).getByTestId('reinvestment-bar')).toHaveAttribute('data-counted', '6000');
    expect(asked[0]).toMatchObject({
      filter: {
        kinds: ['GOVERNMENT_GUIDANCE'],
        search: '引导',
        managerOrganizationIds: ['0b8f3c9e-2f1a-4c57-9d7e-3a1b2c3d4e5f'],
      },
      orderBy: { field: 'SIZE', direction: 'DESC' },
    });
    // District totals, in one unit.
    const strip = screen.getByTestId('fund-totals');
    expect(within(strip).getByText('撬动规模')).toBeInTheDocument();
    expect(within(strip).getByText('350 亿元')).toBeInTheDocument();
    expect(within(strip).getByText('9.5001 亿元')).toBeInTheDocument();
    expect(within(strip).getByText('12')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新建基金/ })).toBeInTheDocument();
  });

  it('writes a filter into the URL and says when nothing matches', async () => {
    await renderWithProviders(<FundsPage readOnly />, [fundsMock(true), totals]);
    expect(await screen.findByText('暂无基金')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建基金/ })).not.toBeInTheDocument();
    await userEvent.type(screen.getByPlaceholderText('搜索基金名称'), '链主{Enter}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('?q=链主'));
    expect(await screen.findByText('没有符合筛选条件的数据')).toBeInTheDocument();
    expect(asked.at(-1)?.filter).toEqual({ search: '链主' });
  });
});
