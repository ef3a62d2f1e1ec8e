import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { ExportUsersDocument, UsersDocument, type UserFilter, type UsersQuery } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import { UsersPage } from './UsersPage';

let asked: { filter?: UserFilter; page?: number }[] = [];
let exported: (UserFilter | undefined)[] = [];

const users: MockLink.MockedResponse = {
  request: { query: UsersDocument, variables: () => true },
  result: (variables) => {
    asked.push(variables as { filter?: UserFilter; page?: number });
    const data: UsersQuery = {
      users: {
        __typename: 'UserConnection',
        totalCount: 45,
        pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c1' },
        edges: [
          {
            __typename: 'UserEdge',
            cursor: 'c1',
            node: {
              __typename: 'User',
              id: 'u1',
              username: 'chenpartner',
              displayName: '陈伙伴',
              role: 'PARTNER',
              active: true,
              phone: null,
              email: null,
              organization: { __typename: 'Organization', id: 'o1', name: '上海示例招商顾问有限公司' },
              lastLoginAt: null,
              createdAt: '2026-01-01T00:00:00.000Z',
              version: 1,
            },
          },
        ],
      },
    };
    return { data };
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const exportMock: MockLink.MockedResponse = {
  request: { query: ExportUsersDocument, variables: () => true },
  result: (variables) => {
    exported.push((variables as { filter?: UserFilter }).filter);
    return {
      data: {
        usersExport: {
          __typename: 'ExcelFile',
          filename: '用户导出-20260302-0900.xlsx',
          contentBase64: 'UEsDBA==',
        },
      },
    };
  },
};

beforeEach(() => {
  asked = [];
  exported = [];
  // jsdom has no object URLs; the download helper makes one for the file.
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
});

describe('UsersPage', () => {
  it('opens at the URL page, and exports under the URL filter', async () => {
    await act(async () => {
      render(
        <MockedProvider mocks={[users, exportMock]}>
          <I18nProvider>
            <App>
              <MemoryRouter initialEntries={['/settings/users?q=chen&role=PARTNER&page=3']}>
                <UsersPage />
              </MemoryRouter>
            </App>
          </I18nProvider>
        </MockedProvider>,
      );
    });
    expect(await screen.findByText('chenpartner')).toBeInTheDocument();
    expect(asked[0]).toEqual({
      filter: { search: 'chen', role: 'PARTNER' },
      first: 20,
      after: null,
      page: 3,
    });
    expect(screen.getByText('共 45 条 · 第 3 / 3 页')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    expect(await screen.findByText('已导出 用户导出-20260302-0900.xlsx')).toBeInTheDocument();
    expect(exported).toEqual([{ search: 'chen', role: 'PARTNER' }]);
  }, 60_000);
});
