import { Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { checkActualDate, type MilestoneCode, type MilestoneDates } from '@lianzhao/domain';
import { dateString, useFormErrors, useI18n, useMilestoneLabel } from '@lianzhao/web-ui';
import { shanghaiToday } from '../utils/milestone-colors';

export type MilestoneDateMode = 'actual' | 'plan';

export interface MilestoneDateModalProps {
  mode: MilestoneDateMode;
  code: MilestoneCode;
  /** The project's milestones in template order, for the same order check the server makes. */
  milestones: readonly MilestoneDates[];
  /** The milestones the project's template lets it skip (the same rule again). */
  optional: readonly MilestoneCode[];
  loading: boolean;
  /** Resolves when saved; rejects with the API error, shown next to the field it names. */
  onSubmit: (date: string | null, reason: string | null) => Promise<void>;
  onCancel: () => void;
  /** Today in Shanghai; a parameter so tests can pin it. */
  today?: string;
}

interface DateValues {
  actualDate?: Dayjs | null;
  plannedDate?: Dayjs | null;
  reason?: string;
}

const FIELDS = ['actualDate', 'plannedDate', 'reason'] as const;

/**
 * Records an actual date (checked against the template order, the milestones the template lets
 * the project skip and today with the domain rule the server uses, so 投产 before 开工, or 开工
 * before 工商注册, is refused in the form already) or clears it under the same rule, or sets a planned date
 * (changing an existing plan asks why, which goes into the plan history).
 */
export function MilestoneDateModal({
  mode,
  code,
  milestones,
  optional,
  loading,
  onSubmit,
  onCancel,
  today = shanghaiToday(),
}: MilestoneDateModalProps) {
  const { t } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  const [form] = Form.useForm<DateValues>();
  const onError = useFormErrors(form, FIELDS);
  const current = milestones.find((m) => m.code === code);
  const name = milestoneLabel(code);
  const replanning = mode === 'plan' && Boolean(current?.plannedDate);

  const submit = async (date: string | null, reason: string | null) => {
    try {
      await onSubmit(date, reason);
    } catch (error) {
      onError(error);
    }
  };

  const clear = () => {
    const check = checkActualDate(milestones, code, null, today, optional, milestoneLabel);
    if (check.ok) void submit(null, null);
    else form.setFields([{ name: 'actualDate', errors: [check.message] }]);
  };

  const onFinish = (values: DateValues) =>
    mode === 'actual'
      ? submit(dateString(values.actualDate), null)
      : submit(dateString(values.plannedDate), values.reason?.trim() || null);

  return (
    <Modal
      open
      title={t(mode === 'actual' ? 'projects.recordTitle' : 'projects.planTitle', { milestone: name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {mode === 'actual' && current?.actualDate && code !== 'SIGNED' && (
            <Button danger disabled={loading} onClick={clear}>
              {t('projects.clearActual')}
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Form<DateValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          actualDate: current?.actualDate ? dayjs(current.actualDate) : null,
          plannedDate: current?.plannedDate ? dayjs(current.plannedDate) : null,
        }}
      >
        {mode === 'actual' ? (
          <Form.Item
            name="actualDate"
            label={t('projects.actual')}
            rules={[
              { required: true, message: t('projects.dateRequired') },
              {
                validator: (_rule, value: Dayjs | null | undefined) => {
                  const date = dateString(value);
                  if (!date) return Promise.resolve();
                  const check = checkActualDate(milestones, code, date, today, optional, milestoneLabel);
                  return check.ok ? Promise.resolve() : Promise.reject(new Error(check.message));
                },
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} autoFocus aria-label={t('projects.actual')} />
          </Form.Item>
        ) : (
          <>
            {current?.plannedDate && (
              <Typography.Paragraph type="secondary">
                {t('projects.planned')}：{current.plannedDate}
              </Typography.Paragraph>
            )}
            <Form.Item name="plannedDate" label={t('projects.planned')}>
              <DatePicker style={{ width: '100%' }} autoFocus aria-label={t('projects.planned')} />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('projects.reason')}
              rules={
                replanning
                  ? [{ required: true, whitespace: true, message: t('projects.reasonRequired') }]
                  : []
              }
            >
              <Input.TextArea rows={3} maxLength={1000} showCount />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
