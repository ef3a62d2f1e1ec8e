import { Alert } from 'antd';
import { useT } from '../hooks/useI18n';

export interface DrillBannerProps {
  /** The list's totalCount; undefined until the first answer. */
  total: number | undefined;
  onClose: () => void;
}

/**
 * 「来自驾驶舱」: says the list shows exactly the rows behind the number clicked (with their
 * count, which equals it) and offers the way back to the list's own filters.
 */
export function DrillBanner({ total, onClose }: DrillBannerProps) {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="drill-banner"
      title={t('drill.fromCockpit')}
      description={
        total === undefined ? (
          t('drill.loading')
        ) : (
          <span>
            {t('drill.description')} <strong data-testid="drill-total">{t('common.total', { total })}</strong>
          </span>
        )
      }
      closable={{ 'aria-label': t('drill.close'), onClose }}
      style={{ marginBottom: 16 }}
    />
  );
}
