import { Empty, Timeline, Typography } from 'antd';
import type { FundDetailFragment } from '@lianzhao/web-data';
import { dateTimeText, useI18n } from '@lianzhao/web-ui';
import { REINVESTMENT_BASIS_LABELS } from '@lianzhao/domain';

type Change = FundDetailFragment['ruleHistory'][number];

/** 规则变更记录: the rule as it became at each change, newest first, with who and why. */
export function RuleHistory({ changes }: { changes: readonly Change[] }) {
  const { t, label } = useI18n();
  if (changes.length === 0) return <Empty description={t('funds.rule.noHistory')} />;
  const newestFirst = [...changes].sort((a, b) => (a.changedAt < b.changedAt ? 1 : -1));
  const coef = (on: boolean, value: string) => (on ? `×${value}` : t('funds.rule.off'));
  return (
    <Timeline
      data-testid="rule-history"
      items={newestFirst.map((c) => ({
        key: c.id,
        content: (
          <>
            <Typography.Text strong>
              {t('funds.rule.obligationValue', {
                multiple: c.rule.multiple,
                basis: label(REINVESTMENT_BASIS_LABELS[c.rule.basis]),
              })}
            </Typography.Text>
            <div>
              {t('funds.rule.historyCounts', {
                local: coef(c.rule.countLocal, c.rule.localCoefficient),
                subsidiary: coef(c.rule.countSubsidiary, c.rule.subsidiaryCoefficient),
                referred: coef(c.rule.countReferred, c.rule.referredCoefficient),
              })}
            </div>
            {c.note && <div>{c.note}</div>}
            <Typography.Text type="secondary">
              {dateTimeText(c.changedAt)} · {c.changedBy?.displayName ?? '—'}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
