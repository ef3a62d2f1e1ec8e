import { Typography } from 'antd';
import { useI18n } from '@lianzhao/web-ui';
import { formatCount } from '../utils/figures';

/** Under a ranked breakdown that shows only its leaders: how many there are in all, and where the rest are. */
export function LeadersOnlyNote({
  shown,
  count,
  message = 'cockpit.leadersOnly',
}: {
  shown: number;
  count: number;
  /** The note's wording (its counter word: 家 for organisations, 只 for funds). */
  message?: 'cockpit.leadersOnly' | 'cockpit.funds.largestOnly';
}) {
  const { t, locale } = useI18n();
  if (count <= shown) return null;
  return (
    <Typography.Text type="secondary" data-testid="leaders-only-note">
      {t(message, { shown: formatCount(shown, locale), count: formatCount(count, locale) })}
    </Typography.Text>
  );
}
