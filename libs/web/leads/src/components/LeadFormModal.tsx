import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Select, Space } from 'antd';
import { CHANNEL_LABELS, CHANNELS, LEAD_GRADES, LEAD_TAG_GROUPS, MAX_LEAD_TAGS, type Channel } from '@lianzhao/domain';
import {
  CreateLeadDocument,
  evictEntityFields,
  evictRootFields,
  UpdateLeadDocument,
  type LeadDetailFragment,
} from '@lianzhao/web-data';
import { EnterpriseFormModal, EnterpriseSelect, type EnterpriseOption } from '@lianzhao/web-enterprises';
import {
  FundSelect,
  OwnerSelect,
  PartnerSelect,
  PlaceSelect,
  SegmentCascader,
  TagSelect,
  useFormErrors,
  useFormRules,
  useI18n,
} from '@lianzhao/web-ui';
import {
  LEAD_FIELDS,
  needsFund,
  needsSourceOrganization,
  toCreateLeadInput,
  toLeadFormValues,
  toUpdateLeadInput,
  type LeadValues,
} from '../utils/lead-values';

export interface LeadFormModalProps {
  /** The lead to edit, or null to create one. */
  lead: LeadDetailFragment | null;
  onClose: () => void;
  onCreated?: (lead: LeadDetailFragment) => void;
}

/** 新建线索 / 编辑线索, with the server's rules checked as the user fills the form. */
export function LeadFormModal({ lead, onClose, onCreated }: LeadFormModalProps) {
  const { t, label } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeadValues>();
  const channel = Form.useWatch('channel', form);
  const onError = useFormErrors(form, LEAD_FIELDS);
  const [enterprise, setEnterprise] = useState<EnterpriseOption | null>(lead?.enterprise ?? null);
  const [searchText, setSearchText] = useState('');
  const [creatingEnterprise, setCreatingEnterprise] = useState(false);
  const [createLead, creating] = useMutation(CreateLeadDocument, {
    update: (cache, { data }) => {
      evictRootFields(cache, 'leads');
      if (data) evictEntityFields(cache, 'Enterprise', data.createLead.enterprise.id, 'leads');
    },
  });
  const [updateLead, updating] = useMutation(UpdateLeadDocument, {
    update: (cache, { data }) => {
      evictRootFields(cache, 'leads');
      if (data) evictEntityFields(cache, 'Lead', data.updateLead.id, 'auditTrail');
    },
  });
  const partnerNeeded = needsSourceOrganization(channel);
  const fundNeeded = needsFund(channel);
  // A fund's manager is the natural source of its lead; kept as the picker's option once set.
  const [manager, setManager] = useState<{ id: string; name: string } | null>(null);

  const onFinish = async (values: LeadValues) => {
    try {
      if (lead) {
        await updateLead({ variables: { input: toUpdateLeadInput(values, lead) } });
        void message.success(t('common.saved'));
      } else {
        const { data } = await createLead({ variables: { input: toCreateLeadInput(values) } });
        void message.success(t('leads.created'));
        if (data) onCreated?.(data.createLead);
      }
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      width={800}
      title={t(lead ? 'leads.edit' : 'leads.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<LeadValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={lead ? toLeadFormValues(lead) : { channel: 'SELF' satisfies Channel }}
      >
        <Row gutter={16}>
          <Col span={24}>
            {lead ? (
              <Form.Item label={t('leads.enterprise')}>
                <Input value={lead.enterprise.name} disabled />
              </Form.Item>
            ) : (
              <Form.Item label={t('leads.enterprise')} htmlFor="lead-enterprise" required>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item name="enterpriseId" noStyle rules={[rules.select(t('leads.enterprise'))]}>
                    <EnterpriseSelect
                      id="lead-enterprise"
                      aria-label={t('leads.enterprise')}
                      current={enterprise}
                      placeholder={t('enterprises.pick')}
                      onSearchText={setSearchText}
                      onChange={(_id, picked) => setEnterprise(picked ?? null)}
                    />
                  </Form.Item>
                  <Button icon={<PlusOutlined />} onClick={() => setCreatingEnterprise(true)}>
                    {t('enterprises.create')}
                  </Button>
                </Space.Compact>
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="projectName"
              label={t('leads.projectName')}
              rules={[rules.required(t('leads.projectName'))]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="segmentCode"
              label={t('attribution.segment')}
              rules={[rules.select(t('leads.segmentShort'))]}
            >
              <SegmentCascader />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="channel"
              label={t('attribution.channel')}
              rules={[rules.select(t('attribution.channel'))]}
            >
              <Select<Channel>
                options={CHANNELS.map((c) => ({ value: c, label: label(CHANNEL_LABELS[c]) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="sourceOrganizationId"
              label={t('attribution.sourceOrganization')}
              dependencies={['channel']}
              extra={partnerNeeded ? undefined : t('leads.sourceOrganizationHint')}
              rules={
                partnerNeeded ? [{ required: true, message: t('leads.sourceOrganizationRequired') }] : []
              }
            >
              <PartnerSelect current={manager ?? lead?.sourceOrganization} />
            </Form.Item>
          </Col>
          {fundNeeded && (
            <Col xs={24} md={12}>
              <Form.Item
                name="fundId"
                label={t('leads.fund')}
                rules={[{ required: true, message: t('leads.fundRequired') }]}
              >
                <FundSelect
                  current={lead?.fund}
                  onFund={(fund) => {
                    if (!fund || form.getFieldValue('sourceOrganizationId')) return;
                    setManager(fund.manager);
                    form.setFieldValue('sourceOrganizationId', fund.manager.id);
                  }}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="ownerId" label={t('attribution.owner')}>
              <OwnerSelect current={lead?.owner} placeholder={t('leads.ownerDefault')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="townCode" label={t('attribution.town')}>
              <PlaceSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="plannedInvestment" label={t('leads.plannedInvestmentWan')} rules={[rules.money]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="expectedOutput" label={t('leads.expectedOutputWan')} rules={[rules.money]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="landNeed" label={t('leads.landNeedMu')} rules={[rules.area]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="spaceNeed" label={t('leads.spaceNeedM2')} rules={[rules.area]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="expectedSigningOn" label={t('leads.expectedSigningOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="grade" label={t('leads.grade')}>
              <Select
                allowClear
                options={LEAD_GRADES.map((g) => ({ value: g, label: t(`leads.grade.${g}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="tagCodes"
              label={t('leads.tags')}
              rules={[{ type: 'array', max: MAX_LEAD_TAGS, message: t('leads.tagsMax', { max: MAX_LEAD_TAGS }) }]}
            >
              <TagSelect groups={LEAD_TAG_GROUPS} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('leads.notes')}>
              <Input.TextArea rows={3} maxLength={5000} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {creatingEnterprise && (
        <EnterpriseFormModal
          enterprise={null}
          initialName={searchText}
          onClose={() => setCreatingEnterprise(false)}
          onSaved={(saved) => {
            setEnterprise({ id: saved.id, name: saved.name, creditCode: saved.creditCode });
            form.setFieldValue('enterpriseId', saved.id);
            void form.validateFields(['enterpriseId']);
          }}
        />
      )}
    </Modal>
  );
}
