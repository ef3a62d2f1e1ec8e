import { useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, List, Modal, Select, Typography } from 'antd';
import { POLICY_FACT_NAMES, POLICY_ITEM_KIND_LABELS, POLICY_ITEM_KINDS, type PolicyItemKind } from '@lianzhao/domain';
import {
  CreatePolicyItemDocument,
  evictRootFields,
  fieldErrors,
  PolicyPreviewDocument,
  UpdatePolicyItemDocument,
  type PolicyItemFieldsFragment,
} from '@lianzhao/web-data';
import { moneyText, useErrorMessage, useFormRules, useI18n } from '@lianzhao/web-ui';
import { conditionText, parseAmount, parseCondition } from '../utils/rule-text';

interface ItemValues {
  name: string;
  kind: PolicyItemKind | undefined;
  condition: string;
  amount: string;
  notes: string;
}

export interface PolicyItemFormModalProps {
  policyId: string;
  /** The item to edit, or null for a new one. */
  item: PolicyItemFieldsFragment | null;
  onClose: () => void;
}

const pretty = (value: unknown) => (value ? JSON.stringify(value, null, 2) : '');

/**
 * 新增条款 / 编辑条款: the condition and amount as JSON, checked as typed by the rule language of
 * libs/domain (the API's own check), the wrong part named under the field; 试算 shows which
 * projects the draft matches now, before anything is saved.
 */
export function PolicyItemFormModal({ policyId, item, onClose }: PolicyItemFormModalProps) {
  const { t, label, locale } = useI18n();
  const rules = useFormRules();
  const toMessage = useErrorMessage();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemValues>();
  const conditionTextValue = Form.useWatch('condition', form) ?? '';
  const [create, creating] = useMutation(CreatePolicyItemDocument, { update: (cache) => evictRootFields(cache, 'policies') });
  const [update, updating] = useMutation(UpdatePolicyItemDocument, { update: (cache) => evictRootFields(cache, 'policies') });
  const [runPreview, preview] = useLazyQuery(PolicyPreviewDocument, { fetchPolicy: 'network-only' });
  const [previewError, setPreviewError] = useState<string | null>(null);

  const partMessage = (path: string | null, text: string) =>
    path ? t('policies.partError', { path, message: text }) : t('policies.badJson', { message: text });

  const parsedCondition = parseCondition(conditionTextValue);
  const summary = parsedCondition.ok && parsedCondition.value ? conditionText(parsedCondition.value) : null;

  /** Server errors name a part (`condition.all[1].value`): shown under the field the part belongs to. */
  const showServerError = (error: unknown) => {
    const byField = Object.entries(fieldErrors(error));
    if (!byField.length) {
      void message.error(toMessage(error));
      return;
    }
    const owner = (name: string) => (['condition', 'amount', 'name', 'kind', 'notes'] as const).find((f) => name === f || name.startsWith(`${f}.`));
    const shown = byField.filter(([name]) => owner(name));
    form.setFields(shown.map(([name, msg]) => ({ name: owner(name) ?? 'name', errors: [name.includes('.') ? partMessage(name, msg) : msg] })));
    const hidden = byField.filter(([name]) => !owner(name));
    if (hidden.length) void message.error(hidden.map(([, msg]) => msg).join('；'));
  };

  const onFinish = async (values: ItemValues) => {
    const condition = parseCondition(values.condition);
    const amount = parseAmount(values.amount);
    if (!condition.ok || !amount.ok || !condition.value || !values.kind) return;
    const fields = {
      name: values.name,
      kind: values.kind,
      condition: condition.value as unknown as Record<string, unknown>,
      amount: amount.value as unknown as Record<string, unknown> | null,
      notes: values.notes.trim() || null,
    };
    try {
      if (item) await update({ variables: { input: { ...fields, id: item.id, version: item.version } } });
      else await create({ variables: { input: { ...fields, policyId } } });
      void message.success(t('policies.saved'));
      onClose();
    } catch (error) {
      showServerError(error);
    }
  };

  const onPreview = async () => {
    setPreviewError(null);
    const condition = parseCondition(form.getFieldValue('condition') as string);
    const amount = parseAmount(form.getFieldValue('amount') as string);
    if (!condition.ok || !amount.ok || !condition.value) {
      await form.validateFields(['condition', 'amount']).catch(() => undefined);
      return;
    }
    const result = await runPreview({
      variables: {
        input: {
          condition: condition.value as unknown as Record<string, unknown>,
          amount: amount.value as unknown as Record<string, unknown> | null,
        },
      },
    });
    if (result.error) setPreviewError(toMessage(result.error));
  };

  const ruleValidator = (parse: (text: string) => ReturnType<typeof parseAmount> | ReturnType<typeof parseCondition>) => ({
    validator: (_: unknown, value: string | undefined) => {
      const parsed = parse(value ?? '');
      return parsed.ok ? Promise.resolve() : Promise.reject(new Error(partMessage(parsed.path, parsed.message)));
    },
  });

  const previewData = preview.data?.policyPreview;
  return (
    <Modal
      open
      width={860}
      title={t(item ? 'policies.editItem' : 'policies.addItem')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ItemValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          name: item?.name ?? '',
          kind: item?.kind,
          condition: pretty(item?.condition),
          amount: pretty(item?.amount),
          notes: item?.notes ?? '',
        }}
      >
        <Form.Item name="name" label={t('policies.itemName')} rules={[rules.required(t('policies.itemName'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('policies.kind')} rules={[rules.select(t('policies.kind'))]}>
          <Select
            aria-label={t('policies.kind')}
            options={POLICY_ITEM_KINDS.map((k) => ({ value: k, label: label(POLICY_ITEM_KIND_LABELS[k]) }))}
          />
        </Form.Item>
        <Form.Item
          name="condition"
          label={t('policies.condition')}
          extra={t('policies.conditionHint', { facts: POLICY_FACT_NAMES.join(', ') })}
          rules={[ruleValidator(parseCondition)]}
        >
          <Input.TextArea rows={7} spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        {summary && (
          <Typography.Paragraph type="secondary" data-testid="rule-summary">
            {t('policies.summary')}：{summary}
          </Typography.Paragraph>
        )}
        <Form.Item name="amount" label={t('policies.amount')} extra={t('policies.amountHint')} rules={[ruleValidator(parseAmount)]}>
          <Input.TextArea rows={3} spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="notes" label={t('policies.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      <Button onClick={() => void onPreview()} loading={preview.loading}>
        {t('policies.preview')}
      </Button>
      {previewError && <Alert type="error" title={previewError} style={{ marginTop: 12 }} />}
      {previewData && (
        <List
          style={{ marginTop: 12 }}
          size="small"
          header={previewData.qualifiedCount ? t('policies.previewCount', { count: previewData.qualifiedCount }) : t('policies.previewNone')}
          dataSource={previewData.projects}
          rowKey="projectId"
          renderItem={(row) => (
            <List.Item>
              <span>{row.project.name}</span>
              <span>{row.amount ? moneyText(row.amount, locale) : t('policies.amountUndetermined')}</span>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}
