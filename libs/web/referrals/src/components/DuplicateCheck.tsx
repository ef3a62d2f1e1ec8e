import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { ReferralCheckDocument, type ReferralCheckResult } from '@lianzhao/web-data';
import { useI18n, type MessageKey } from '@lianzhao/web-ui';
import { duplicateCheckKey } from '../utils/referral-values';

const DEBOUNCE_MS = 400;

const TYPES: Readonly<Record<ReferralCheckResult, 'success' | 'warning' | 'info'>> = {
  FREE: 'success',
  OWN: 'warning',
  REFERRED: 'warning',
  IN_PIPELINE: 'info',
};

const MESSAGES: Readonly<Record<ReferralCheckResult, MessageKey>> = {
  FREE: 'referrals.check.FREE',
  OWN: 'referrals.check.OWN',
  REFERRED: 'referrals.check.REFERRED',
  IN_PIPELINE: 'referrals.check.IN_PIPELINE',
};

/**
 * Warns before submitting when the company is already referred or already in the pipeline. The
 * server answers only which of these it is, never who referred it.
 */
export function DuplicateCheck({ companyName, creditCode }: { companyName?: string; creditCode?: string }) {
  const { t } = useI18n();
  const [key, setKey] = useState(() => duplicateCheckKey(companyName, creditCode));
  useEffect(() => {
    const timer = setTimeout(() => setKey(duplicateCheckKey(companyName, creditCode)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [companyName, creditCode]);
  const { data } = useQuery(ReferralCheckDocument, {
    variables: key ?? { companyName: '' },
    skip: !key,
    fetchPolicy: 'network-only',
  });
  const result = key ? data?.referralCheck.result : undefined;
  if (!result) return null;
  return (
    <Alert
      role="status"
      data-testid="duplicate-check"
      type={TYPES[result]}
      showIcon
      title={t(MESSAGES[result])}
      style={{ marginBottom: 16 }}
    />
  );
}
