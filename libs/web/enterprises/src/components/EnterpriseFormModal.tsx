import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Col, DatePicker, Divider, Form, Input, Modal, Row } from 'antd';
import dayjs from 'dayjs';
import {
  CreateEnterpriseDocument,
  evictEntityFields,
  evictRootFields,
  UpdateEnterpriseDocument,
  type EnterpriseDetailFragment,
} from '@lianzhao/web-data';
import { SegmentCascader, TagSelect, useFormErrors, useFormRules, useT } from '@lianzhao/web-ui';
import { duplicateOf } from '../utils/duplicate';
import {
  ENTERPRISE_FIELDS,
  toEnterpriseInput,
  toFormValues,
  type EnterpriseValues,
} from '../utils/enterprise-values';
import { ContactsField } from './ContactsField';
import { DuplicateAlert, type Duplicate } from './DuplicateAlert';

export interface EnterpriseFormModalProps {
  /** The enterprise to edit, or null to create one. */
  enterprise: EnterpriseDetailFragment | null;
  /** A name to start a new enterprise with, e.g. what the user searched for in a picker. */
  initialName?: string;
  onClose: () => void;
  /** Called with the saved enterprise before the modal closes (the lead form selects it). */
  onSaved?: (enterprise: EnterpriseDetailFragment) => void;
}

/** 新建企业 / 编辑企业, with the credit code checked as it is typed. */
export function EnterpriseFormModal({ enterprise, initialName, onClose, onSaved }: EnterpriseFormModalProps) {
  const t = useT();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseValues>();
  const onError = useFormErrors(form, ENTERPRISE_FIELDS);
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const [createEnterprise, creating] = useMutation(CreateEnterpriseDocument, {
    update: (cache) => evictRootFields(cache, 'enterprises'),
  });
  const [updateEnterprise, updating] = useMutation(UpdateEnterpriseDocument, {
    update: (cache, { data }) => {
      if (data) evictEntityFields(cache, 'Enterprise', data.updateEnterprise.id, 'auditTrail');
    },
  });

  const onFinish = async (values: EnterpriseValues) => {
    setDuplicate(null);
    const input = toEnterpriseInput(values);
    try {
      let saved: EnterpriseDetailFragment | undefined;
      if (enterprise) {
        const { data } = await updateEnterprise({
          variables: { input: { ...input, id: enterprise.id, version: enterprise.version } },
        });
        saved = data?.updateEnterprise;
        void message.success(t('common.saved'));
      } else {
        const { data } = await createEnterprise({ variables: { input } });
        saved = data?.createEnterprise;
        void message.success(t('enterprises.created'));
      }
      if (saved) onSaved?.(saved);
      onClose();
    } catch (error) {
      setDuplicate(duplicateOf(error));
      onError(error);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t(enterprise ? 'enterprises.edit' : 'enterprises.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {duplicate && <DuplicateAlert duplicate={duplicate} />}
      <Form<EnterpriseValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={enterprise ? toFormValues(enterprise) : { name: initialName, contacts: [] }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t('enterprises.name')}
              rules={[rules.required(t('enterprises.name'))]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={t('enterprises.creditCode')}
              rules={[rules.creditCode]}
              hasFeedback
            >
              <Input maxLength={24} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="segmentCode" label={t('enterprises.segment')}>
              <SegmentCascader />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="tagCodes" label={t('enterprises.tags')}>
              <TagSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="legalRepresentative" label={t('enterprises.legalRepresentative')}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="registeredCapital"
              label={t('enterprises.registeredCapital')}
              rules={[rules.money]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="foundedOn"
              label={t('enterprises.foundedOn')}
              rules={[rules.notFuture(t('enterprises.foundedOn'))]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="localStockSince"
              label={t('enterprises.localStockSince')}
              extra={t('enterprises.localStockSinceHint')}
              rules={[rules.notFuture(t('enterprises.localStockSince'))]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="headquartersCity" label={t('enterprises.headquartersCity')}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="address" label={t('enterprises.address')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="website" label={t('enterprises.website')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Divider style={{ marginTop: 0 }} />
        <ContactsField />
      </Form>
    </Modal>
  );
}
