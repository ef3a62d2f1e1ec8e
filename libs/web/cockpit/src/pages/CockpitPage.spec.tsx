import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  DashboardDocument,
  DashboardFundsDocument,
  ExportDashboardDocument,
  type DashboardFilter,
  type DashboardQuery,
} from '@lianzhao/web-data';
import { amount, count, dashboard, dashboardFunds, renderWithProviders } from '../testing/fixtures';
import { CockpitPage } from './CockpitPage';

// ECharts draws nothing in jsdom; the charts' figures and drills are tested in chart-options.spec.
jest.mock('../components/EChart', () => ({
  EChart: (props: { 'data-testid'?: string }) => <div data-testid={props['data-testid']} />,
}));

let asked: (DashboardFilter | undefined)[] = [];

const dashboardMock: MockLink.MockedResponse = {
  request: { query: DashboardDocument, variables: () => true },
  result: (variables) => {
    asked.push((variables as { filter?: DashboardFilter }).filter);
    const data: DashboardQuery = { dashboard: dashboard() };
    return { data };
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

let fundsAsked = 0;

const fundsMock: MockLink.MockedResponse = {
  request: { query: DashboardFundsDocument },
  result: () => {
    fundsAsked += 1;
    return { data: { dashboard: dashboardFunds() } };
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

beforeEach(() => {
  asked = [];
  fundsAsked = 0;
});

describe('CockpitPage', () => {
  it('exports the tables under the filter the page shows', async () => {
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:cockpit'), revokeObjectURL: jest.fn() });
    let exported: DashboardFilter | undefined;
    const exportMock: MockLink.MockedResponse = {
      request: { query: ExportDashboardDocument, variables: () => true },
      result: (variables) => {
        exported = (variables as { filter?: DashboardFilter }).filter;
        return {
          data: { dashboardExport: { __typename: 'ExcelFile', filename: '驾驶舱.xlsx', contentBase64: 'UEs=' } },
        };
      },
    };
    await renderWithProviders(<CockpitPage />, [dashboardMock, fundsMock, exportMock], '/dashboard?period=2026&industry=NEW_ENERGY');
    await userEvent.click(await screen.findByRole('button', { name: /导出 Excel/ }));
    expect(await screen.findByText('已导出 驾驶舱.xlsx', undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(exported).toEqual({ from: '2026-01-01', to: '2026-12-31', industryCode: 'NEW_ENERGY' });
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('asks for the figures of the filter row the URL holds', async () => {
    await renderWithProviders(
      <CockpitPage />,
      [dashboardMock, fundsMock],
      '/dashboard?period=2026-Q1&asOf=2026-03-31&industry=NEW_ENERGY&segment=ENERGY_STORAGE&channel=FUND&town=NANQIAO',
    );
    expect(await screen.findByText('统计期间 2026-01-01 至 2026-03-31')).toBeInTheDocument();
    expect(screen.getByText('历史重现：数字为 2026-03-31 日终时的状态')).toBeInTheDocument();
    expect(asked[0]).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      asOf: '2026-03-31',
      industryCode: 'NEW_ENERGY',
      segmentCode: 'ENERGY_STORAGE',
      channel: 'FUND',
      town: 'NANQIAO',
    });
  });

  it('writes a new period kind into the URL and asks again', async () => {
    await renderWithProviders(<CockpitPage />, [dashboardMock, fundsMock], '/dashboard?period=2026-Q1');
    await screen.findByTestId('panel-pipeline');
    await userEvent.click(within(screen.getByTestId('cockpit-filters')).getByText('月'));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/dashboard?period=2026-01'),
    );
    await waitFor(() => expect(asked.at(-1)).toEqual({ from: '2026-01-01', to: '2026-01-31' }));
    // 基金与返投 depends on no filter: asked once for the page, not again for the new period.
    expect(fundsAsked).toBe(1);
    await userEvent.click(within(screen.getByTestId('cockpit-filters')).getByText('自定义'));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('from=2026-01-01&to=2026-01-31'),
    );
  });

  it('shows numbers in 万元 / 亿元 and opens the rows behind one', async () => {
    await renderWithProviders(<CockpitPage />, [dashboardMock, fundsMock]);
    const pipeline = await screen.findByTestId('panel-pipeline');
    expect(within(pipeline).getByText('1,234')).toBeInTheDocument();
    expect(within(pipeline).getByText('12.35 亿元')).toBeInTheDocument();
    expect(within(await screen.findByTestId('panel-funds')).getByText('350 亿元')).toBeInTheDocument();
    expect(within(screen.getByTestId('panel-landing')).getByText('75.0%')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('stat-open-leads'));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/leads?drill={"industryCode":"NEW_ENERGY","asOf":"2026-03-31"}',
      ),
    );
  });

  it('says how many organisations there are when it lists only the leading ones', async () => {
    const ranked: DashboardQuery['dashboard'] = {
      ...dashboard(),
      referrals: {
        ...dashboard().referrals,
        organizationCount: 25,
        byOrganization: [
          {
            __typename: 'ReferralOrganizationFigures',
            organizationId: 'o1',
            organizationName: '链主甲',
            kind: 'CHAIN_MASTER',
            filed: count(9, 'REFERRALS'),
            accepted: count(4, 'REFERRALS'),
            signed: count(2, 'REFERRALS'),
            landed: count(1, 'REFERRALS'),
          },
        ],
      },
    };
    const rankedMock: MockLink.MockedResponse = {
      request: { query: DashboardDocument, variables: () => true },
      result: () => ({ data: { dashboard: ranked } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    await renderWithProviders(<CockpitPage />, [rankedMock, fundsMock]);
    const panel = await screen.findByTestId('panel-referrals');
    expect(await within(panel).findByText('链主甲')).toBeInTheDocument();
    expect(within(panel).getByTestId('leaders-only-note')).toHaveTextContent('共 25 家，此处列出前 1 家；全部见「导出 Excel」');
  });

  it('says how many funds there are when it lists only the largest', async () => {
    const funds = dashboardFunds().funds;
    const largest: MockLink.MockedResponse = {
      request: { query: DashboardFundsDocument },
      result: () => ({
        data: {
          dashboard: {
            ...dashboardFunds(),
            funds: {
              ...funds,
              fundCount: 3000,
              funds: [
                {
                  __typename: 'FundReinvestmentFigures',
                  fundId: 'f1',
                  name: '产业引导基金甲',
                  obligation: '150000',
                  ratio: '0.2000',
                  gap: '120000',
                  counted: amount('30000', 'INVESTMENTS'),
                  pending: amount('6000', 'INVESTMENTS'),
                  countedInvestments: count(2, 'INVESTMENTS'),
                  pendingInvestments: count(1, 'INVESTMENTS'),
                },
              ],
            },
          },
        },
      }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    await renderWithProviders(<CockpitPage />, [dashboardMock, largest]);
    const panel = await screen.findByTestId('panel-funds');
    expect(await within(panel).findAllByText('产业引导基金甲')).not.toHaveLength(0);
    expect(within(panel).getByTestId('leaders-only-note')).toHaveTextContent(
      '共 3,000 只基金，此处列出规模最大的 1 只；全部见「导出 Excel」',
    );
  });

  it('offers the target forms to an administrator only', async () => {
    await renderWithProviders(<CockpitPage canEditTargets />, [dashboardMock, fundsMock]);
    const card = await screen.findByTestId('target-card');
    expect(within(card).getByText('规上工业产值')).toBeInTheDocument();
    expect(within(card).getByText('1,800 亿元')).toBeInTheDocument();
    expect(within(card).getByText('时间进度 49.6%')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '设定目标' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '填报实际值' })).toBeInTheDocument();
  });
});
