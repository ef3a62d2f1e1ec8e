import { Tag, Tooltip } from 'antd';
import { useI18n } from '@lianzhao/web-ui';

/** The last protected day; one ending within 30 days is highlighted so the partner can act. */
export function ProtectionDate({ until, expiringSoon }: { until: string | null; expiringSoon: boolean }) {
  const { t } = useI18n();
  if (!until) return <>—</>;
  if (!expiringSoon) return <>{until}</>;
  return (
    <Tooltip title={t('referrals.expiringSoonHint')}>
      <Tag color="orange" data-testid="expiring-soon">
        {until} · {t('referrals.expiringSoon')}
      </Tag>
    </Tooltip>
  );
}
