import { Typography } from 'antd';
import { useI18n } from '@lianzhao/web-ui';
import { formatCount } from '../utils/figures';

/** Under a ranked breakdown that shows only its leaders: how many there are in all, and where the rest are. */
export function LeadersOnlyNote({ shown, count }: { shown: number; count: number }) {
  const { t, locale } = useI18n();
  if (count <= shown) return null;
  return (
    <Typography.Text type="secondary" data-testid="leaders-only-note">
      {t('cockpit.leadersOnly', { shown: formatCount(shown, locale), count: formatCount(count, locale) })}
    </Typography.Text>
  );
}
