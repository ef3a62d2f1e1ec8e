import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { targetValueProblem, TARGET_METRIC_LABELS, TARGET_UNIT_LABELS } from '@lianzhao/domain';
import {
  RecordTargetActualDocument,
  SetTargetDocument,
  type TargetProgressFieldsFragment,
} from '@lianzhao/web-data';
import { useFormErrors, useI18n } from '@lianzhao/web-ui';

interface TargetValues {
  value: string;
  note?: string;
}

interface ActualValues {
  value: string;
  periodEnd: Dayjs;
  sourceNote: string;
}

const TARGET_FIELDS = ['value', 'note'] as const;
const ACTUAL_FIELDS = ['value', 'periodEnd', 'sourceNote'] as const;

export interface TargetFormProps {
  progress: TargetProgressFieldsFragment;
  onClose: () => void;
}

/** The value rule of the domain, so the form refuses what the server would (same words). */
function useValueRule(progress: TargetProgressFieldsFragment) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      const problem = value ? targetValueProblem(progress.unit, value.trim()) : null;
      if (problem) throw new Error(problem);
    },
  };
}

/** 设定目标 (ADMIN): the year's target of one metric; a changed target sends the version it read. */
export function SetTargetModal({ progress, onClose }: TargetFormProps) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TargetValues>();
  const onError = useFormErrors(form, TARGET_FIELDS);
  const valueRule = useValueRule(progress);
  const [save, { loading }] = useMutation(SetTargetDocument, { refetchQueries: ['Dashboard'] });
  const submit = async (values: TargetValues) => {
    try {
      await save({
        variables: {
          input: {
            year: progress.year,
            metric: progress.metric,
            value: values.value.trim(),
            note: values.note?.trim() || undefined,
            version: progress.targetVersion ?? undefined,
          },
        },
      });
      void message.success(t('cockpit.targets.saved'));
      onClose();
    } catch (error) {
      onError(error);
    }
  };
  return (
    <Modal
      open
      title={t('cockpit.targets.setTitle', {
        name: label(TARGET_METRIC_LABELS[progress.metric]),
        year: progress.year,
      })}
      okText={t('common.save')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<TargetValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ value: progress.target ?? '', note: progress.targetNote ?? '' }}
      >
        <Form.Item
          name="value"
          label={t('cockpit.targets.valueIn', { unit: label(TARGET_UNIT_LABELS[progress.unit]) })}
          rules={[{ required: true, message: t('cockpit.targets.valueRequired') }, valueRule]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="note" label={t('cockpit.targets.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 填报实际值 (ADMIN): an external figure (统计局快报 …) with its cut-off day and source. */
export function RecordActualModal({ progress, onClose }: TargetFormProps) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActualValues>();
  const onError = useFormErrors(form, ACTUAL_FIELDS);
  const valueRule = useValueRule(progress);
  const [save, { loading }] = useMutation(RecordTargetActualDocument, { refetchQueries: ['Dashboard'] });
  const submit = async (values: ActualValues) => {
    try {
      await save({
        variables: {
          input: {
            metric: progress.metric,
            value: values.value.trim(),
            periodEnd: values.periodEnd.format('YYYY-MM-DD'),
            sourceNote: values.sourceNote.trim(),
          },
        },
      });
      void message.success(t('cockpit.targets.recorded'));
      onClose();
    } catch (error) {
      onError(error);
    }
  };
  return (
    <Modal
      open
      title={t('cockpit.targets.recordTitle', { name: label(TARGET_METRIC_LABELS[progress.metric]) })}
      okText={t('common.save')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ActualValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="value"
          label={t('cockpit.targets.valueIn', { unit: label(TARGET_UNIT_LABELS[progress.unit]) })}
          rules={[{ required: true, message: t('cockpit.targets.valueRequired') }, valueRule]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item
          name="periodEnd"
          label={t('cockpit.targets.periodEnd')}
          rules={[{ required: true, message: t('cockpit.targets.periodEndRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="sourceNote"
          label={t('cockpit.targets.sourceNote')}
          extra={t('cockpit.targets.sourceNoteHint')}
          rules={[
            { required: true, whitespace: true, message: t('cockpit.targets.sourceNoteRequired') },
            { max: 500 },
          ]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
