import { Button, Flex, Spin } from 'antd';
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
