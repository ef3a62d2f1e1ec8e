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

  it('hides create, import and the to-do list from a read-only user, but keeps export', async () => {
    await renderWithProviders(<LeadsPage readOnly />, [leads], '/leads?view=table');
    expect(await screen.findByText('储能电池基地')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /导出 Excel/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建线索/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /导入/ })).not.toBeInTheDocument();
    expect(screen.queryByText('我的待办跟进')).not.toBeInTheDocument();
  });
});
