import { Tag } from 'antd';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '@lianzhao/domain';
import { useI18n } from '@lianzhao/web-ui';

export const REFERRAL_STATUS_COLORS: Readonly<Record<ReferralStatus, string>> = {
  PROTECTED: 'green',
  CONFLICT: 'volcano',
  EXISTING: 'gold',
  ACCEPTED: 'blue',
  REJECTED: 'default',
  EXPIRED: 'default',
};

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const { label } = useI18n();
  return <Tag color={REFERRAL_STATUS_COLORS[status]}>{label(REFERRAL_STATUS_LABELS[status])}</Tag>;
}
