import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import { ChangePasswordDocument, MeDocument, createSessionSignal } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { AuthProvider } from './AuthProvider';
import { ChangePasswordButton } from './ChangePasswordButton';
import { RequireAuth } from './RequireAuth';
import { MemoryRouter } from 'react-router';

jest.setTimeout(60_000);

const user = {
  __typename: 'User' as const,
  id: '7',
  username: 'officer',
  displayName: '张招商',
  role: 'OFFICER' as const,
  organization: null,
};

function setup(mocks: MockLink.MockedResponse[]) {
  return act(async () => {
    render(
      <MockedProvider mocks={[{ request: { query: MeDocument }, result: { data: { me: user } } }, ...mocks]}>
        <I18nProvider>
          <App>
            <AuthProvider session={createSessionSignal()}>
              <MemoryRouter>
                <RequireAuth>
                  <ChangePasswordButton />
                </RequireAuth>
              </MemoryRouter>
            </AuthProvider>
          </App>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

async function fill(current: string, next: string, confirm: string) {
  await userEvent.click(await screen.findByRole('button', { name: /修改密码/ }));
  await userEvent.type(await screen.findByLabelText('当前密码'), current);
  await userEvent.type(screen.getByLabelText('新密码'), next);
  await userEvent.type(screen.getByLabelText('确认新密码'), confirm);
  await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
}

describe('ChangePasswordButton (修改密码)', () => {
  it('checks the new password against the policy and the confirmation before sending anything', async () => {
    await setup([]);
    await fill('lianzhao-demo', 'officer123', 'officer124');
    expect(await screen.findByText('密码不能包含用户名')).toBeTruthy();
    expect(screen.getByText('两次输入的密码不一致')).toBeTruthy();
  });

  it('shows the API refusal of the current password on its field, and closes after a change', async () => {
    const input = { currentPassword: 'wrong-pass-1', newPassword: 'Harbour-2026-qx' };
    await setup([
      {
        request: { query: ChangePasswordDocument, variables: { input } },
        result: {
          errors: [
            {
              message: '当前密码不正确',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword', message: '当前密码不正确' }] },
            },
          ],
        },
      },
      {
        request: { query: ChangePasswordDocument, variables: { input: { ...input, currentPassword: 'lianzhao-demo' } } },
        result: { data: { changePassword: { __typename: 'AuthPayload', expiresAt: '2030-01-01T00:00:00.000Z' } } },
      },
    ]);
    await fill(input.currentPassword, input.newPassword, input.newPassword);
    expect(await screen.findByText('当前密码不正确')).toBeTruthy();
    const current = screen.getByLabelText('当前密码');
    await userEvent.clear(current);
    await userEvent.type(current, 'lianzhao-demo');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('密码已修改，其他设备上的登录已退出')).toBeTruthy();
    await waitFor(() => expect(screen.queryByLabelText('当前密码')).toBeNull());
  });
});
