import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import {
  CreateUserDocument,
  OrganizationOptionsDocument,
  UpdateUserDocument,
  type UserRowFragment,
} from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { UserFormModal } from './UserFormModal';

const organizations: MockLink.MockedResponse = {
  request: { query: OrganizationOptionsDocument, variables: {} },
  result: {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        edges: [
          {
            __typename: 'OrganizationEdge',
            node: { __typename: 'Organization', id: 'o1', name: '某链主企业', kind: 'CHAIN_MASTER' },
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const officer: UserRowFragment = {
  __typename: 'User',
  id: 'u1',
  username: 'officer',
  displayName: '张招商',
  role: 'OFFICER',
  active: true,
  phone: null,
  email: null,
  organization: null,
  lastLoginAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 3,
};

async function renderModal(user: UserRowFragment | null, mocks: MockLink.MockedResponse[]) {
  const onClose = jest.fn();
  await act(async () => {
    render(
      <MockedProvider mocks={[organizations, ...mocks]}>
        <I18nProvider>
          <UserFormModal user={user} onClose={onClose} />
        </I18nProvider>
      </MockedProvider>,
    );
  });
  return { dialog: within(screen.getByRole('dialog')), onClose };
}

async function choose(dialog: ReturnType<typeof within>, label: string, option: string) {
  await userEvent.click(dialog.getByLabelText(label));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  await userEvent.click(options[options.length - 1]);
}

describe('UserFormModal', () => {
  it('asks for an organisation only for 平台伙伴', async () => {
    const { dialog } = await renderModal(null, []);
    expect(dialog.queryByLabelText('所属机构')).not.toBeInTheDocument();
    await choose(dialog, '角色', '平台伙伴');
    expect(await dialog.findByLabelText('所属机构')).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('请选择所属机构')).toBeInTheDocument();
  });

  it('checks phone, email and password with the domain rules before sending', async () => {
    const { dialog } = await renderModal(null, []);
    await userEvent.type(dialog.getByLabelText('电话'), '12345');
    await userEvent.type(dialog.getByLabelText('邮箱'), 'name@company');
    await userEvent.type(dialog.getByLabelText('初始密码'), 'short');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText(/请输入有效的手机号或座机号/)).toBeInTheDocument();
    expect(dialog.getByText('请输入有效的电子邮箱地址')).toBeInTheDocument();
    expect(dialog.getByText('密码至少 8 位')).toBeInTheDocument();
  });

  it('shows a CONFLICT on a unique username next to 用户名', async () => {
    const input = {
      displayName: '李四',
      role: 'OFFICER',
      phone: null,
      email: null,
      username: 'officer',
      password: 'password-1',
      organizationId: null,
    };
    const { dialog, onClose } = await renderModal(null, [
      {
        request: { query: CreateUserDocument, variables: { input } },
        result: {
          errors: [
            {
              message: '用户名“officer”已被使用',
              extensions: { code: 'CONFLICT', fields: [{ field: 'username', message: '该用户名已被使用' }] },
            },
          ],
        },
      },
    ]);
    await userEvent.type(dialog.getByLabelText('用户名'), 'Officer');
    await userEvent.type(dialog.getByLabelText('姓名'), '李四');
    await choose(dialog, '角色', '投促办招商专员');
    await userEvent.type(dialog.getByLabelText('初始密码'), 'password-1');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    const message = await dialog.findByText('该用户名已被使用');
    expect(message.closest('.ant-form-item')).toContainElement(dialog.getByLabelText('用户名'));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('sends the version when editing and reports a stale one', async () => {
    const input = {
      id: 'u1',
      version: 3,
      organizationId: null,
      displayName: '张招商（新）',
      role: 'OFFICER',
      phone: null,
      email: null,
    };
    const { dialog, onClose } = await renderModal(officer, [
      {
        request: { query: UpdateUserDocument, variables: { input } },
        result: {
          errors: [{ message: '数据已被他人修改，请刷新后重试', extensions: { code: 'CONFLICT', id: 'u1' } }],
        },
      },
    ]);
    expect(dialog.getByLabelText('用户名')).toBeDisabled();
    await userEvent.type(dialog.getByLabelText('姓名'), '（新）');
    await userEvent.click(dialog.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
