import { useState, type ReactNode } from 'react';
import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import {
  Badge,
  Button,
  Drawer,
  Flex,
  Layout,
  Menu,
  Space,
  Tag,
  theme,
  Typography,
  type MenuProps,
} from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, type OrganizationKind, type Role } from '@lianzhao/domain';
import { useI18n } from '../hooks/useI18n';
import { COMPACT_LAYOUT_QUERY, useMediaQuery } from '../hooks/useMediaQuery';
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
  /** Feature pieces the shell puts in the header before the user's name (search box, notification bell). */
  headerExtra?: ReactNode;
}


type MenuItem = Required<MenuProps>['items'][number];

function toItem(entry: MenuEntry, t: Translate, badges: AppLayoutProps['badges']): MenuItem {
  const count = badges?.[entry.path] ?? 0;
  const label = count ? (
    // The badge stays inside the entry's width, never over the next label.
    <Space size={6}>
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
export function AppLayout({ user, onSignOut, badges, headerExtra }: AppLayoutProps) {
  const { t, label } = useI18n();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const compact = useMediaQuery(COMPACT_LAYOUT_QUERY);
  const [drawerOpen, setDrawerOpen] = useState(false);
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

  const logo = (
    <Link to="/" onClick={() => setDrawerOpen(false)} style={{ display: 'block', flexShrink: 0 }}>
      <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Typography.Title>
    </Link>
  );
  const menu = (
    <nav aria-label={t('app.title')}>
      <Menu
        mode="inline"
        style={{ borderInlineEnd: 'none' }}
        items={entries.map((e) => toItem(e, t, badges))}
        selectedKeys={selected ? [selected] : []}
        defaultOpenKeys={openGroups}
        onClick={({ key }) => {
          setDrawerOpen(false);
          navigate(key);
        }}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!compact && (
        <Layout.Sider theme="light" width={208}>
          <div style={{ padding: '16px 24px' }}>{logo}</div>
          {menu}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            display: 'flex',
            alignItems: 'center',
            gap: compact ? 8 : 16,
            paddingInline: compact ? 12 : 24,
          }}
        >
          {compact && (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('layout.menu')}
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
              />
              {logo}
            </>
          )}
          {headerExtra && (
            <Space size="small" style={{ marginInlineStart: 'auto', lineHeight: 'normal' }}>
              {headerExtra}
            </Space>
          )}
          {/* The name may shrink (with an ellipsis), never disappear behind the buttons. */}
          <Space
            size="small"
            style={{ marginInlineStart: headerExtra ? undefined : 'auto', minWidth: 0, lineHeight: 'normal' }}
          >
            <UserOutlined />
            <Typography.Text
              data-testid="current-user"
              ellipsis
              style={{ maxWidth: compact ? 'calc(100vw - 200px)' : 320 }}
            >
              {user.displayName}
            </Typography.Text>
            {!compact && <Tag color="blue">{label(ROLE_LABELS[user.role])}</Tag>}
          </Space>
          {!compact && <LanguageSwitch />}
          <Button
            icon={<LogoutOutlined />}
            onClick={onSignOut}
            aria-label={compact ? t('layout.signOut') : undefined}
            title={compact ? t('layout.signOut') : undefined}
          >
            {compact ? null : t('layout.signOut')}
          </Button>
        </Layout.Header>
        <Layout.Content style={{ margin: compact ? 12 : 24, minWidth: 0 }}>
          <PageTrailProvider base={base}>
            <PageBreadcrumb />
            <Outlet />
          </PageTrailProvider>
        </Layout.Content>
      </Layout>
      {compact && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={logo}
          size={260}
          styles={{ body: { padding: 0 } }}
          footer={
            <Flex vertical gap="small" align="flex-start">
              <Tag color="blue">{label(ROLE_LABELS[user.role])}</Tag>
              <LanguageSwitch />
            </Flex>
          }
        >
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}
