import { useState } from 'react';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { SUPPORT_ITEM_KIND_LABELS, SUPPORT_ITEM_KINDS, type SupportItemKind } from '@lianzhao/domain';
import {
  evictEntityFields,
  PolicyItemOptionsDocument,
  RemoveProjectSupportItemDocument,
  SaveProjectSupportItemDocument,
  type ProjectDetailFragment,
} from '@lianzhao/web-data';
import {
  dateString,
  dateText,
  amountText,
  optionalDecimal,
  optionalText,
  useFormErrors,
  useFormRules,
  useI18n,
  useShowError,
} from '@lianzhao/web-ui';

type Item = ProjectDetailFragment['supportItems'][number];

interface ItemValues {
  kind?: SupportItemKind;
  policyItemId?: string | null;
  appliedAmount?: string;
  grantedAmount?: string;
  appliedOn?: Dayjs | null;
  notes?: string;
}

const FIELDS = ['kind', 'policyItemId', 'appliedAmount', 'grantedAmount', 'appliedOn', 'notes'] as const;

function ItemModal({
  project,
  item,
  onClose,
}: {
  project: ProjectDetailFragment;
  item: Item | null;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemValues>();
  const onError = useFormErrors(form, FIELDS);
  const policyItems = useQuery(PolicyItemOptionsDocument);
  const policyOptions = (policyItems.data?.policies ?? []).map((policy) => ({
    label: policy.docNumber,
    options: policy.items
      .filter((i) => !i.retiredAt || i.id === item?.policyItemId)
      .map((i) => ({ value: i.id, label: i.name })),
  }));
  const [save, { loading }] = useMutation(SaveProjectSupportItemDocument, {
    update: (cache) => evictEntityFields(cache, 'Project', project.id, 'auditTrail'),
  });

  const onFinish = async (values: ItemValues) => {
    try {
      await save({
        variables: {
          input: {
            projectId: project.id,
            version: project.version,
            id: item?.id ?? null,
            kind: values.kind as SupportItemKind,
            policyItemId: values.policyItemId ?? null,
            appliedAmount: optionalDecimal(values.appliedAmount),
            grantedAmount: optionalDecimal(values.grantedAmount),
            appliedOn: dateString(values.appliedOn),
            notes: optionalText(values.notes),
          },
        },
      });
      void message.success(t('projects.saved'));
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      title={t(item ? 'projects.editSupport' : 'projects.addSupport')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ItemValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          kind: item?.kind,
          policyItemId: item?.policyItemId ?? null,
          appliedAmount: item?.appliedAmount ?? undefined,
          grantedAmount: item?.grantedAmount ?? undefined,
          appliedOn: item?.appliedOn ? dayjs(item.appliedOn) : null,
          notes: item?.notes ?? undefined,
        }}
      >
        <Form.Item
          name="kind"
          label={t('projects.supportKind')}
          rules={[rules.select(t('projects.supportKind'))]}
        >
          <Select
            options={SUPPORT_ITEM_KINDS.map((k) => ({ value: k, label: label(SUPPORT_ITEM_KIND_LABELS[k]) }))}
          />
        </Form.Item>
        <Form.Item name="policyItemId" label={t('projects.policyItem')}>
          <Select
            allowClear
            aria-label={t('projects.policyItem')}
            loading={policyItems.loading}
            options={policyOptions}
            placeholder={t('projects.noPolicyItem')}
          />
        </Form.Item>
        <Form.Item name="appliedAmount" label={t('projects.applied')} rules={[rules.money]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="grantedAmount" label={t('projects.granted')} rules={[rules.money]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="appliedOn" label={t('projects.appliedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="notes" label={t('projects.notes')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 扶持事项 (前期费用, 租购空间费用, 固定资产投资): applied and granted amounts, editable by officers. */
export function SupportItems({ project, readOnly }: { project: ProjectDetailFragment; readOnly: boolean }) {
  const { t, label } = useI18n();
  const showError = useShowError();
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [remove, removing] = useMutation(RemoveProjectSupportItemDocument, {
    update: (cache) => evictEntityFields(cache, 'Project', project.id, 'auditTrail'),
  });

  const columns: TableColumnsType<Item> = [
    { title: t('projects.supportKind'), render: (_, i) => label(SUPPORT_ITEM_KIND_LABELS[i.kind]) },
    { title: t('projects.policyItem'), render: (_, i) => i.policyItem?.name ?? '—' },
    { title: t('projects.applied'), align: 'right', render: (_, i) => amountText(i.appliedAmount) },
    { title: t('projects.granted'), align: 'right', render: (_, i) => amountText(i.grantedAmount) },
    { title: t('projects.appliedOn'), render: (_, i) => dateText(i.appliedOn) },
    { title: t('projects.notes'), render: (_, i) => i.notes ?? '—' },
  ];
  if (!readOnly) {
    columns.push({
      title: t('common.actions'),
      render: (_, i) => (
        <Space>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(i)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('projects.removeSupportConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove({
                variables: { input: { projectId: project.id, version: project.version, id: i.id } },
              }).catch(showError)
            }
          >
            <Button size="small" danger icon={<DeleteOutlined />} loading={removing.loading}>
              {t('projects.removeSupport')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <>
      {!readOnly && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
          {t('projects.addSupport')}
        </Button>
      )}
      <Table<Item>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={project.supportItems}
        pagination={false}
        locale={{ emptyText: <Empty description={t('projects.noSupport')} /> }}
      />
      {editing && (
        <ItemModal
          project={project}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
