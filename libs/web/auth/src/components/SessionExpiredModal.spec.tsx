import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createSessionSignal, LoginDocument, MeDocument, type SessionSignal } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { AuthProvider } from './AuthProvider';
import { RequireAuth } from './RequireAuth';

const user = {
  __typename: 'User' as const,
  id: '7',
  username: 'officer',
  displayName: '张招商',
  role: 'OFFICER' as const,
  organization: null,
};

const signedIn: MockLink.MockedResponse = { request: { query: MeDocument }, result: { data: { me: user } } };
const loginAgain: MockLink.MockedResponse = {
  request: { query: LoginDocument, variables: { input: { username: 'officer', password: 'correct-horse' } } },
  result: { data: { login: { __typename: 'AuthPayload', expiresAt: '2030-01-01T00:00:00.000Z', user } } },
};

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

async function renderPage(session: SessionSignal) {
  await act(async () => {
    render(
      <MockedProvider mocks={[signedIn, loginAgain]}>
        <I18nProvider>
          <AuthProvider session={session}>
            <MemoryRouter initialEntries={['/leads']}>
              <Routes>
                <Route
                  path="/leads"
                  element={
                    <RequireAuth>
                      <label>
                        项目名称
                        <input />
                      </label>
                      <Where />
                    </RequireAuth>
                  }
                />
                <Route path="/login" element={<p>登录页</p>} />
              </Routes>
            </MemoryRouter>
          </AuthProvider>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

describe('SessionExpiredModal', () => {
  it('asks for the password over the page when the session ends, and keeps the page and what was typed', async () => {
    const fallback = jest.fn();
    const session = createSessionSignal(fallback);
    await renderPage(session);
    await userEvent.type(await screen.findByLabelText('项目名称'), '链测储能基地');

    act(() => session.expire());
    expect(await screen.findByText('登录已过期，请重新登录')).toBeInTheDocument();
    expect(fallback).not.toHaveBeenCalled();
    expect(screen.getByLabelText('用户名')).toHaveValue('officer');
    await userEvent.type(screen.getByLabelText('密码'), 'correct-horse');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));

    await waitFor(() => expect(screen.queryByText('登录已过期，请重新登录')).not.toBeInTheDocument());
    expect(screen.getByTestId('where')).toHaveTextContent('/leads');
    expect(screen.getByLabelText('项目名称')).toHaveValue('链测储能基地');
  });

  it('offers the login page instead, which brings the user back here', async () => {
    const session = createSessionSignal(jest.fn());
    await renderPage(session);
    await screen.findByLabelText('项目名称');
    act(() => session.expire());
    await userEvent.click(await screen.findByRole('button', { name: '退出，前往登录页' }));
    expect(await screen.findByText('登录页')).toBeInTheDocument();
  });
});
