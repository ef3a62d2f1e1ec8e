import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import {
  LEAD_STAGE_LABELS,
  LEAD_STAGES,
  LEAD_TAG_GROUPS,
  STAGES_NEEDING_REASON,
  type LeadStage,
} from '@lianzhao/domain';
import {
  BulkAssignLeadsDocument,
  BulkMoveLeadsDocument,
  BulkTagLeadsDocument,
  BulkUntagLeadsDocument,
  graphQLErrors,
  type LeadOrder,
} from '@lianzhao/web-data';
import { OwnerSelect, TagSelect, useFormErrors, useI18n } from '@lianzhao/web-ui';
import { ExportLeadsButton } from './ExportLeadsButton';

type Action = 'assign' | 'move' | 'tag' | 'untag';

interface BulkValues {
  ownerId?: string;
  stage?: LeadStage;
  reason?: string;
  tagCodes?: string[];
}

interface RowError {
  id: string;
  label: string;
  message: string;
}

const FIELDS = ['ownerId', 'stage', 'reason', 'tagCodes'] as const;

/** The rows a refused batch names (`extensions.rows`), each with its reason. */
export function refusedRows(error: unknown): RowError[] {
  const rows = graphQLErrors(error)[0]?.extensions?.['rows'];
  return Array.isArray(rows) ? (rows as RowError[]) : [];
}

export interface LeadBulkBarProps {
  ids: readonly string[];
  orderBy?: LeadOrder;
  onClear: () => void;
}

/**
 * What an officer does with the selected leads: change their owner, move their stage (each by the
 * pipeline's rules), add or remove tags — one refused row refuses the batch, and the dialog lists
 * why — or export them.
 */
export function LeadBulkBar({ ids, orderBy, onClear }: LeadBulkBarProps) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [action, setAction] = useState<Action | null>(null);
  const [refused, setRefused] = useState<RowError[]>([]);
  const [form] = Form.useForm<BulkValues>();
  const onFormError = useFormErrors(form, FIELDS);
  const stage = Form.useWatch('stage', form);
  const options = { refetchQueries: ['Leads'], awaitRefetchQueries: true };
  const [assign, assigning] = useMutation(BulkAssignLeadsDocument, options);
  const [move, moving] = useMutation(BulkMoveLeadsDocument, options);
  const [tag, tagging] = useMutation(BulkTagLeadsDocument, options);
  const [untag, untagging] = useMutation(BulkUntagLeadsDocument, options);

  const open = (next: Action) => {
    form.resetFields();
    setRefused([]);
    setAction(next);
  };

  const submit = async (values: BulkValues) => {
    try {
      if (action === 'assign' && values.ownerId) {
        await assign({ variables: { input: { ids: [...ids], ownerId: values.ownerId } } });
      } else if (action === 'move' && values.stage) {
        await move({
          variables: { input: { ids: [...ids], stage: values.stage, reason: values.reason?.trim() || null } },
        });
      } else if ((action === 'tag' || action === 'untag') && values.tagCodes?.length) {
        const variables = { input: { ids: [...ids], tagCodes: values.tagCodes } };
        await (action === 'tag' ? tag({ variables }) : untag({ variables }));
      }
      void message.success(t('leads.bulkDone', { count: ids.length }));
      setAction(null);
      onClear();
    } catch (error) {
      const rows = refusedRows(error);
      if (rows.length) setRefused(rows);
      else onFormError(error);
    }
  };

  const titles = {
    assign: t('leads.bulkAssign'),
    move: t('leads.bulkMove'),
    tag: t('leads.bulkTag'),
    untag: t('leads.bulkUntag'),
  };
  const title = action ? titles[action] : '';

  return (
    <Space wrap data-testid="lead-bulk-bar">
      <Typography.Text strong>{t('list.selected', { count: ids.length })}</Typography.Text>
      <Button onClick={() => open('assign')}>{t('leads.bulkAssign')}</Button>
      <Button onClick={() => open('move')}>{t('leads.bulkMove')}</Button>
      <Button onClick={() => open('tag')}>{t('leads.bulkTag')}</Button>
      <Button onClick={() => open('untag')}>{t('leads.bulkUntag')}</Button>
      <ExportLeadsButton filter={{ ids: [...ids] }} orderBy={orderBy} label={t('list.exportSelected')} />
      <Button type="link" onClick={onClear}>
        {t('list.clearSelection')}
      </Button>
      <Modal
        open={action !== null}
        title={t('leads.bulkTitle', { action: title, count: ids.length })}
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        confirmLoading={assigning.loading || moving.loading || tagging.loading || untagging.loading}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        {refused.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('leads.bulkRefused')}
            description={
              <ul data-testid="bulk-refused" style={{ margin: 0, paddingInlineStart: 20 }}>
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
          {action === 'assign' && (
            <Form.Item
              name="ownerId"
              label={t('leads.bulkOwner')}
              rules={[{ required: true, message: t('leads.bulkOwnerRequired') }]}
            >
              <OwnerSelect aria-label={t('leads.bulkOwner')} allowClear={false} />
            </Form.Item>
          )}
          {action === 'move' && (
            <>
              <Form.Item
                name="stage"
                label={t('leads.bulkStage')}
                rules={[{ required: true, message: t('leads.bulkStageRequired') }]}
              >
                <Select<LeadStage>
                  aria-label={t('leads.bulkStage')}
                  options={LEAD_STAGES.map((s) => ({ value: s, label: label(LEAD_STAGE_LABELS[s]) }))}
                />
              </Form.Item>
              <Form.Item
                name="reason"
                label={t('leads.moveReason')}
                rules={[
                  {
                    required: stage !== undefined && STAGES_NEEDING_REASON.includes(stage),
                    whitespace: true,
                    message: stage
                      ? t('leads.reasonRequired', { stage: label(LEAD_STAGE_LABELS[stage]) })
                      : '',
                  },
                ]}
              >
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            </>
          )}
          {(action === 'tag' || action === 'untag') && (
            <Form.Item
              name="tagCodes"
              label={t('leads.bulkTags')}
              rules={[{ required: true, message: t('leads.bulkTagsRequired') }]}
            >
              <TagSelect aria-label={t('leads.bulkTags')} groups={LEAD_TAG_GROUPS} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
