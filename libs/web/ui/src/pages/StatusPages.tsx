import { Button, Flex, Skeleton, Spin, theme } from 'antd';
import { useNavigate } from 'react-router';
import { LazyResult as Result } from '../components/LazyResult';
import { useT } from '../hooks/useI18n';

function BackHome() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('page.backHome')}
    </Button>
  );
}

/** Shown when the signed-in role may not open a page. */
export function ForbiddenPage() {
  const t = useT();
  return <Result status="403" title="403" subTitle={t('page.forbidden')} extra={<BackHome />} />;
}

export function NotFoundPage() {
  const t = useT();
  return <Result status="404" title="404" subTitle={t('page.notFound')} extra={<BackHome />} />;
}

export function FullPageLoading({ tip }: { tip?: string }) {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={tip ?? t('page.loading')} />
    </Flex>
  );
}

/**
 * A page whose code or first answer is on its way: the shape of a page (title, a card of lines),
 * not a spinner over nothing and never an empty state it does not know yet.
 */
export function PageSkeleton() {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={16} aria-busy="true" aria-label={t('page.loading')} data-testid="page-skeleton">
      <Skeleton.Input active style={{ width: 200 }} />
      {/* A card's look without antd's Card, which would bring Tabs into the login page's download. */}
      <div style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 24 }}>
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    </Flex>
  );
}
