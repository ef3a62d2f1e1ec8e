import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, useLocation, useSearchParams } from 'react-router';
import { EnterprisesDocument, type EnterpriseRowFragment, type EnterprisesQuery } from '@lianzhao/web-data';
import { I18nProvider } from '../i18n/I18nProvider';
import { ConnectionTable } from './ConnectionTable';
import { useConnectionQuery } from './useConnectionQuery';
import { useUrlFilters } from '../hooks/useUrlFilters';

const NAMES = ['链一', '链二', '链三', '链四', '链五'];

function enterprise(index: number): EnterpriseRowFragment {
  return {
    __typename: 'Enterprise',
    id: `e${index + 1}`,
    name: NAMES[index],
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

/** Five enterprises at two a page; the page asked for by cursor (`after`) or by number (`page`). */
function answer(
  ask: { after?: string; page?: number; search?: string },
  from: number,
): MockLink.MockedResponse {
  const rows = NAMES.slice(from, from + 2).map((_, i) => enterprise(from + i));
  const data: EnterprisesQuery = {
    enterprises: {
      __typename: 'EnterpriseConnection',
      totalCount: 5,
      pageInfo: { __typename: 'PageInfo', hasNextPage: from + 2 < 5, endCursor: rows.at(-1)?.id ?? null },
      edges: rows.map((node) => ({ __typename: 'EnterpriseEdge', cursor: node.id, node })),
    },
  };
  const variables = {
    first: 2,
    after: ask.after ?? null,
    filter: { search: ask.search ?? '链' },
    ...(ask.page ? { page: ask.page } : {}),
  };
  return { request: { query: EnterprisesDocument, variables }, result: { data } };
}

function Enterprises() {
  const [filters, setFilters] = useUrlFilters(['q'] as const);
  const list = useConnectionQuery(EnterprisesDocument, {
    variables: { filter: { search: filters.q ?? '链' } },
    select: (data) => data.enterprises,
    pageSize: 2,
    pageInUrl: true,
  });
  const { search } = useLocation();
  const [params] = useSearchParams();
  return (
    <>
      <output data-testid="url">{search}</output>
      <button type="button" onClick={() => setFilters({ q: params.get('q') ? undefined : '链条' })}>
        筛选
      </button>
      <ConnectionTable<EnterpriseRowFragment>
        page={list}
        columns={[{ title: '名称', render: (_, e) => e.name }]}
        empty="还没有企业"
      />
    </>
  );
}

async function renderAt(url: string, mocks: MockLink.MockedResponse[]) {
  await act(async () => {
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[url]}>
          <I18nProvider initialLocale="zh-CN">
            <Enterprises />
          </I18nProvider>
        </MemoryRouter>
      </MockedProvider>,
    );
  });
}

async function jumpTo(page: number) {
  const input = screen.getByRole('spinbutton', { name: '跳至第几页' });
  await userEvent.type(input, `${page}{Enter}`);
}

describe('ConnectionTable paging: 跳至 N 页, the page in the URL', () => {
  it('jumps by page number, walks on by cursor, and keeps the page in the URL', async () => {
    await renderAt('/enterprises', [
      answer({}, 0),
      answer({ page: 3 }, 4),
      answer({ page: 2 }, 2),
      answer({ after: 'e4' }, 4),
    ]);
    expect(await screen.findByText('链一')).toBeInTheDocument();
    expect(screen.getByText('共 5 条 · 第 1 / 3 页')).toBeInTheDocument();
    expect(screen.getByText('跳至')).toBeInTheDocument();

    await jumpTo(3);
    expect(await screen.findByText('链五')).toBeInTheDocument();
    expect(screen.getByText('共 5 条 · 第 3 / 3 页')).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent('?page=3');
    await waitFor(() => expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled());

    // No cursor leads to page 2 yet: it is asked for by number, and from there 下一页 by cursor.
    await userEvent.click(screen.getByRole('button', { name: '上一页' }));
    expect(await screen.findByText('链三')).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent('?page=2');
    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('链五')).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent('?page=3');
  });

  it('opens at the URL page (Back to the list), and a filter change starts again at page 1', async () => {
    await renderAt('/enterprises?page=2', [answer({ page: 2 }, 2), answer({ search: '链条' }, 0)]);
    expect(await screen.findByText('链三')).toBeInTheDocument();
    expect(screen.getByText('共 5 条 · 第 2 / 3 页')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '筛选' }));
    expect(await screen.findByText('链一')).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent('?q=%E9%93%BE%E6%9D%A1');
    expect(screen.getByTestId('url')).not.toHaveTextContent('page');
  });

  it('goes to page 1 when the URL names a page that no longer exists', async () => {
    const gone: MockLink.MockedResponse = {
      request: {
        query: EnterprisesDocument,
        variables: { first: 2, after: null, filter: { search: '链' }, page: 9 },
      },
      result: {
        errors: [
          new GraphQLError('第 9 页超出范围：共 3 页', {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'page', message: '第 9 页超出范围：共 3 页' }],
            },
          }),
        ],
      },
    };
    await renderAt('/enterprises?page=9', [gone, answer({}, 0)]);
    expect(await screen.findByText('链一')).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent(/^$/);
  });

  it('offers no jump past the last page', async () => {
    await renderAt('/enterprises', [answer({}, 0), answer({ page: 3 }, 4)]);
    expect(await screen.findByText('链一')).toBeInTheDocument();
    await jumpTo(7);
    expect(await screen.findByText('链五')).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent('?page=3');
  });
});
