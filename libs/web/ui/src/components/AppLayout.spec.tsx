import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { Role } from '@lianzhao/domain';
import { I18nProvider, LOCALE_KEY } from '../i18n/I18nProvider';
import { NotBuiltYet } from '../pages/NotBuiltYet';
import { COMPACT_LAYOUT_QUERY } from '../hooks/useMediaQuery';
import { AppLayout } from './AppLayout';

async function renderLayout(role: Role, path = '/', onSignOut = jest.fn()) {
  await act(async () => {
    render(
      <I18nProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route element={<AppLayout user={{ displayName: '张三', role }} onSignOut={onSignOut} />}>
              <Route path="*" element={<NotBuiltYet title="menu.leads" />} />
            </Route>
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    );
  });
  return screen.getByRole('navigation');
}

function menuLabels(nav: HTMLElement): string[] {
  return within(nav)
    .getAllByRole('menuitem')
    .map((item) => item.textContent ?? '');
}

describe('AppLayout', () => {
  it.each<[Role, string[]]>([
    ['OFFICER', ['线索管道', '企业库', '报备审核', '基金', '项目落地', '产业链图谱', '免申即享', '驾驶舱']],
    ['LEADER', ['驾驶舱', '产业链总览', '线索管道', '企业库', '基金', '项目落地', '产业链图谱']],
    ['PARTNER', ['我的报备']],
  ])('shows the menu of %s', async (role, expected) => {
    expect(menuLabels(await renderLayout(role))).toEqual(expected);
  });

  it('shows the settings group with its pages to ADMIN', async () => {
    const nav = await renderLayout('ADMIN', '/settings/users');
    expect(menuLabels(nav)).toEqual([
      '线索管道',
      '企业库',
      '报备审核',
      '基金',
      '项目落地',
      '产业链图谱',
      '免申即享',
      '驾驶舱',
      '系统设置',
      '用户管理',
      '合作机构',
      '基础数据',
      '政策库',
      '报备规则',
      '登录记录',
    ]);
  });

  it('shows a count beside a menu entry, e.g. referrals waiting for review', async () => {
    await act(async () => {
      render(
        <I18nProvider>
          <MemoryRouter initialEntries={['/']}>
            <Routes>
              <Route
                element={
                  <AppLayout
                    user={{ displayName: '张三', role: 'OFFICER' }}
                    onSignOut={jest.fn()}
                    badges={{ '/referrals': 3 }}
                  />
                }
              >
                <Route path="*" element={<NotBuiltYet title="menu.leads" />} />
              </Route>
            </Routes>
          </MemoryRouter>
        </I18nProvider>,
      );
    });
    expect(menuLabels(screen.getByRole('navigation'))).toContain('报备审核3');
  });

  it('shows the user, the role label and signs out', async () => {
    const onSignOut = jest.fn();
    await renderLayout('OFFICER', '/', onSignOut);
    expect(screen.getByTestId('current-user')).toHaveTextContent('张三');
    expect(screen.getByText('投促办招商专员')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /退出登录/ }));
    expect(onSignOut).toHaveBeenCalled();
  });

  it('on a phone: a menu button beside the logo opens the menu in a drawer, the name stays in the header', async () => {
    const wide = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...wide(query), matches: query === COMPACT_LAYOUT_QUERY });
    try {
      await act(async () => {
        render(
          <I18nProvider>
            <MemoryRouter initialEntries={['/']}>
              <Routes>
                <Route
                  element={
                    <AppLayout user={{ displayName: '张三', role: 'OFFICER' }} onSignOut={jest.fn()} />
                  }
                >
                  <Route path="*" element={<p>页面</p>} />
                </Route>
              </Routes>
            </MemoryRouter>
          </I18nProvider>,
        );
      });
      expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
      expect(screen.getByTestId('current-user')).toHaveTextContent('张三');
      expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: '菜单' }));
      const nav = await screen.findByRole('navigation');
      expect(menuLabels(nav)).toEqual(['线索管道', '企业库', '报备审核', '基金', '项目落地', '产业链图谱', '免申即享', '驾驶舱']);
    } finally {
      window.matchMedia = wide;
    }
  });

  it('switches to English and remembers the choice', async () => {
    await renderLayout('PARTNER', '/my-referrals');
    expect(await screen.findByText('此功能正在建设中，敬请期待')).toBeInTheDocument();
    await userEvent.click(screen.getByText('English'));
    expect(screen.getByText('My referrals')).toBeInTheDocument();
    expect(
      await screen.findByText('This feature is not built yet. Please check back later.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Sign out/ })).toBeInTheDocument();
    expect(window.localStorage.getItem(LOCALE_KEY)).toBe('en');
  });
});
