import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Space, Tag, theme, Typography, type MenuProps } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, type OrganizationKind, type Role } from '@lianzhao/domain';
import { useI18n } from '../hooks/useI18n';
import { menuForRole, menuPages, type MenuEntry } from '../menu/menu-for-role';
import { PageBreadcrumb, PageTrailProvider, type Crumb } from '../navigation/PageTrail';
import type { Translate } from '../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { menuIcon } from './menu-icons';

export interface LayoutUser {
  displayName: string;
  role: Role;
  /** A partner's organisation: its kind decides pages like 我的基金. */
  organization?: { kind: OrganizationKind } | null;
}

export interface AppLayoutProps {
  user: LayoutUser;
  onSignOut: () => void;
  /** Counts shown beside menu entries, by path (e.g. referrals waiting for review). */
  badges?: Readonly<Partial<Record<string, number>>>;
}

type MenuItem = Required<MenuProps>['items'][number];

function toItem(entry: MenuEntry, t: Translate, badges: AppLayoutProps['badges']): MenuItem {
  const count = badges?.[entry.path] ?? 0;
  const label = count ? (
    <Space>
      {t(entry.label)}
      <Badge count={count} size="small" aria-label={`${count}`} />
    </Space>
  ) : (
    t(entry.label)
  );
  return entry.children
    ? {
        key: entry.path,
        icon: menuIcon(entry.path),
        label,
        children: entry.children.map((c) => toItem(c, t, badges)),
      }
    : { key: entry.path, icon: menuIcon(entry.path), label };
}

/** The menu page the current URL is on or under (e.g. /settings/users/42 → /settings/users). */
function selectedPath(user: LayoutUser, pathname: string): string | undefined {
  return menuPages(user.role, user.organization?.kind)
    .map((p) => p.path)
    .find((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** Side menu for the user's role, header with name, role, language and sign-out, page in the middle. */
export function AppLayout({ user, onSignOut, badges }: AppLayoutProps) {
  const { t, label } = useI18n();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = menuForRole(user.role, user.organization?.kind);
  const selected = selectedPath(user, pathname);
  const page = menuPages(user.role, user.organization?.kind).find((p) => p.path === selected);
  const base: Crumb | null = page
    ? { title: t(page.label), to: page.path }
    : pathname === '/'
      ? { title: t('menu.home') }
      : null;
  const openGroups = entries
    .filter((e) => e.children && selected?.startsWith(`${e.path}/`))
    .map((e) => e.path);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={208}>
        <Link to="/" style={{ display: 'block', padding: '16px 24px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
        </Link>
        <nav aria-label={t('app.title')}>
          <Menu
            mode="inline"
            items={entries.map((e) => toItem(e, t, badges))}
            selectedKeys={selected ? [selected] : []}
            defaultOpenKeys={openGroups}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            display: 'flex',
            justifyContent: 'flex-end',
            paddingInline: 24,
          }}
        >
          <Space size="middle">
            <Space size="small">
              <UserOutlined />
              <Typography.Text data-testid="current-user">{user.displayName}</Typography.Text>
              <Tag color="blue">{label(ROLE_LABELS[user.role])}</Tag>
            </Space>
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={onSignOut}>
              {t('layout.signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <PageTrailProvider base={base}>
            <PageBreadcrumb />
            <Outlet />
          </PageTrailProvider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
