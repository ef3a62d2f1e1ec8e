import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ROLE_LABELS } from '@lianzhao/domain';
import type { LayoutUser } from '../components/AppLayout';
import { menuIcon } from '../components/menu-icons';
import { useI18n } from '../hooks/useI18n';
import { menuPages } from '../menu/menu-for-role';

/** 工作台: who is signed in, in which role, and the pages that role can open. */
export function HomePage({ user }: { user: LayoutUser }) {
  const { t, label } = useI18n();
  return (
    <Flex vertical gap={24}>
      <div>
        <Typography.Title level={3}>{t('home.greeting', { name: user.displayName })}</Typography.Title>
        <Typography.Text type="secondary">
          {t('home.role', { role: label(ROLE_LABELS[user.role]) })}
        </Typography.Text>
      </div>
      <Card title={t('home.quickLinks')}>
        <Flex wrap gap={12}>
          {menuPages(user.role, user.organization?.kind).map((page) => (
            <Link key={page.path} to={page.path}>
              <Card hoverable size="small" style={{ minWidth: 160 }}>
                <Flex gap={8} align="center">
                  {menuIcon(page.path)}
                  <span>{t(page.label)}</span>
                  {page.readOnly && <Tag style={{ marginInlineEnd: 0 }}>{t('layout.readOnly')}</Tag>}
                </Flex>
              </Card>
            </Link>
          ))}
        </Flex>
      </Card>
    </Flex>
  );
}
