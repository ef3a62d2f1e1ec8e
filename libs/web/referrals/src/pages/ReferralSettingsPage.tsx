import { useMutation, useQuery } from '@apollo/client/react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Skeleton,
  Typography,
} from 'antd';
import {
  MAX_PROTECTION_DAYS,
  MILESTONE_CODES,
  MIN_PROTECTION_DAYS,
  type MilestoneCode,
} from '@lianzhao/domain';
import { ReferralSettingsDocument, UpdateReferralSettingsDocument } from '@lianzhao/web-data';
import { optionalDecimal, useErrorMessage, useFormErrors, useFormRules, useI18n, useMilestoneLabel } from '@lianzhao/web-ui';

interface SettingsValues {
  protectionDays: number;
  rewardMilestone: MilestoneCode;
  rewardTiers: { minInvestment?: string; perMille?: string }[];
  rewardCap?: string;
}

/** 报备规则 in 系统设置: the protection period and the milestone that makes a referral eligible for a reward. */
export function ReferralSettingsPage() {
  const { t } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  const toMessage = useErrorMessage();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const onError = useFormErrors(form, ['protectionDays', 'rewardMilestone', 'rewardTiers', 'rewardCap']);
  const rules = useFormRules();
  const { data, loading, error } = useQuery(ReferralSettingsDocument);
  const [update, updating] = useMutation(UpdateReferralSettingsDocument);
  const settings = data?.referralSettings;
  if (loading && !settings) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('referrals.settingsTitle')}
        </Typography.Title>
      }
    >
      {error && <Alert type="error" showIcon title={toMessage(error)} />}
      {settings && (
        <Form<SettingsValues>
          form={form}
          layout="vertical"
          style={{ maxWidth: 480 }}
          initialValues={{
            protectionDays: settings.protectionDays,
            rewardMilestone: settings.rewardMilestone as MilestoneCode,
            rewardTiers: settings.rewardTiers.map(({ minInvestment, perMille }) => ({
              minInvestment,
              perMille,
            })),
            rewardCap: settings.rewardCap ?? undefined,
          }}
          onFinish={async (values) => {
            try {
              await update({
                variables: {
                  input: {
                    version: settings.version,
                    protectionDays: values.protectionDays,
                    rewardMilestone: values.rewardMilestone,
                    rewardTiers: (values.rewardTiers ?? []).map((tier) => ({
                      minInvestment: optionalDecimal(tier.minInvestment) ?? '',
                      perMille: optionalDecimal(tier.perMille) ?? '',
                    })),
                    rewardCap: optionalDecimal(values.rewardCap),
                  },
                },
              });
              void message.success(t('common.saved'));
            } catch (e) {
              onError(e);
            }
          }}
        >
          <Form.Item
            name="protectionDays"
            label={t('referrals.protectionDays')}
            extra={t('referrals.protectionDaysHint')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: MIN_PROTECTION_DAYS,
                max: MAX_PROTECTION_DAYS,
                message: t('referrals.protectionDaysRange', {
                  min: MIN_PROTECTION_DAYS,
                  max: MAX_PROTECTION_DAYS,
                }),
              },
            ]}
          >
            <InputNumber
              min={MIN_PROTECTION_DAYS}
              max={MAX_PROTECTION_DAYS}
              precision={0}
              suffix={t('referrals.days')}
            />
          </Form.Item>
          <Form.Item
            name="rewardMilestone"
            label={t('referrals.rewardMilestone')}
            extra={t('referrals.rewardMilestoneHint')}
            rules={[{ required: true }]}
          >
            <Select<MilestoneCode>
              options={MILESTONE_CODES.map((code) => ({ value: code, label: milestoneLabel(code) }))}
            />
          </Form.Item>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {t('referrals.rewardTiers')}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('referrals.rewardTiersHint')}</Typography.Paragraph>
          <div style={{ marginBottom: 24 }}>
            <Form.List name="rewardTiers">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="start">
                      <Form.Item
                        name={[field.name, 'minInvestment']}
                        rules={[rules.required(t('referrals.tierFrom')), rules.money]}
                        noStyle={false}
                        style={{ marginBottom: 0 }}
                      >
                        <Input
                          aria-label={`${t('referrals.tierFrom')} ${index + 1}`}
                          placeholder={t('referrals.tierFrom')}
                          suffix={t('referrals.wan')}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'perMille']}
                        rules={[rules.required(t('referrals.tierRate')), rules.money]}
                        style={{ marginBottom: 0 }}
                      >
                        <Input
                          aria-label={`${t('referrals.tierRate')} ${index + 1}`}
                          placeholder={t('referrals.tierRate')}
                          suffix="‰"
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('referrals.tierRemove')}
                        onClick={() => remove(field.name)}
                      />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('referrals.tierAdd')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </div>
          <Form.Item name="rewardCap" label={t('referrals.rewardCap')} rules={[rules.money]}>
            <Input suffix={t('referrals.wan')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={updating.loading}>
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
