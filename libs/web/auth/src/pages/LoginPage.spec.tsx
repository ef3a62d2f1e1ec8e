import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes } from 'react-router';
import { LoginDocument, MeDocument, type Role } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import { AuthProvider } from '../components/AuthProvider';
import { LoginPage } from './LoginPage';

function loginMock(
  username: string,
  password: string,
  answer: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return { request: { query: LoginDocument, variables: { input: { username, password } } }, result: answer };
}

function successMock(role: Role): MockLink.MockedResponse {
  return loginMock('admin', 'correct-horse', {
    data: {
      login: {
        __typename: 'AuthPayload',
        expiresAt: '2030-01-01T00:00:00.000Z',
        user: {
          __typename: 'User',
          id: '1',
          username: 'admin',
          displayName: '测试用户',
          role,
          organization: null,
        },
      },
    },
  });
}

/** No session cookie yet: the API answers `me` with UNAUTHENTICATED. */
const noSession: MockLink.MockedResponse = {
  request: { query: MeDocument },
  result: { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] },
};

async function renderLogin(mocks: MockLink.MockedResponse[], from?: string) {
  await act(async () => {
    render(
      <MockedProvider mocks={[noSession, ...mocks]}>
        <I18nProvider>
          <AuthProvider>
            <MemoryRouter
              initialEntries={[
                {
                  pathname: '/login',
                  state: from ? { from: { pathname: from, search: '', hash: '' } } : null,
                },
              ]}
            >
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/" element={<p>工作台已打开</p>} />
                <Route path="/my-referrals" element={<p>我的报备已打开</p>} />
              </Routes>
            </MemoryRouter>
          </AuthProvider>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

async function submit(username: string, password: string) {
  if (username) await userEvent.type(screen.getByLabelText('用户名'), username);
  if (password) await userEvent.type(screen.getByLabelText('密码'), password);
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('LoginPage', () => {
  it('renders 用户名, 密码 and 登录', async () => {
    await renderLogin([]);
    expect(screen.getByLabelText('用户名')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByText('链招 · 招商管理')).toBeInTheDocument();
  });

  it('requires both fields before asking the server', async () => {
    await renderLogin([]);
    await submit('', '');
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(await screen.findByText('请输入密码')).toBeInTheDocument();
  });

  it('shows a BAD_USER_INPUT message next to the field it names', async () => {
    await renderLogin([
      loginMock('Bad Name', 'secret123', {
        errors: [
          {
            message: '输入有误',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'username', message: '用户名只能包含小写字母' }],
            },
          },
        ],
      }),
    ]);
    await submit('Bad Name', 'secret123');
    const message = await screen.findByText('用户名只能包含小写字母');
    expect(message.closest('.ant-form-item')).toContainElement(screen.getByLabelText('用户名'));
    expect(screen.queryByRole('alert', { name: /用户名或密码错误/ })).not.toBeInTheDocument();
  });

  it('shows wrong credentials as an alert', async () => {
    await renderLogin([
      loginMock('admin', 'wrong-password', {
        errors: [{ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    ]);
    await submit('admin', 'wrong-password');
    expect(await screen.findByText('用户名或密码错误')).toBeInTheDocument();
  });

  it('opens the home page on success, keeping no token script-readable (the session is an HttpOnly cookie)', async () => {
    await renderLogin([successMock('ADMIN')]);
    await submit('admin', 'correct-horse');
    expect(await screen.findByText('工作台已打开')).toBeInTheDocument();
    // Only the session hint (role, no name, no token), which lets the next load start its queries early.
    expect(Object.keys(window.localStorage)).toEqual(['lianzhao.session-hint']);
    expect(JSON.parse(window.localStorage.getItem('lianzhao.session-hint') ?? 'null')).toEqual({
      id: expect.any(String),
      role: 'ADMIN',
      organization: null,
    });
    expect(window.sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('shows the throttling answer with its wait', async () => {
    await renderLogin([
      loginMock('admin', 'wrong-password', {
        errors: [
          {
            message: '登录失败次数过多，请 2 分钟后再试',
            extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 120 },
          },
        ],
      }),
    ]);
    await submit('admin', 'wrong-password');
    expect(await screen.findByText('登录失败次数过多，请 2 分钟后再试')).toBeInTheDocument();
  });

  it('returns to the page that sent the visitor here when the role may open it', async () => {
    await renderLogin([successMock('PARTNER')], '/my-referrals');
    await submit('admin', 'correct-horse');
    expect(await screen.findByText('我的报备已打开')).toBeInTheDocument();
  });

  it('goes to 工作台 instead when the role may not open that page', async () => {
    await renderLogin([successMock('PARTNER')], '/settings/users');
    await submit('admin', 'correct-horse');
    expect(await screen.findByText('工作台已打开')).toBeInTheDocument();
  });
});
