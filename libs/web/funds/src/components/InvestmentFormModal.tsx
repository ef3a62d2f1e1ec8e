import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Checkbox, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import {
  INVESTMENT_ROUND_LABELS,
  INVESTMENT_ROUNDS,
  INVESTMENT_STAGE_LABELS,
  INVESTMENT_STAGES,
  LEAD_STAGE_LABELS,
} from '@lianzhao/domain';
import {
  evictEntityFields,
  evictRootFields,
  fieldErrors,
  InvestmentEnterpriseDocument,
  RecordInvestmentDocument,
  UpdateInvestmentDocument,
  type InvestmentRowFragment,
} from '@lianzhao/web-data';
import { EnterpriseSelect, type EnterpriseOption } from '@lianzhao/web-enterprises';
import {
  OwnerSelect,
  PlaceSelect,
  SegmentCascader,
  useFormErrors,
  useFormRules,
  useI18n,
} from '@lianzhao/web-ui';
import { decimalRule } from '../hooks/useFundRules';
import { localAmountProblem, POSITIVE_MONEY_LIMIT } from '../utils/fund-values';
import {
  defaultLead,
  INVESTMENT_FIELDS,
  needsLocalAmount,
  toInvestmentFormValues,
  toRecordInvestmentInput,
  toUpdateInvestmentInput,
  trackingLeads,
  type InvestmentValues,
} from '../utils/investment-values';
import { TrackingProjectSelect, type TrackingProject } from './TrackingProjectSelect';

// The server's names for the amounts (its messages start with them), so both say the same.
const AMOUNT_RULE = decimalRule(POSITIVE_MONEY_LIMIT, '投资金额');
const LOCAL_AMOUNT_RULE = decimalRule(POSITIVE_MONEY_LIMIT, '本地投资额');

/** A nested lead's field errors (`createLead.segmentCode`) go next to the form's own lead fields. */
const LEAD_FIELD: Readonly<Record<string, keyof InvestmentValues>> = {
  createLead: 'createLead',
  'createLead.segmentCode': 'leadSegmentCode',
  'createLead.townCode': 'leadTownCode',
  'createLead.ownerId': 'leadOwnerId',
};

export interface InvestmentFormModalProps {
  fund: { id: string; name: string };
  /** The investment to edit, or null to record one. */
  investment: InvestmentRowFragment | null;
  onClose: () => void;
}

/**
 * 记录投资 / 编辑投资: fund → company, amount, date, round, stage, and the lead or project that
 * tracks the landing; a company with no open lead is offered a new 资本招商 lead naming this fund.
 */
