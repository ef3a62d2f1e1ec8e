import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import {
  checkCreditCode,
  INDUSTRIES,
  SUPPLY_RELATIONS,
  SUPPLY_RELATION_LABELS,
  type SupplyRelation,
} from '@lianzhao/domain';
import {
  ChainLinkOptionsDocument,
  DeleteSupplyChainEntryDocument,
  ExportSupplyChainEntriesDocument,
  SaveSupplyChainEntryDocument,
  SupplyChainEntriesDocument,
  type ExportSupplyChainEntriesQuery,
  type SupplyChainEntriesQuery,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  ExportButton,
  useConnectionQuery,
  useFormErrors,
  useI18n,
  useShowError,
  type ConnectionColumn,
} from '@lianzhao/web-ui';

const pickExport = (data: ExportSupplyChainEntriesQuery) => data.supplyChainEntriesExport;

type Row = SupplyChainEntriesQuery['supplyChainEntries']['edges'][number]['node'];

interface EntryForm {
  relation: SupplyRelation;
  companyName: string;
  creditCode?: string;
  segmentCode?: string;
  linkId?: string;
  supplies: string;
}

const SEGMENTS = INDUSTRIES.filter((i) => i.leading).flatMap((i) =>
  i.segments.map((s) => ({ value: s.code, label: `${i.name} · ${s.name}` })),
);

/** 供应链 (portal, chain masters only): the company's key suppliers and customers, kept by itself. */
export function SupplyChainPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const page = useConnectionQuery(SupplyChainEntriesDocument, {
    variables: {},
    select: (d) => d.supplyChainEntries,
    fetchPolicy: 'cache-and-network',
    pageInUrl: true,
  });
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const [remove] = useMutation(DeleteSupplyChainEntryDocument);
  const onDelete = async (id: string) => {
    try {
      await remove({ variables: { id } });
      void message.success(t('chain.deleted'));
      page.refetch();
    } catch (error) {
      showError(error);
    }
  };
  const columns: ConnectionColumn<Row>[] = [
    { title: t('chain.relation'), render: (_, r) => label(SUPPLY_RELATION_LABELS[r.relation]) },
    { title: t('chain.companyName'), render: (_, r) => r.companyName },
    { title: t('chain.creditCode'), render: (_, r) => r.creditCode ?? '—' },
    { title: t('chain.link'), render: (_, r) => r.link?.name ?? '—' },
    { title: t('chain.supplies'), render: (_, r) => r.supplies },
    {
      title: '',
      render: (_, r) => (
        <Flex gap={8}>
          <Button size="small" onClick={() => setEditing(r)}>
            {t('chain.editEntry')}
          </Button>
          <Popconfirm title={t('chain.deleteConfirm')} onConfirm={() => void onDelete(r.id)}>
            <Button size="small" danger>
              {t('chain.deleteEntry')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('chain.mySupplyTitle')}
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('chain.addEntry')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('chain.mySupplyIntro')}</Typography.Text>
        <ConnectionTable
          page={page}
          columns={columns}
          empty={t('chain.empty')}
          toolbar={<ExportButton query={ExportSupplyChainEntriesDocument} variables={{}} pick={pickExport} />}
        />
      </Flex>
      {editing ? (
        <EntryModal
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            page.refetch();
          }}
        />
      ) : null}
    </Card>
  );
}

function EntryModal({
  entry,
  onClose,
  onSaved,
}: {
  entry: Row | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryForm>();
  const segmentCode = Form.useWatch('segmentCode', form);
  const { data: links } = useQuery(ChainLinkOptionsDocument, {
    variables: { segmentCode: segmentCode ?? '' },
    skip: !segmentCode,
  });
  const [save, { loading }] = useMutation(SaveSupplyChainEntryDocument);
  const formErrors = useFormErrors(form, ['relation', 'companyName', 'creditCode', 'linkId', 'supplies']);
  const onOk = async () => {
    const values = await form.validateFields();
    try {
      await save({
        variables: {
          input: {
            id: entry?.id,
            version: entry?.version,
            relation: values.relation,
            companyName: values.companyName,
            creditCode: values.creditCode || null,
            linkId: values.linkId || null,
            supplies: values.supplies,
          },
        },
      });
      void message.success(t('chain.saved'));
      onSaved();
    } catch (error) {
      formErrors(error);
    }
  };
  return (
    <Modal
      open
      title={entry ? t('chain.editEntry') : t('chain.addEntry')}
      onCancel={onClose}
      onOk={() => void onOk()}
      confirmLoading={loading}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          relation: entry?.relation ?? 'SUPPLIER',
          companyName: entry?.companyName,
          creditCode: entry?.creditCode ?? undefined,
          segmentCode: entry?.link?.segmentCode,
          linkId: entry?.link?.id,
          supplies: entry?.supplies,
        }}
      >
        <Form.Item name="relation" label={t('chain.relation')} rules={[{ required: true }]}>
          <Select
            options={SUPPLY_RELATIONS.map((r) => ({ value: r, label: label(SUPPLY_RELATION_LABELS[r]) }))}
          />
        </Form.Item>
        <Form.Item
          name="companyName"
          label={t('chain.companyName')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('chain.required', { field: t('chain.companyName') }),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('chain.creditCode')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                const check = checkCreditCode(value);
                if (!check.ok) throw new Error(check.message);
              },
            },
          ]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="segmentCode" label={t('chain.segment')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={SEGMENTS}
            onChange={() => form.setFieldValue('linkId', undefined)}
          />
        </Form.Item>
        <Form.Item name="linkId" label={t('chain.link')}>
          <Select
            allowClear
            options={(links?.chainLinks ?? []).map((l) => ({ value: l.id, label: l.name }))}
          />
        </Form.Item>
        <Form.Item
          name="supplies"
          label={t('chain.supplies')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('chain.required', { field: t('chain.supplies') }),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
