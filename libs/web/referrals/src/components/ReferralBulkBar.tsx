import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import {
  BulkRejectReferralsDocument,
  evictRootFields,
  ExportReferralsDocument,
  graphQLErrors,
  type ExportReferralsQuery,
} from '@lianzhao/web-data';
import { ExportButton, useFormErrors, useFormRules, useI18n } from '@lianzhao/web-ui';

interface RowError {
  id: string;
  label: string;
  message: string;
}

const pickExport = (data: ExportReferralsQuery) => data.referralsExport;

/**
 * 不予受理 for the selected referrals: one reason for all; one refused row refuses the batch, listed
 * why. 导出所选 writes just the selected rows.
 */
export function ReferralBulkBar({ ids, onClear }: { ids: readonly string[]; onClear: () => void }) {
  const { t } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [refused, setRefused] = useState<RowError[]>([]);
  const [form] = Form.useForm<{ reason: string }>();
  const onFormError = useFormErrors(form, ['reason']);
  const [reject, rejecting] = useMutation(BulkRejectReferralsDocument, {
    update: (cache) => evictRootFields(cache, 'referrals', 'referralCounts'),
  });

  const submit = async ({ reason }: { reason: string }) => {
    try {
      await reject({ variables: { input: { ids: [...ids], reason } } });
      void message.success(t('referrals.bulkRejected', { count: ids.length }));
      setOpen(false);
      onClear();
    } catch (error) {
      const rows = graphQLErrors(error)[0]?.extensions?.['rows'];
      if (Array.isArray(rows) && rows.length) setRefused(rows as RowError[]);
      else onFormError(error);
    }
  };

  return (
    <Space wrap data-testid="referral-bulk-bar">
      <Typography.Text strong>{t('list.selected', { count: ids.length })}</Typography.Text>
      <Button
        danger
        onClick={() => {
          form.resetFields();
          setRefused([]);
          setOpen(true);
        }}
      >
        {t('referrals.reject')}
      </Button>
      <ExportButton
        query={ExportReferralsDocument}
        variables={{ filter: { ids: [...ids] } }}
        pick={pickExport}
        label={t('list.exportSelected')}
      />
      <Button type="link" onClick={onClear}>
        {t('list.clearSelection')}
      </Button>
      <Modal
        open={open}
        title={t('referrals.bulkRejectTitle', { count: ids.length })}
        okText={t('referrals.reject')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={rejecting.loading}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {refused.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('referrals.bulkRefused')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {refused.map((row) => (
                  <li key={row.id}>
                    {row.label}：{row.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item
            name="reason"
            label={t('referrals.rejectReason')}
            extra={t('referrals.rejectReasonHint')}
            rules={[rules.required(t('referrals.rejectReason'))]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
