import { Form, Input, Modal, Typography } from 'antd';
import { checkMove, LEAD_STAGE_LABELS, STAGES_NEEDING_REASON, type LeadStage } from '@lianzhao/domain';
import { useFormErrors, useI18n } from '@lianzhao/web-ui';

export interface MoveReasonModalProps {
  projectName: string;
  from: LeadStage;
  to: LeadStage;
  loading: boolean;
  /** Resolves when the move is done; rejects with the API error, shown in this modal. */
  onSubmit: (reason: string | null) => Promise<void>;
  onCancel: () => void;
}

interface ReasonValues {
  reason?: string;
}

const FIELDS = ['reason'] as const;

/** Asks why (required for 暂缓 and 流失, as the server insists) and confirms the move. */
export function MoveReasonModal({
  projectName,
  from,
  to,
  loading,
  onSubmit,
  onCancel,
}: MoveReasonModalProps) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<ReasonValues>();
  const onError = useFormErrors(form, FIELDS);
  const required = STAGES_NEEDING_REASON.includes(to);
  const missing = checkMove(from, to, '');
  const requiredMessage =
    !missing.ok && missing.field === 'reason'
      ? label({ zh: missing.message, en: t('leads.reasonRequired', { stage: label(LEAD_STAGE_LABELS[to]) }) })
      : t('leads.reasonRequired', { stage: label(LEAD_STAGE_LABELS[to]) });

  const onFinish = async ({ reason }: ReasonValues) => {
    try {
      await onSubmit(reason?.trim() || null);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      title={t('leads.moveTitle', { from: label(LEAD_STAGE_LABELS[from]), to: label(LEAD_STAGE_LABELS[to]) })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
    >
      <Typography.Paragraph type="secondary">{projectName}</Typography.Paragraph>
      <Form<ReasonValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="reason"
          label={t('leads.moveReason')}
          rules={required ? [{ required: true, whitespace: true, message: requiredMessage }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
