import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  checkCreditCode,
  contractPeriodProblem,
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
import { dateString, offered, useFormErrors, useI18n, useReferenceOptions } from '@lianzhao/web-ui';
import { optional, optionalText } from '../utils/values';

interface OrganizationValues {
  name: string;
  kind: OrganizationKind;
  creditCode?: string;
  contactName?: string;
  contactPhone?: string;
  notes?: string;
  segmentCodes?: string[];
  certifiedOn?: Dayjs | null;
  contractStartsOn?: Dayjs | null;
  contractEndsOn?: Dayjs | null;
}

const FIELDS = [
  'name',
  'kind',
  'creditCode',
  'contactName',
  'contactPhone',
  'notes',
  'segmentCodes',
  'certifiedOn',
  'contractStartsOn',
  'contractEndsOn',
] as const;

const day = (value: string | null) => (value ? dayjs(value) : null);

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
  const kind = Form.useWatch('kind', form);
  const { industries, loading: referenceLoading } = useReferenceOptions();
  const { pick } = useI18n();
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
      // A chain master leads segments; a platform has a certification and a contract period.
      segmentCodes: values.kind === 'CHAIN_MASTER' ? (values.segmentCodes ?? []) : [],
      certifiedOn: values.kind === 'PLATFORM' ? dateString(values.certifiedOn) : null,
      contractStartsOn: values.kind === 'PLATFORM' ? dateString(values.contractStartsOn) : null,
      contractEndsOn: values.kind === 'PLATFORM' ? dateString(values.contractEndsOn) : null,
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
                segmentCodes: organization.segmentCodes,
                certifiedOn: day(organization.certifiedOn),
                contractStartsOn: day(organization.contractStartsOn),
                contractEndsOn: day(organization.contractEndsOn),
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
        {kind === 'CHAIN_MASTER' && (
          <Form.Item name="segmentCodes" label={t('orgs.segments')} extra={t('orgs.segmentsHint')}>
            <Select<string[]>
              mode="multiple"
              loading={referenceLoading}
              optionFilterProp="label"
              options={industries.flatMap((industry) => {
                // Retired segments only where the organisation already leads them.
                const segments = offered(industry.segments, organization?.segmentCodes);
                return segments.length
                  ? [{ label: pick(industry), options: segments.map((s) => ({ value: s.code, label: pick(s) })) }]
                  : [];
              })}
            />
          </Form.Item>
        )}
        {kind === 'PLATFORM' && (
          <>
            <Form.Item name="certifiedOn" label={t('orgs.certifiedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="contractStartsOn"
              label={t('orgs.contractStartsOn')}
              extra={t('orgs.contractHint')}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="contractEndsOn"
              label={t('orgs.contractEndsOn')}
              dependencies={['contractStartsOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_: unknown, value: Dayjs | null | undefined) => {
                    const problem = contractPeriodProblem(
                      dateString(getFieldValue('contractStartsOn') as Dayjs | null),
                      dateString(value),
                    );
                    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
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
