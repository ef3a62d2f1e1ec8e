import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, InputNumber, Select, Spin, Typography } from 'antd';
import {
  MAX_PROTECTION_DAYS,
  MILESTONE_CODES,
  MILESTONE_LABELS,
  MIN_PROTECTION_DAYS,
  type MilestoneCode,
} from '@lianzhao/domain';
import { ReferralSettingsDocument, UpdateReferralSettingsDocument } from '@lianzhao/web-data';
import { useErrorMessage, useFormErrors, useI18n } from '@lianzhao/web-ui';

interface SettingsValues {
  protectionDays: number;
  rewardMilestone: MilestoneCode;
}

/** 报备规则 in 系统设置: the protection period and the milestone that makes a referral eligible for a reward. */
export function ReferralSettingsPage() {
  const { t, label } = useI18n();
  const toMessage = useErrorMessage();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const onError = useFormErrors(form, ['protectionDays', 'rewardMilestone']);
  const { data, loading, error } = useQuery(ReferralSettingsDocument);
  const [update, updating] = useMutation(UpdateReferralSettingsDocument);
  const settings = data?.referralSettings;
  if (loading && !settings) return <Spin />;
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
          }}
          onFinish={async (values) => {
            try {
              await update({ variables: { input: { version: settings.version, ...values } } });
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
              addonAfter={t('referrals.days')}
            />
          </Form.Item>
          <Form.Item
            name="rewardMilestone"
            label={t('referrals.rewardMilestone')}
            extra={t('referrals.rewardMilestoneHint')}
            rules={[{ required: true }]}
          >
            <Select<MilestoneCode>
              options={MILESTONE_CODES.map((code) => ({ value: code, label: label(MILESTONE_LABELS[code]) }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={updating.loading}>
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
