import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { CHAIN_TIERS, CHAIN_TIER_LABELS, type ChainTier } from '@lianzhao/domain';
import {
  AddChainLinkDocument,
  ChainLinksAdminDocument,
  RetireChainLinkDocument,
  UpdateChainLinkDocument,
  UpdateChainSettingsDocument,
  type ChainLinksAdminQuery,
} from '@lianzhao/web-data';
import { useFormErrors, useI18n, useShowError } from '@lianzhao/web-ui';

type Row = ChainLinksAdminQuery['chainLinks'][number];

/**
 * 维护环节 (administrator): a segment's links — rename, move, retire, add — and the status rule
 * every link is judged by.
 */
export function ManageLinksModal({
  segmentCode,
  segmentName,
  onClose,
  onChanged,
}: {
  segmentCode: string;
  segmentName: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const { data, refetch } = useQuery(ChainLinksAdminDocument, {
    variables: { segmentCode },
    fetchPolicy: 'network-only',
  });
  const [update] = useMutation(UpdateChainLinkDocument);
  const [retire] = useMutation(RetireChainLinkDocument);
  const [add, { loading: adding }] = useMutation(AddChainLinkDocument);
  const [saveRule, { loading: savingRule }] = useMutation(UpdateChainSettingsDocument);
  const [names, setNames] = useState<Record<string, string>>({});
  const [addForm] = Form.useForm<{ name: string; tier: ChainTier }>();
  const [ruleForm] = Form.useForm<{ minEnterprises: number; minExpectedOutput?: string }>();
  const addErrors = useFormErrors(addForm, ['name', 'tier']);
  const ruleErrors = useFormErrors(ruleForm, ['minEnterprises', 'minExpectedOutput']);
  const live = (data?.chainLinks ?? []).filter((l) => !l.retiredAt);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await refetch();
      onChanged();
    } catch (error) {
      showError(error);
    }
  };

  const columns = [
    {
      title: t('chain.name'),
      render: (_: unknown, l: Row) =>
        l.retiredAt ? (
          <Flex gap={8}>
            {l.name}
            <Tag>{t('chain.retired')}</Tag>
          </Flex>
        ) : (
          <Input
            size="small"
            aria-label={`${t('chain.rename')} ${l.name}`}
            value={names[l.id] ?? l.name}
            onChange={(e) => setNames({ ...names, [l.id]: e.target.value })}
            onPressEnter={() =>
              void run(() =>
                update({
                  variables: { input: { id: l.id, version: l.version, name: names[l.id] ?? l.name } },
                }),
              )
            }
          />
        ),
    },
    { title: t('chain.tier'), render: (_: unknown, l: Row) => label(CHAIN_TIER_LABELS[l.tier]) },
    {
      title: '',
      render: (_: unknown, l: Row) =>
        l.retiredAt ? null : (
          <Flex gap={4}>
            <Button
              size="small"
              disabled={!names[l.id] || names[l.id] === l.name}
              onClick={() =>
                void run(() =>
                  update({ variables: { input: { id: l.id, version: l.version, name: names[l.id] } } }),
                )
              }
            >
              {t('chain.save')}
            </Button>
            <Button
              size="small"
              disabled={l.position <= 1}
              onClick={() =>
                void run(() =>
                  update({
                    variables: { input: { id: l.id, version: l.version, position: l.position - 1 } },
                  }),
                )
              }
            >
              {t('chain.moveUp')}
            </Button>
            <Button
              size="small"
              disabled={l.position >= live.length}
              onClick={() =>
                void run(() =>
                  update({
                    variables: { input: { id: l.id, version: l.version, position: l.position + 1 } },
                  }),
                )
              }
            >
              {t('chain.moveDown')}
            </Button>
            <Popconfirm
              title={t('chain.retireConfirm')}
              onConfirm={() => void run(() => retire({ variables: { id: l.id } }))}
            >
              <Button size="small" danger>
                {t('chain.retire')}
              </Button>
            </Popconfirm>
          </Flex>
        ),
    },
  ];

  const onAdd = async () => {
    const values = await addForm.validateFields();
    try {
      await add({ variables: { input: { segmentCode, name: values.name, tier: values.tier } } });
      addForm.resetFields();
      await refetch();
      onChanged();
    } catch (error) {
      addErrors(error);
    }
  };
  const onSaveRule = async () => {
    const values = await ruleForm.validateFields();
    try {
      await saveRule({
        variables: {
          input: {
            minEnterprises: values.minEnterprises,
            minExpectedOutput: values.minExpectedOutput || null,
          },
        },
      });
      void message.success(t('chain.saved'));
      onChanged();
    } catch (error) {
      ruleErrors(error);
    }
  };

  return (
    <Modal open width={760} title={`${t('chain.manage')} · ${segmentName}`} onCancel={onClose} footer={null}>
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data?.chainLinks ?? []}
        columns={columns}
      />
      <Form form={addForm} layout="inline" style={{ marginTop: 16 }} initialValues={{ tier: 'MIDSTREAM' }}>
        <Form.Item
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('chain.required', { field: t('chain.name') }) },
          ]}
        >
          <Input placeholder={t('chain.name')} maxLength={64} />
        </Form.Item>
        <Form.Item name="tier">
          <Select
            style={{ width: 100 }}
            options={CHAIN_TIERS.map((tier) => ({ value: tier, label: label(CHAIN_TIER_LABELS[tier]) }))}
          />
        </Form.Item>
        <Button loading={adding} onClick={() => void onAdd()}>
          {t('chain.addLink')}
        </Button>
      </Form>
      <Divider>{t('chain.rule')}</Divider>
      {data ? (
        <Form
          form={ruleForm}
          layout="inline"
          initialValues={{
            minEnterprises: data.chainSettings.minEnterprises,
            minExpectedOutput: data.chainSettings.minExpectedOutput ?? undefined,
          }}
        >
          <Form.Item name="minEnterprises" label={t('chain.minEnterprises')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} />
          </Form.Item>
          <Form.Item name="minExpectedOutput" label={t('chain.minOutput')}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Button loading={savingRule} onClick={() => void onSaveRule()}>
            {t('chain.save')}
          </Button>
        </Form>
      ) : null}
    </Modal>
  );
}
