import { useMutation } from '@apollo/client/react';
import { App, Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FOLLOW_UP_KIND_LABELS, FOLLOW_UP_KINDS, type FollowUpKind } from '@lianzhao/domain';
import { AddFollowUpDocument, evictEntityFields, evictRootFields } from '@lianzhao/web-data';
import { dateString, optionalText, useFormErrors, useFormRules, useI18n } from '@lianzhao/web-ui';

interface FollowUpValues {
  kind: FollowUpKind;
  occurredOn: Dayjs;
  participants?: string;
  summary: string;
  nextStep?: string;
  nextStepDueOn?: Dayjs | null;
}

const FIELDS = ['kind', 'occurredOn', 'participants', 'summary', 'nextStep', 'nextStepDueOn'] as const;

/** 记录跟进: what happened (走访, 电话, …), when (not after today), with whom, and what comes next. */
export function FollowUpForm({ leadId }: { leadId: string }) {
  const { t, label } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<FollowUpValues>();
  const onError = useFormErrors(form, FIELDS);
  const [addFollowUp, { loading }] = useMutation(AddFollowUpDocument, {
    update: (cache) => {
      evictEntityFields(cache, 'Lead', leadId, 'followUps', 'auditTrail');
      evictRootFields(cache, 'myFollowUpsDue');
    },
  });

  const onFinish = async (values: FollowUpValues) => {
    try {
      await addFollowUp({
        variables: {
          input: {
            leadId,
            kind: values.kind,
            occurredOn: dateString(values.occurredOn) ?? '',
            participants: optionalText(values.participants),
            summary: values.summary.trim(),
            nextStep: optionalText(values.nextStep),
            nextStepDueOn: dateString(values.nextStepDueOn),
          },
        },
      });
      void message.success(t('followUps.added'));
      form.resetFields();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Form<FollowUpValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ kind: 'VISIT', occurredOn: dayjs() }}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={t('followUps.kind')} rules={[rules.select(t('followUps.kind'))]}>
            <Select<FollowUpKind>
              options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: label(FOLLOW_UP_KIND_LABELS[k]) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="occurredOn"
            label={t('followUps.occurredOn')}
            rules={[rules.select(t('followUps.occurredOn')), rules.notFuture(t('followUps.occurredOn'))]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="participants" label={t('followUps.participants')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="summary"
            label={t('followUps.summary')}
            rules={[rules.required(t('followUps.summary'))]}
          >
            <Input.TextArea rows={3} maxLength={5000} showCount />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="nextStep"
            label={t('followUps.nextStep')}
            dependencies={['nextStepDueOn']}
            rules={[
              ({ getFieldValue }) => ({
                // Mirrors the server: a due date without a step to do by then means nothing.
                validator: (_rule, value: string | undefined) =>
                  getFieldValue('nextStepDueOn') && !value?.trim()
                    ? Promise.reject(new Error(t('followUps.nextStepNeeded')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="nextStepDueOn" label={t('followUps.nextStepDueOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('followUps.add')}
      </Button>
    </Form>
  );
}
