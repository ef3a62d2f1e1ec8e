import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import {
  checkCreditCode,
  isValidMobileOrPhone,
  normalizeCreditCode,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  type OrganizationKind,
} from '@lianzhao/domain';
import {
  CreateOrganizationDocument,
  UpdateOrganizationDocument,
  type OrganizationRowFragment,
} from '@lianzhao/web-data';
import { useFormErrors, useI18n } from '@lianzhao/web-ui';
import { optional, optionalText } from '../utils/values';

interface OrganizationValues {
  name: string;
  kind: OrganizationKind;
  creditCode?: string;
  contactName?: string;
  contactPhone?: string;
  notes?: string;
}

const FIELDS = ['name', 'kind', 'creditCode', 'contactName', 'contactPhone', 'notes'] as const;

export interface OrganizationFormModalProps {
  /** The organisation to edit, or null to create one. */
  organization: OrganizationRowFragment | null;
  onClose: () => void;
}

/** 新建合作机构 / 编辑合作机构. */
export function OrganizationFormModal({ organization, onClose }: OrganizationFormModalProps) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganizationValues>();
  const onError = useFormErrors(form, FIELDS);
  const [createOrganization, creating] = useMutation(CreateOrganizationDocument, {
    refetchQueries: ['Organizations', 'OrganizationOptions'],
  });
  const [updateOrganization, updating] = useMutation(UpdateOrganizationDocument);

  const creditCodeRule = {
    validator: (_: unknown, value: string | undefined) => {
      if (!value || value.trim() === '') return Promise.resolve();
      const check = checkCreditCode(value);
      return check.ok
        ? Promise.resolve()
        : Promise.reject(
            new Error(label({ zh: check.message, en: t(`validation.creditCode.${check.reason}`) })),
          );
    },
  };

  const onFinish = async (values: OrganizationValues) => {
    const creditCode = optionalText(values.creditCode);
    const fields = {
      name: values.name.trim(),
      kind: values.kind,
      creditCode: creditCode && normalizeCreditCode(creditCode),
      contactName: optionalText(values.contactName),
      contactPhone: optionalText(values.contactPhone),
      notes: optionalText(values.notes),
    };
    try {
      if (organization) {
        await updateOrganization({
          variables: { input: { id: organization.id, version: organization.version, ...fields } },
        });
        void message.success(t('common.saved'));
      } else {
        await createOrganization({ variables: { input: fields } });
        void message.success(t('orgs.created'));
      }
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      title={t(organization ? 'orgs.edit' : 'orgs.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<OrganizationValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          organization
            ? {
                name: organization.name,
                kind: organization.kind,
                creditCode: organization.creditCode ?? undefined,
                contactName: organization.contactName ?? undefined,
                contactPhone: organization.contactPhone ?? undefined,
                notes: organization.notes ?? undefined,
              }
            : undefined
        }
      >
        <Form.Item
          name="name"
          label={t('orgs.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('orgs.name') }),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('orgs.kind')}
          rules={[{ required: true, message: t('validation.select', { field: t('orgs.kind') }) }]}
        >
          <Select<OrganizationKind>
            options={ORGANIZATION_KINDS.map((kind) => ({
              value: kind,
              label: label(ORGANIZATION_KIND_LABELS[kind]),
            }))}
          />
        </Form.Item>
        <Form.Item name="creditCode" label={t('orgs.creditCode')} rules={[creditCodeRule]}>
          <Input maxLength={24} />
        </Form.Item>
        <Form.Item name="contactName" label={t('orgs.contactName')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('orgs.contactPhone')}
          rules={[{ validator: optional(isValidMobileOrPhone, t('validation.phone')) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="notes" label={t('orgs.notes')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
