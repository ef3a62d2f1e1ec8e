import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Form, Input, Modal, Select, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  CHANNEL_LABELS,
  TARGET_PRIORITIES,
  TARGET_PRIORITY_LABELS,
  TARGET_PROGRESS_LABELS,
  type TargetPriority,
  type TargetProgress,
} from '@lianzhao/domain';
import {
  AddTargetDocument,
  ChainTargetsDocument,
  ConvertTargetDocument,
  type ChainDrillFilter,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  OwnerSelect,
  useConnectionQuery,
  useFormErrors,
  useI18n,
  useShowError,
  type ConnectionColumn,
} from '@lianzhao/web-ui';
import { ExportButton } from './DrillLists';

const PROGRESS_COLORS: Readonly<Record<TargetProgress, string>> = {
  TARGET: 'default',
  IN_PIPELINE: 'processing',
  SIGNED: 'blue',
  LANDED: 'success',
  LOST: 'error',
};

interface TargetForm {
  companyName: string;
  priority: TargetPriority;
  ownerId?: string;
}

/**
 * 招商目标清单 of a link (or a segment or an industry): each target's progress to landing, the
 * conversion into a lead, and — on a single link, for officers — a form to add one.
 */
export function TargetList({
  filter: base,
  linkId,
  canEdit,
  onChanged,
}: {
  filter: ChainDrillFilter;
  linkId?: string;
  canEdit: boolean;
  onChanged?: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const [search, setSearch] = useState('');
  const filter = { ...base, search: search || undefined };
  const page = useConnectionQuery(ChainTargetsDocument, {
    variables: { filter },
    select: (d) => d.chainTargets,
    fetchPolicy: 'cache-and-network',
  });
  const [convert, { loading: converting }] = useMutation(ConvertTargetDocument);
  const [open, setOpen] = useState(false);
  type Row = NonNullable<typeof page.connection>['edges'][number]['node'];

  const onConvert = async (id: string) => {
    try {
      await convert({ variables: { input: { id } } });
      void message.success(t('chain.converted'));
      page.refetch();
      onChanged?.();
    } catch (error) {
      showError(error);
    }
  };

  const columns: ConnectionColumn<Row>[] = [
    { title: t('chain.companyName'), render: (_, r) => r.companyName },
    { title: t('chain.link'), render: (_, r) => r.link.name },
    { title: t('chain.priority'), render: (_, r) => label(TARGET_PRIORITY_LABELS[r.priority]) },
    {
      title: t('chain.progress'),
      render: (_, r) => (
        <Tag color={PROGRESS_COLORS[r.progress]}>{label(TARGET_PROGRESS_LABELS[r.progress])}</Tag>
      ),
    },
    { title: '', render: (_, r) => label(CHANNEL_LABELS[r.channel]) },
    { title: t('chain.owner'), render: (_, r) => r.owner?.displayName ?? '—' },
    {
      title: '',
      render: (_, r) =>
        r.lead ? (
          <Link to={`/leads/${r.lead.id}`}>{t('chain.openLead')}</Link>
        ) : canEdit ? (
          <Button size="small" loading={converting} onClick={() => void onConvert(r.id)}>
            {t('chain.convert')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} justify="space-between">
        <Input.Search
          allowClear
          placeholder={t('chain.search')}
          style={{ maxWidth: 280 }}
          onSearch={setSearch}
        />
        <Flex gap={8}>
          {canEdit && linkId ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('chain.addTarget')}
            </Button>
          ) : null}
          <ExportButton kind="TARGETS" filter={filter} />
        </Flex>
      </Flex>
      <ConnectionTable page={page} columns={columns} empty={t('chain.empty')} size="small" />
      {linkId ? (
        <AddTargetModal
          open={open}
          linkId={linkId}
          onClose={() => setOpen(false)}
          onAdded={() => {
            setOpen(false);
            page.refetch();
            onChanged?.();
          }}
        />
      ) : null}
    </Flex>
  );
}

/** Adds a target company by name (the register is matched on the server) to a link. */
export function AddTargetModal({
  open,
  linkId,
  supplyChainEntryId,
  companyName,
  onClose,
  onAdded,
}: {
  open: boolean;
  linkId: string;
  supplyChainEntryId?: string;
  companyName?: string;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TargetForm>();
  const [add, { loading }] = useMutation(AddTargetDocument);
  const formErrors = useFormErrors(form, ['companyName', 'priority', 'ownerId']);
  const onOk = async () => {
    const values = await form.validateFields();
    try {
      await add({
        variables: {
          input: {
            linkId,
            companyName: supplyChainEntryId ? undefined : values.companyName,
            supplyChainEntryId,
            priority: values.priority,
            ownerId: values.ownerId || undefined,
          },
        },
      });
      void message.success(t('chain.targetAdded'));
      form.resetFields();
      onAdded();
    } catch (error) {
      formErrors(error);
    }
  };
  return (
    <Modal
      open={open}
      title={t('chain.addTarget')}
      onCancel={onClose}
      onOk={() => void onOk()}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ priority: 'MEDIUM', companyName }}>
        <Form.Item
          name="companyName"
          label={t('chain.companyName')}
          extra={supplyChainEntryId ? undefined : t('chain.companyNameHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('chain.required', { field: t('chain.companyName') }),
            },
          ]}
        >
          <Input maxLength={200} disabled={Boolean(supplyChainEntryId)} />
        </Form.Item>
        <Form.Item name="priority" label={t('chain.priority')} rules={[{ required: true }]}>
          <Select
            options={TARGET_PRIORITIES.map((p) => ({ value: p, label: label(TARGET_PRIORITY_LABELS[p]) }))}
          />
        </Form.Item>
        <Form.Item name="ownerId" label={t('chain.owner')}>
          <OwnerSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
