import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import type { OrganizationKind, Role } from '@lianzhao/domain';
import { AuthProvider } from '@lianzhao/web-auth';
import { EnterprisesDocument, LoginDocument, MeDocument, ReferenceOptionsDocument } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import { AppRoutes } from './AppRoutes';

const NAMES: Record<Role, string> = {
  ADMIN: '王管理',
  OFFICER: '张专员',
  LEADER: '李领导',
  PARTNER: '赵伙伴',
};

function meMock(role: Role, kind: OrganizationKind = 'CHAIN_MASTER'): MockLink.MockedResponse {
  return {
    request: { query: MeDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: '1',
          username: role.toLowerCase(),
          displayName: NAMES[role],
          role,
          organization:
            role === 'PARTNER' ? { __typename: 'Organization', id: '9', name: '某链主企业', kind } : null,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** No session cookie: the API answers `me` with UNAUTHENTICATED. */
const noSession: MockLink.MockedResponse = {
  request: { query: MeDocument },
  result: { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function renderApp(
  path: string,
  role?: Role,
  mocks: MockLink.MockedResponse[] = [],
  kind?: OrganizationKind,
) {
  await act(async () => {
    render(
      <MockedProvider mocks={[role ? meMock(role, kind) : noSession, ...mocks]}>
        <I18nProvider>
          <AuthProvider>
            <MemoryRouter initialEntries={[path]}>
              <AppRoutes />
            </MemoryRouter>
          </AuthProvider>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

async function menuLabels(): Promise<string[]> {
  const nav = await screen.findByRole('navigation');
  return within(nav)
    .getAllByRole('menuitem')
    .map((item) => item.textContent ?? '');
}

describe('routes', () => {
  it('sends a visitor without a session to the login page', async () => {
    await renderApp('/leads');
    // The session check (`me`) answers first: no cookie, so UNAUTHENTICATED.
    expect(await screen.findByLabelText('用户名', undefined, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();
  });

  it('shows a BAD_USER_INPUT answer next to the login field it names', async () => {
    await renderApp('/login', undefined, [
      {
        request: { query: LoginDocument, variables: { input: { username: 'x', password: 'secret123' } } },
        result: {
          errors: [
            {
              message: '输入有误',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'username', message: '用户名至少 3 位' }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.type(await screen.findByLabelText('用户名'), 'x');
    await userEvent.type(screen.getByLabelText('密码'), 'secret123');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    const message = await screen.findByText('用户名至少 3 位');
    expect(message.closest('.ant-form-item')).toContainElement(screen.getByLabelText('用户名'));
  });

  it.each<[Role, string[]]>([
    ['OFFICER', ['线索管道', '企业库', '报备审核', '基金', '项目落地', '产业链图谱', '免申即享', '驾驶舱']],
    ['LEADER', ['驾驶舱', '产业链总览', '线索管道', '企业库', '基金', '项目落地', '产业链图谱']],
    ['PARTNER', ['我的报备', '供应链']],
    ['ADMIN', ['线索管道', '企业库', '报备审核', '基金', '项目落地', '产业链图谱', '免申即享', '驾驶舱', '系统设置']],
  ])('greets %s on the home page with the role menu', async (role, expected) => {
    await renderApp('/', role);
    // The signed-in frame is a lazy chunk: its first load in a test takes a while.
    expect(
      await screen.findByRole('heading', { name: `${NAMES[role]}，您好` }, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(await menuLabels()).toEqual(expected);
  });

  it('gives a fund manager’s partner user 我的基金', async () => {
    await renderApp('/', 'PARTNER', [], 'FUND_MANAGER');
    expect(await menuLabels()).toEqual(['我的报备', '我的基金']);
  });

  it('opens 驾驶舱 for a leader instead of the page under construction', async () => {
    await renderApp('/dashboard?period=2026-Q1', 'LEADER', [
      {
        request: { query: ReferenceOptionsDocument },
        result: { data: { industries: [], tags: [], places: [] } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);
    // The page is loaded lazily; compiling it on first use takes a while when suites run in parallel.
    // Its figures are the cockpit library's tests; here the route and the filter row matter.
    expect(
      await screen.findByRole('heading', { name: '领导驾驶舱' }, { timeout: 20000 }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('cockpit-filters')).toBeInTheDocument();
    expect(screen.queryByText('此功能正在建设中，敬请期待')).not.toBeInTheDocument();
  });

  it.each<[Role, boolean]>([
    ['OFFICER', true],
    ['LEADER', false],
  ])('opens 企业库 for %s (may create: %s)', async (role, mayCreate) => {
    await renderApp('/enterprises?q=链招', role, [
      {
        request: { query: EnterprisesDocument, variables: () => true },
        result: {
          data: {
            enterprises: {
              __typename: 'EnterpriseConnection',
              totalCount: 0,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [],
            },
          },
        },
      },
      {
        request: { query: ReferenceOptionsDocument },
        result: { data: { industries: [], tags: [], places: [] } },
      },
    ]);
    // The page is loaded lazily; compiling it on first use takes a while when suites run in parallel.
    expect(
      await screen.findByText('没有符合筛选条件的数据', undefined, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '企业库' })).toBeInTheDocument();
    expect(screen.getByLabelText('搜索')).toHaveValue('链招');
    expect(screen.queryAllByRole('button', { name: /新建企业/ })).toHaveLength(mayCreate ? 1 : 0);
  });

  it.each<[Role, string]>([
    ['PARTNER', '/leads'],
    ['PARTNER', '/enterprises/e1'],
    ['OFFICER', '/settings/users'],
    // A leader reads the referral list a cockpit figure opens, but reviewing stays with the officers.
    ['LEADER', '/referrals/r1'],
    ['ADMIN', '/my-referrals'],
  ])('shows 403 to %s on %s', async (role, path) => {
    await renderApp(path, role);
    expect(await screen.findByText('抱歉，您没有权限访问此页面')).toBeInTheDocument();
  });

  it('shows 404 for an unknown path', async () => {
    await renderApp('/no-such-page', 'OFFICER');
    expect(await screen.findByText('抱歉，您访问的页面不存在')).toBeInTheDocument();
  });
});
