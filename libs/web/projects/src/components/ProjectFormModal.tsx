import { useMutation, useQuery } from '@apollo/client/react';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select, Switch, Tooltip } from 'antd';
import {
  canChangeProjectType,
  PROJECT_TYPE_LABELS,
  PROJECT_TYPES,
  SITE_SUPPLY_MODE_LABELS,
  SITE_SUPPLY_MODES,
  SPACE_TENURE_LABELS,
  SPACE_TENURES,
  type ProjectType,
  type SiteSupplyMode,
  type SpaceTenure,
} from '@lianzhao/domain';
import {
  evictEntityFields,
  evictRootFields,
  ParkOptionsDocument,
  UpdateProjectDocument,
  type ProjectDetailFragment,
} from '@lianzhao/web-data';
import {
  optionalDecimal,
  optionalText,
  ParkSelect,
  PlaceSelect,
  useFormErrors,
  useFormRules,
  useI18n,
  type MessageKey,
} from '@lianzhao/web-ui';

const MONEY = [
  ['contractInvestment', 'projects.contractInvestment'],
  ['registeredCapital', 'projects.registeredCapital'],
  ['plannedFixedAssetInvestment', 'projects.plannedFixedAssetInvestment'],
  ['actualFixedAssetInvestment', 'projects.actualFixedAssetInvestment'],
  ['expectedOutput', 'projects.expectedOutput'],
  ['expectedTax', 'projects.expectedTax'],
] as const satisfies readonly (readonly [string, MessageKey])[];

type MoneyField = (typeof MONEY)[number][0];

type ProjectValues = Partial<Record<MoneyField, string>> & {
  name?: string;
  type?: ProjectType;
  townCode?: string | null;
  parkCode?: string | null;
  landArea?: string;
  siteSupplyMode?: SiteSupplyMode | null;
  spaceArea?: string;
  spaceTenure?: SpaceTenure | null;
  industrialHighRise?: boolean;
  jobsPlanned?: number | null;
  notes?: string;
};

const FIELDS = [
  'name',
  'type',
  'townCode',
  'parkCode',
  ...MONEY.map(([field]) => field),
  'landArea',
  'siteSupplyMode',
  'spaceArea',
  'spaceTenure',
  'industrialHighRise',
  'jobsPlanned',
  'notes',
] as const;

/** 编辑项目: key figures, site and type (locked once building or moving in has begun, as the server rules). */
export function ProjectFormModal({
  project,
  onClose,
}: {
  project: ProjectDetailFragment;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectValues>();
  const onError = useFormErrors(form, FIELDS);
  const [update, { loading }] = useMutation(UpdateProjectDocument, {
    update: (cache) => {
      evictRootFields(cache, 'projects', 'milestoneAlerts');
      evictEntityFields(cache, 'Project', project.id, 'auditTrail');
    },
  });
  const typeLocked = !canChangeProjectType(project.milestones);
  const townCode = Form.useWatch('townCode', form);
  // The pickers' own query (cached): which town the chosen park lies in.
  const parks = useQuery(ParkOptionsDocument, { fetchPolicy: 'cache-first' });

  const onFinish = async (values: ProjectValues) => {
    try {
      await update({
        variables: {
          input: {
            id: project.id,
            version: project.version,
            name: values.name?.trim(),
            type: values.type,
            townCode: values.townCode ?? null,
            parkCode: values.parkCode ?? null,
            ...Object.fromEntries(MONEY.map(([field]) => [field, optionalDecimal(values[field])])),
            landArea: optionalDecimal(values.landArea),
            siteSupplyMode: values.siteSupplyMode ?? null,
            spaceArea: optionalDecimal(values.spaceArea),
            spaceTenure: values.spaceTenure ?? null,
            industrialHighRise: values.industrialHighRise ?? false,
            jobsPlanned: values.jobsPlanned ?? null,
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
      width={760}
      title={t('projects.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ProjectValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: ProjectValues) => {
          // A park lies in one town (or none): another town's park goes with the old town.
          const chosen = parks.data?.parks.find((p) => p.code === form.getFieldValue('parkCode'));
          if ('townCode' in changed && chosen?.townCode && chosen.townCode !== changed.townCode)
            form.setFieldValue('parkCode', null);
        }}
        initialValues={{
          name: project.name,
          type: project.type,
          townCode: project.town?.code ?? null,
          parkCode: project.park?.code ?? null,
          ...Object.fromEntries(MONEY.map(([field]) => [field, project[field] ?? undefined])),
          landArea: project.landArea ?? undefined,
          siteSupplyMode: project.siteSupplyMode,
          spaceArea: project.spaceArea ?? undefined,
          spaceTenure: project.spaceTenure,
          industrialHighRise: project.industrialHighRise,
          jobsPlanned: project.jobsPlanned,
          notes: project.notes ?? undefined,
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="name" label={t('projects.name')} rules={[rules.required(t('projects.name'))]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Tooltip title={typeLocked ? t('projects.typeLocked') : undefined}>
              <Form.Item name="type" label={t('projects.type')}>
                <Select
                  disabled={typeLocked}
                  options={PROJECT_TYPES.map((p) => ({ value: p, label: label(PROJECT_TYPE_LABELS[p]) }))}
                />
              </Form.Item>
            </Tooltip>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="townCode" label={t('attribution.town')}>
              <PlaceSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="parkCode" label={t('projects.park')}>
              <ParkSelect townCode={townCode} />
            </Form.Item>
          </Col>
          {MONEY.map(([field, key]) => (
            <Col xs={24} md={8} key={field}>
              <Form.Item name={field} label={t('projects.wan', { field: t(key) })} rules={[rules.money]}>
                <Input inputMode="decimal" />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={8}>
            <Form.Item name="landArea" label={t('projects.landAreaMu')} rules={[rules.money]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="siteSupplyMode" label={t('projects.siteSupplyMode')}>
              <Select
                allowClear
                options={SITE_SUPPLY_MODES.map((m) => ({
                  value: m,
                  label: label(SITE_SUPPLY_MODE_LABELS[m]),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="industrialHighRise" label={t('projects.highRise')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="spaceArea" label={t('projects.spaceAreaM2')} rules={[rules.money]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="spaceTenure" label={t('projects.spaceTenure')}>
              <Select
                allowClear
                options={SPACE_TENURES.map((m) => ({ value: m, label: label(SPACE_TENURE_LABELS[m]) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="jobsPlanned" label={t('projects.jobsPlannedPeople')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={t('projects.notes')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
