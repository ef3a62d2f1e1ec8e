import { Descriptions } from 'antd';
import type { ReferralFactsFragment } from '@lianzhao/web-data';
import { amountText, dateTimeText, useI18n } from '@lianzhao/web-ui';
import { ProtectionDate } from './ProtectionDate';
import { ReferralAttachmentList } from './ReferralAttachmentList';
import { ReferralStatusTag } from './ReferralStatusTag';

/** What the partner filed, with the status and the protection. */
export function ReferralFactsList({ referral }: { referral: ReferralFactsFragment }) {
  const { t, pick } = useI18n();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'company', label: t('referrals.companyName'), children: referral.companyName },
        { key: 'code', label: t('referrals.creditCode'), children: referral.creditCode ?? '—' },
        {
          key: 'status',
          label: t('referrals.status'),
          children: <ReferralStatusTag status={referral.status} />,
        },
        {
          key: 'until',
          label: t('referrals.protectedUntil'),
          children: <ProtectionDate until={referral.protectedUntil} expiringSoon={referral.expiringSoon} />,
        },
        {
          key: 'segment',
          label: t('referrals.segment'),
          children: `${pick(referral.industry)} / ${pick(referral.segment)}`,
        },
        {
          key: 'investment',
          label: t('referrals.plannedInvestment'),
          children: amountText(referral.plannedInvestment),
        },
        { key: 'land', label: t('referrals.landNeed'), children: referral.landNeed ?? '—' },
        { key: 'space', label: t('referrals.spaceNeed'), children: referral.spaceNeed ?? '—' },
        { key: 'timeline', label: t('referrals.timeline'), children: referral.timeline ?? '—' },
        {
          key: 'contact',
          label: t('referrals.contact'),
          children: `${referral.contactName} ${referral.contactPhone}`,
        },
        { key: 'filed', label: t('referrals.filedAt'), children: dateTimeText(referral.createdAt) },
        ...(referral.decisionReason
          ? [{ key: 'reason', label: t('referrals.decisionReason'), children: referral.decisionReason }]
          : []),
        { key: 'notes', label: t('referrals.notes'), children: referral.notes ?? '—', span: 2 },
        {
          key: 'attachments',
          label: t('referrals.attachments'),
          children: <ReferralAttachmentList attachments={referral.attachments} />,
          span: 2,
        },
      ]}
    />
  );
}
