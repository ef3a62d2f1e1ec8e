import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { CHAIN_ENTITY_TYPE_LABELS } from '@lianzhao/domain';
import {
  PlaceableEnterprisesDocument,
  PlaceableInvestmentsDocument,
  PlaceableLeadsDocument,
  PlaceableProjectsDocument,
  PlaceableReferralsDocument,
  PlaceOnLinkDocument,
  type ChainEntityType,
} from '@lianzhao/web-data';
import { amountText, useFormErrors, useI18n } from '@lianzhao/web-ui';

const PLACEABLE = ['ENTERPRISE', 'LEAD', 'PROJECT', 'INVESTMENT', 'REFERRAL'] as const satisfies readonly ChainEntityType[];
type Placeable = (typeof PLACEABLE)[number];

interface PlaceForm {
  entityType: Placeable;
  entityId: string;
}

/** Searches the record of the chosen kind by name, as each list's own search does. */
function useOptions(entityType: Placeable, search: string) {
  const variables = { search: search || undefined };
  const byEnterprise = entityType === 'ENTERPRISE' || entityType === 'INVESTMENT';
  const enterprises = useQuery(PlaceableEnterprisesDocument, { variables, skip: !byEnterprise });
  const enterpriseIds = (enterprises.data?.enterprises.edges ?? []).map((e) => e.node.id);
  const investments = useQuery(PlaceableInvestmentsDocument, {
    variables: { enterpriseIds: search ? enterpriseIds : undefined },
    skip: entityType !== 'INVESTMENT' || (Boolean(search) && !enterprises.data),
  });
  const leads = useQuery(PlaceableLeadsDocument, { variables, skip: entityType !== 'LEAD' });
  const projects = useQuery(PlaceableProjectsDocument, { variables, skip: entityType !== 'PROJECT' });
  const referrals = useQuery(PlaceableReferralsDocument, { variables, skip: entityType !== 'REFERRAL' });
  switch (entityType) {
    case 'ENTERPRISE':
      return (enterprises.data?.enterprises.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
    case 'LEAD':
      return (leads.data?.leads.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.projectName }));
    case 'PROJECT':
      return (projects.data?.projects.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
    case 'INVESTMENT':
      return (investments.data?.investments.edges ?? []).map(({ node: i }) => ({
        value: i.id,
        label: `${i.enterpriseName} · ${i.fund.name} · ${i.date} · ${amountText(i.amount)} 万元`,
      }));
    case 'REFERRAL':
      return (referrals.data?.referrals.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.companyName }));
  }
}

/** 放到此环节: an enterprise (存量), a lead, a project, a fund investment or a referral placed on the link. */
export function PlaceModal({
  linkId,
  open,
  onClose,
  onPlaced,
}: {
  linkId: string;
  open: boolean;
  onClose: () => void;
  onPlaced: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlaceForm>();
  const entityType = Form.useWatch('entityType', form) ?? 'ENTERPRISE';
  const [search, setSearch] = useState('');
  const options = useOptions(entityType, search);
  const [place, { loading }] = useMutation(PlaceOnLinkDocument, {
    refetchQueries: ['ChainEnterprises', 'ChainLeads', 'ChainInvestments', 'ChainReferrals'],
  });
  const formErrors = useFormErrors(form, ['entityType', 'entityId']);
  const onOk = async () => {
    const values = await form.validateFields();
    try {
      await place({
        variables: { input: { linkId, entityType: values.entityType, entityId: values.entityId } },
      });
      void message.success(t('chain.placed'));
      form.resetFields();
      onPlaced();
    } catch (error) {
      formErrors(error);
    }
  };
  return (
    <Modal
      open={open}
      title={t('chain.place')}
      onCancel={onClose}
      onOk={() => void onOk()}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ entityType: 'ENTERPRISE' }}>
        <Form.Item name="entityType" label={t('chain.entityType')} rules={[{ required: true }]}>
          <Select
            options={PLACEABLE.map((type) => ({ value: type, label: label(CHAIN_ENTITY_TYPE_LABELS[type]) }))}
            onChange={() => form.setFieldValue('entityId', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="entityId"
          label={t('chain.entity')}
          rules={[{ required: true, message: t('chain.required', { field: t('chain.entity') }) }]}
        >
          <Select showSearch filterOption={false} onSearch={setSearch} options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