export function InvestmentFormModal({ fund, investment, onClose }: InvestmentFormModalProps) {
  const { t, label } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<InvestmentValues>();
  const onFormError = useFormErrors(form, INVESTMENT_FIELDS);
  const onError = (error: unknown) => {
    const lead = Object.entries(fieldErrors(error)).filter(([field]) => field in LEAD_FIELD);
    if (lead.length === 0) return onFormError(error);
    form.setFields(lead.map(([field, message]) => ({ name: LEAD_FIELD[field], errors: [message] })));
  };
  const picked = Form.useWatch('enterpriseId', form);
  // An investment's company is fixed once recorded.
  const enterpriseId = investment?.enterpriseId ?? picked;
  const createLead = Form.useWatch('createLead', form);
  const [enterprise, setEnterprise] = useState<EnterpriseOption | null>(null);
  const [project, setProject] = useState<TrackingProject | undefined>(investment?.project ?? undefined);
  const company = useQuery(InvestmentEnterpriseDocument, {
    variables: { id: enterpriseId ?? '' },
    skip: !enterpriseId,
  });
  const leads = trackingLeads(company.data?.enterprise.leads ?? []);
  const noLead = Boolean(enterpriseId) && Boolean(company.data) && leads.length === 0;
  const known: TrackingProject[] = leads.flatMap((l) =>
    l.project && company.data
      ? [{ ...l.project, enterprise: { id: company.data.enterprise.id, name: company.data.enterprise.name } }]
      : [],
  );
  if (investment?.project && !known.some((p) => p.id === investment.project?.id))
    known.push(investment.project);
  const localNeeded = needsLocalAmount(enterpriseId, project);

  const evict = (cache: Parameters<typeof evictRootFields>[0], enterpriseIds: string[]) => {
    evictRootFields(cache, 'investments', 'funds', 'fundTotals');
    evictEntityFields(cache, 'Fund', fund.id, 'investments', 'ledger', 'reinvestment');
    for (const id of enterpriseIds) evictEntityFields(cache, 'Enterprise', id, 'leads', 'investments');
  };
  const [record, recording] = useMutation(RecordInvestmentDocument, {
    update: (cache, { data }) => evict(cache, data ? [data.recordInvestment.enterpriseId] : []),
  });
  const [update, updating] = useMutation(UpdateInvestmentDocument, {
    update: (cache, { data }) => evict(cache, data ? [data.updateInvestment.enterpriseId] : []),
  });

  const onEnterprise = (_id: string | undefined, picked: EnterpriseOption | undefined) => {
    setEnterprise(picked ?? null);
    setProject(undefined);
    form.setFieldsValue({ leadId: null, projectId: null, createLead: false });
  };

  // Once the company's leads are known, track its landing with the likeliest one.
  const loaded = company.data?.enterprise;
  useEffect(() => {
    if (investment || !loaded || loaded.id !== picked) return;
    const lead = defaultLead(loaded.leads);
    if (lead) {
      form.setFieldsValue({ leadId: lead.id, projectId: lead.project?.id ?? null });
      if (lead.project) setProject({ ...lead.project, enterprise: { id: loaded.id, name: loaded.name } });
    }
    if (loaded.segmentCode) form.setFieldValue('leadSegmentCode', loaded.segmentCode);
  }, [form, investment, loaded, picked]);

  const onFinish = async (values: InvestmentValues) => {
    try {
      if (investment) {
        await update({ variables: { input: toUpdateInvestmentInput(investment, values, localNeeded) } });
        void message.success(t('common.saved'));
      } else {
        await record({ variables: { input: toRecordInvestmentInput(fund.id, values, localNeeded) } });
        void message.success(t('funds.investmentRecorded'));
      }
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t(investment ? 'funds.editInvestment' : 'funds.recordInvestment')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={recording.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<InvestmentValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={investment ? toInvestmentFormValues(investment) : { stage: 'INTENDED', round: 'A' }}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item label={t('funds.fund')}>
              <Input value={fund.name} disabled />
            </Form.Item>
          </Col>
          <Col span={24}>
            {investment ? (
              <Form.Item label={t('funds.investee')}>
                <Input value={investment.enterprise.name} disabled />
              </Form.Item>
            ) : (
              <Form.Item
                name="enterpriseId"
                label={t('funds.investee')}
                rules={[rules.select(t('funds.investee'))]}
              >
                <EnterpriseSelect
                  aria-label={t('funds.investee')}
                  current={enterprise}
                  placeholder={t('funds.pickInvestee')}
                  onChange={onEnterprise}
                />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="amount"
              label={t('funds.amountWan')}
              rules={[rules.required(t('funds.amount')), AMOUNT_RULE]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="date"
              label={t('funds.investedOn')}
              rules={[{ required: true, message: t('validation.select', { field: t('funds.investedOn') }) }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name="round" label={t('funds.round')} rules={[rules.select(t('funds.round'))]}>
              <Select
                options={INVESTMENT_ROUNDS.map((r) => ({
                  value: r,
                  label: label(INVESTMENT_ROUND_LABELS[r]),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name="stage" label={t('funds.stage')} rules={[rules.select(t('funds.stage'))]}>
              <Select
                options={INVESTMENT_STAGES.map((s) => ({
                  value: s,
                  label: label(INVESTMENT_STAGE_LABELS[s]),
                }))}
              />
            </Form.Item>
          </Col>
          {noLead && !investment && (
            <Col span={24}>
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('funds.noOpenLead')}
                description={
                  <Form.Item name="createLead" valuePropName="checked" style={{ marginBottom: 0 }}>
                    <Checkbox>{t('funds.createFundLead')}</Checkbox>
                  </Form.Item>
                }
              />
            </Col>
          )}
          {createLead ? (
            <>
              <Col xs={24} md={8}>
                <Form.Item
                  name="leadSegmentCode"
                  label={t('attribution.segment')}
                  rules={[rules.select(t('attribution.segment'))]}
                >
                  <SegmentCascader />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="leadTownCode" label={t('attribution.town')}>
                  <PlaceSelect />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="leadOwnerId" label={t('attribution.owner')}>
                  <OwnerSelect placeholder={t('funds.ownerDefault')} />
                </Form.Item>
              </Col>
            </>
          ) : (
            <>
              <Col xs={24} md={12}>
                <Form.Item name="leadId" label={t('funds.trackingLead')}>
                  <Select
                    allowClear
                    aria-label={t('funds.trackingLead')}
                    options={leads.map((l) => ({
                      value: l.id,
                      label: `${l.projectName}（${label(LEAD_STAGE_LABELS[l.stage])}）`,
                    }))}
                    onChange={(id?: string) => {
                      const lead = leads.find((l) => l.id === id);
                      if (lead?.project && company.data) {
                        form.setFieldValue('projectId', lead.project.id);
                        setProject({
                          ...lead.project,
                          enterprise: { id: company.data.enterprise.id, name: company.data.enterprise.name },
                        });
                      }
                    }}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="projectId"
                  label={t('funds.trackingProject')}
                  extra={t('funds.trackingProjectHint')}
                >
                  <TrackingProjectSelect
                    aria-label={t('funds.trackingProject')}
                    known={known}
                    onProject={setProject}
                    placeholder={t('funds.searchProject')}
                  />
                </Form.Item>
              </Col>
            </>
          )}
          {localNeeded && !createLead && (
            <Col xs={24} md={12}>
              <Form.Item
                name="localAmount"
                label={t('funds.localAmountWan')}
                extra={t('funds.localAmountHint', { company: project?.enterprise.name ?? '' })}
                dependencies={['amount']}
                rules={[
                  rules.required(t('funds.localAmount')),
                  LOCAL_AMOUNT_RULE,
                  ({ getFieldValue }) => ({
                    validator: (_rule: unknown, value: string | undefined) => {
                      const problem = localAmountProblem(
                        getFieldValue('amount') as string | undefined,
                        value,
                      );
                      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input inputMode="decimal" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
