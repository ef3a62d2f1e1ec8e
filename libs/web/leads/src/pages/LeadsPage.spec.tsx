import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { LeadsDocument, type LeadFilter, type LeadOrder, type LeadsQuery } from '@lianzhao/web-data';
import { leadCard, renderWithProviders } from '../testing/fixtures';
import { LeadsPage } from './LeadsPage';

interface LeadsVariables {
  first: number;
  after?: string | null;
  filter?: LeadFilter;
  orderBy?: LeadOrder;
}

/** Every variables object the table asked the server with, in order. */
let asked: LeadsVariables[] = [];

function leadsAnswer(variables: LeadsVariables): { data: LeadsQuery } {
  asked.push(variables);
  const name = variables.filter?.search === '新能源' ? '新能源整车项目' : '储能电池基地';
  return {
    data: {
      leads: {
        __typename: 'LeadConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
        stageSummary: [],
        edges: [{ __typename: 'LeadEdge', cursor: 'c1', node: leadCard('l1', 'VISITED', name) }],
      },
    },
  };
}

const leads: MockLink.MockedResponse = {
  request: { query: LeadsDocument, variables: () => true },
  result: (variables) => leadsAnswer(variables as LeadsVariables),
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const location = () => screen.getByTestId('location').textContent ?? '';

beforeEach(() => {
  asked = [];
});

// The page with its table toolbar (views, columns, density) in jsdom is slow on a loaded machine.
jest.setTimeout(120_000);

describe('LeadsPage filters in the URL', () => {
  it('reads the filters from the URL, sends them, and writes changes back', async () => {
    await renderWithProviders(
      <LeadsPage />,
      [leads],
      '/leads?view=table&q=链招&stage=VISITED,LOST&grade=A&sort=PLANNED_INVESTMENT.ASC',
    );

    expect(await screen.findByText('储能电池基地')).toBeInTheDocument();
    expect(asked[0]).toEqual({
      first: 20,
      after: null,
      filter: { search: '链招', stages: ['VISITED', 'LOST'], grades: ['A'] },
      orderBy: { field: 'PLANNED_INVESTMENT', direction: 'ASC' },
    });
    // The controls show what the URL says.
    expect(screen.getByLabelText('搜索')).toHaveValue('链招');
    const stageSelect = screen.getByLabelText('阶段').closest('.ant-select') as HTMLElement;
    expect(within(stageSelect).getByText('实地考察')).toBeInTheDocument();
    expect(within(stageSelect).getByText('流失')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '列表' })).toBeChecked();

    // A new search goes into the URL next to the other filters, and to the server.
    const search = screen.getByLabelText('搜索');
    await userEvent.clear(search);
    await userEvent.type(search, '新能源{Enter}');
    expect(await screen.findByText('新能源整车项目')).toBeInTheDocument();
    expect(location()).toBe('?view=table&q=新能源&stage=VISITED,LOST&grade=A&sort=PLANNED_INVESTMENT.ASC');
    await waitFor(() =>
      expect(asked.at(-1)?.filter).toEqual({ search: '新能源', stages: ['VISITED', 'LOST'], grades: ['A'] }),
    );

    // Sorting by another column replaces the sort parameter.
    await userEvent.click(screen.getByRole('columnheader', { name: /预计签约日期/ }));
    await waitFor(() => expect(location()).toContain('sort=EXPECTED_SIGNING_ON.DESC'));
    // The URL changes a render before the query is sent, so wait for the request too.
    await waitFor(() =>
      expect(asked.at(-1)?.orderBy).toEqual({ field: 'EXPECTED_SIGNING_ON', direction: 'DESC' }),
    );

    // Resetting clears the filters but keeps the view and the sort.
    await userEvent.click(screen.getByRole('button', { name: '重置筛选' }));
    await waitFor(() => expect(location()).toBe('?view=table&sort=EXPECTED_SIGNING_ON.DESC'));
    await waitFor(() => expect(asked.at(-1)?.filter).toEqual({}));
  });

  it('keeps the signing-date and amount ranges of 更多筛选 in the URL, both ways', async () => {
    await renderWithProviders(
      <LeadsPage />,
      [leads],
      '/leads?view=table&signFrom=2026-06-01&signTo=2026-12-31&invMin=1000&outMax=5,000&spaceMin=200',
    );
    expect(await screen.findByText('储能电池基地')).toBeInTheDocument();
    expect(asked[0].filter).toEqual({
      expectedSigningFrom: '2026-06-01',
      expectedSigningTo: '2026-12-31',
      investmentMin: '1000',
      outputMax: '5000',
      spaceMin: '200',
    });

    // The button counts the set ones; the popover shows them as the URL says.
    const more = screen.getByRole('button', { name: /更多筛选/ });
    expect(more.closest('.ant-badge')).toHaveTextContent('5');
    await userEvent.click(more);
    expect(await screen.findByLabelText('计划投资（万元）下限')).toHaveValue('1000');
    expect(screen.getByLabelText('预计年产值（万元）上限')).toHaveValue('5,000');
    expect(screen.getByPlaceholderText('预计签约日期起')).toHaveValue('2026-06-01');

    // A land range typed in goes to the URL and the server; a third decimal (亩) is not applied.
    await userEvent.click(screen.getByLabelText('用地需求（亩）下限'));
    await userEvent.paste('10.5');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(location()).toContain('landMin=10.5'));
    await waitFor(() => expect(asked.at(-1)?.filter).toMatchObject({ landMin: '10.5', spaceMin: '200' }));
    const landMax = screen.getByLabelText('用地需求（亩）上限');
    await userEvent.click(landMax);
    await userEvent.paste('20.125');
    await userEvent.keyboard('{Enter}');
    expect(landMax).toHaveAttribute('title', '最多保留 2 位小数');
    expect(location()).not.toContain('landMax');

    // Clearing a bound removes it from the URL.
    const investmentMin = screen.getByLabelText('计划投资（万元）下限');
    await userEvent.clear(investmentMin);
    await userEvent.type(investmentMin, '{Enter}');
    await waitFor(() => expect(location()).not.toContain('invMin'));
    await waitFor(() => expect(asked.at(-1)?.filter).not.toHaveProperty('investmentMin'));
  });

  it('hides create, import and the to-do list from a read-only user, but keeps export', async () => {
    await renderWithProviders(<LeadsPage readOnly />, [leads], '/leads?view=table');
    expect(await screen.findByText('储能电池基地')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /导出 Excel/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建线索/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /导入/ })).not.toBeInTheDocument();
    expect(screen.queryByText('我的待办跟进')).not.toBeInTheDocument();
  });

  it('lists exactly the cockpit figure’s filter from ?drill=, with its count, until the banner is closed', async () => {
    const drill = { industryCode: 'NEW_ENERGY', asOf: '2026-03-31', movedTo: { stages: ['SIGNED'] } };
    await renderWithProviders(
      <LeadsPage readOnly />,
      [leads],
      `/leads?stage=NEW&drill=${encodeURIComponent(JSON.stringify(drill))}`,
    );
    const banner = await screen.findByTestId('drill-banner');
    expect(within(banner).getByText('来自驾驶舱')).toBeInTheDocument();
    expect(await within(banner).findByTestId('drill-total')).toHaveTextContent('共 1 条');
    // The figure's filter, unchanged — not the list's own URL filters, not the board's per-stage split.
    expect(asked[0]?.filter).toEqual(drill);
    expect(screen.queryByPlaceholderText('搜索企业、项目或信用代码')).not.toBeInTheDocument();
    await userEvent.click(within(banner).getByRole('button', { name: '关闭，回到列表的筛选' }));
    await waitFor(() => expect(location()).toBe('?stage=NEW'));
    await waitFor(() => expect(screen.queryByTestId('drill-banner')).not.toBeInTheDocument());
  });
});
