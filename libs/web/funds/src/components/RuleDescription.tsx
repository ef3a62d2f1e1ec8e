import { Descriptions, Tag } from 'antd';
import type { ReinvestmentRuleFieldsFragment } from '@lianzhao/web-data';
import { useI18n, type MessageKey } from '@lianzhao/web-ui';
import { REINVESTMENT_BASIS_LABELS } from '@lianzhao/domain';

const COUNTS: readonly (readonly [
  keyof ReinvestmentRuleFieldsFragment,
  keyof ReinvestmentRuleFieldsFragment,
  MessageKey,
])[] = [
  ['countLocal', 'localCoefficient', 'funds.rule.local'],
  ['countSubsidiary', 'subsidiaryCoefficient', 'funds.rule.subsidiary'],
  ['countReferred', 'referredCoefficient', 'funds.rule.referred'],
];

/** The 返投 rule in words: the obligation's multiple and basis, and each way of counting with its coefficient. */
export function RuleDescription({ rule }: { rule: ReinvestmentRuleFieldsFragment }) {
  const { t, label } = useI18n();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="fund-rule"
      items={[
        {
          key: 'obligation',
          label: t('funds.rule.obligation'),
          children: t('funds.rule.obligationValue', {
            multiple: rule.multiple,
            basis: label(REINVESTMENT_BASIS_LABELS[rule.basis]),
          }),
        },
        ...COUNTS.map(([count, coefficient, key]) => ({
          key: String(count),
          label: t(key),
          children: rule[count] ? (
            <Tag color="green">{t('funds.rule.countedAt', { coefficient: String(rule[coefficient]) })}</Tag>
          ) : (
            <Tag>{t('funds.rule.off')}</Tag>
          ),
        })),
      ]}
    />
  );
}
