import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import {
  ExportSignInEventsDocument,
  SignInEventsDocument,
  type SignInEventFilter,
  type SignInEventsQuery,
} from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { SignInEventsPage } from './SignInEventsPage';

let asked: (SignInEventFilter | undefined)[] = [];
let exported: (SignInEventFilter | undefined)[] = [];

const events: MockLink.MockedResponse = {
  request: { query: SignInEventsDocument, variables: () => true },
  result: (variables) => {
    asked.push((variables as { filter?: SignInEventFilter }).filter);
    const data: SignInEventsQuery = {
      signInEvents: {
        __typename: 'SignInEventConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: 'SignInEventEdge',
            cursor: 'c1',
            node: {
              __typename: 'SignInEvent',
              id: 'e1',
              createdAt: '2026-03-02T01:00:05.000Z',
              username: 'officer',
              result: 'THROTTLED',
              address: '198.51.100.1',
              userAgent: 'Mozilla/5.0',
            },
          },
          {
            __typename: 'SignInEventEdge',
            cursor: 'c2',
            node: {
              __typename: 'SignInEvent',
              id: 'e2',
              createdAt: '2026-03-02T01:00:00.000Z',
              username: 'nobody',
              result: 'WRONG_CREDENTIALS',
              address: '198.51.100.1',
              userAgent: null,
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
  request: { query: ExportSignInEventsDocument, variables: () => true },
  result: (variables) => {
    exported.push((variables as { filter?: SignInEventFilter }).filter);
    return {
      data: {
        signInEventsExport: { __typename: 'ExcelFile', filename: '登录记录-20260302-0900.xlsx', contentBase64: 'UEsDBA==' },
      },
    };
  },
};

async function renderPage(path: string) {
  await act(async () => {
    render(
      <MockedProvider mocks={[events, exportMock]}>
        <I18nProvider>
          <App>
            <MemoryRouter initialEntries={[path]}>
              <SignInEventsPage />
            </MemoryRouter>
          </App>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

beforeEach(() => {
  asked = [];
  exported = [];
  // jsdom has no object URLs; the download helper makes one for the file.
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
});

const PATH = '/settings/sign-ins?user=officer&result=THROTTLED,WRONG_CREDENTIALS,NOPE&from=2026-03-01&to=2026-03-02';
const FILTER = { username: 'officer', results: ['THROTTLED', 'WRONG_CREDENTIALS'], from: '2026-03-01', to: '2026-03-02' };

describe('SignInEventsPage', () => {
  it('lists attempts with their result under the URL filters', async () => {
    await renderPage(PATH);
    const row = (await screen.findByText('officer')).closest('tr') as HTMLElement;
    expect(within(row).getByText('尝试过多，已限制')).toBeInTheDocument();
    expect(within(row).getByText('198.51.100.1')).toBeInTheDocument();
    const other = screen.getByText('nobody').closest('tr') as HTMLElement;
    expect(within(other).getByText('用户名或密码错误')).toBeInTheDocument();
    expect(asked[0]).toEqual(FILTER);
  }, 60_000);

  it('exports under the same filter', async () => {
    await renderPage(PATH);
    // The button sits in the card's header, drawn before the table's rows arrive.
    await userEvent.click(await screen.findByRole('button', { name: /导出 Excel/ }));
    expect(await screen.findByText('已导出 登录记录-20260302-0900.xlsx')).toBeInTheDocument();
    expect(exported[0]).toEqual(FILTER);
    // An antd table and a download on a shared 2-core runner: generous, as the cockpit page's test is.
  }, 60_000);
});
