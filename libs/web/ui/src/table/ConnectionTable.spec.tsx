import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import { EnterprisesDocument, type EnterpriseRowFragment, type EnterprisesQuery } from '@lianzhao/web-data';
import { I18nProvider } from '../i18n/I18nProvider';
import type { ListOrder } from '../utils/table-sort';
import { ConnectionTable, type ConnectionColumn } from './ConnectionTable';
import { useConnectionQuery, type ConnectionPage } from './useConnectionQuery';

interface Row {
  id: string;
  name: string;
}

const columns: ConnectionColumn<Row, 'NAME' | 'CREATED_AT'>[] = [
  { title: '名称', sortField: 'NAME', render: (_, r) => r.name },
  { title: '创建时间', sortField: 'CREATED_AT', render: () => '—' },
];

function page(overrides: Partial<ConnectionPage<Row>>): ConnectionPage<Row> {
  return {
    connection: undefined,
    loading: false,
    error: undefined,
    pager: {
      after: null,
      jump: null,
      page: 1,
      next: jest.fn(),
      prev: jest.fn(),
      first: jest.fn(),
      goTo: jest.fn(),
    },
    pageSize: 20,
    refetch: jest.fn(),
    ...overrides,
  };
}

const connection = (rows: Row[], hasNextPage = false) => ({
  totalCount: rows.length,
  pageInfo: { hasNextPage, endCursor: rows.at(-1)?.id ?? null },
  edges: rows.map((node) => ({ node })),
});

async function renderIn(ui: ReactNode, mocks: MockLink.MockedResponse[] = []) {
  await act(async () => {
    render(
      <MockedProvider mocks={mocks}>
        <I18nProvider initialLocale="zh-CN">{ui}</I18nProvider>
      </MockedProvider>,
    );
  });
}

describe('ConnectionTable', () => {
  it('shows no empty state before the first answer, only once it knows', async () => {
    const { rerender } = render(
      <I18nProvider initialLocale="zh-CN">
        <ConnectionTable page={page({ loading: true })} columns={columns} empty="还没有企业" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('connection-table-waiting')).toBeInTheDocument();
    expect(screen.queryByText('还没有企业')).not.toBeInTheDocument();
    expect(screen.queryByText('暂无数据')).not.toBeInTheDocument();
    // Placeholder rows, and no count the page does not know yet.
    expect(document.querySelector('.ant-skeleton')).toBeInTheDocument();
    expect(screen.queryByText(/共 0 条/)).not.toBeInTheDocument();

    rerender(
      <I18nProvider initialLocale="zh-CN">
        <ConnectionTable page={page({ connection: connection([]) })} columns={columns} empty="还没有企业" />
      </I18nProvider>,
    );
    expect(screen.getByText('还没有企业')).toBeInTheDocument();
    expect(screen.queryByTestId('connection-table-waiting')).not.toBeInTheDocument();
    expect(screen.getByText(/共 0 条/)).toBeInTheDocument();

    rerender(
      <I18nProvider initialLocale="zh-CN">
        <ConnectionTable
          page={page({ connection: connection([]) })}
          columns={columns}
          empty="还没有企业"
          filtered
        />
      </I18nProvider>,
    );
    expect(screen.getByText('没有符合筛选条件的数据')).toBeInTheDocument();
  });

  it('shows the default order on its column and asks for the one clicked', async () => {
    const onOrderBy = jest.fn<void, [ListOrder<'NAME' | 'CREATED_AT'> | undefined]>();
    await renderIn(
      <ConnectionTable
        page={page({ connection: connection([{ id: 'a', name: '甲' }]) })}
        columns={columns}
        empty="—"
        defaultOrder={{ field: 'CREATED_AT', direction: 'DESC' }}
        onOrderBy={onOrderBy}
      />,
    );
    expect(screen.getByRole('columnheader', { name: /创建时间/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByRole('columnheader', { name: /名称/ }));
    expect(onOrderBy).toHaveBeenLastCalledWith({ field: 'NAME', direction: 'DESC' });
  });
});

function enterprise(id: string, name: string): EnterpriseRowFragment {
  return {
    __typename: 'Enterprise',
    id,
    name,
    creditCode: null,
    industryCode: null,
    segmentCode: null,
    industry: null,
    segment: null,
    tagCodes: [],
    headquartersCity: null,
    registeredCapital: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
  };
}

function answer(
  after: string | null,
  rows: EnterpriseRowFragment[],
  hasNextPage: boolean,
): MockLink.MockedResponse {
  const data: EnterprisesQuery = {
    enterprises: {
      __typename: 'EnterpriseConnection',
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: rows.at(-1)?.id ?? null },
      edges: rows.map((node) => ({ __typename: 'EnterpriseEdge', cursor: node.id, node })),
    },
  };
  return {
    request: { query: EnterprisesDocument, variables: { first: 2, after, filter: { search: '链' } } },
    result: { data },
  };
}

function Enterprises() {
  const list = useConnectionQuery(EnterprisesDocument, {
    variables: { filter: { search: '链' } },
    select: (data) => data.enterprises,
    pageSize: 2,
  });
  return (
    <ConnectionTable<EnterpriseRowFragment>
      page={list}
      columns={[{ title: '名称', render: (_, e) => e.name }]}
      empty="还没有企业"
    />
  );
}

describe('useConnectionQuery with ConnectionTable', () => {
  it('pages forward with the end cursor and back again', async () => {
    await renderIn(<Enterprises />, [
      answer(null, [enterprise('e1', '链一'), enterprise('e2', '链二')], true),
      answer('e2', [enterprise('e3', '链三')], false),
      answer(null, [enterprise('e1', '链一'), enterprise('e2', '链二')], true),
    ]);
    expect(await screen.findByText('链一')).toBeInTheDocument();
    expect(screen.getByText('共 3 条 · 第 1 / 2 页')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('链三')).toBeInTheDocument();
    expect(screen.queryByText('链一')).not.toBeInTheDocument();
    expect(screen.getByText('共 3 条 · 第 2 / 2 页')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled());

    await userEvent.click(screen.getByRole('button', { name: '上一页' }));
    expect(await screen.findByText('链一')).toBeInTheDocument();
  });
});
