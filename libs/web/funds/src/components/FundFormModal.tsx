import { useMutation } from '@apollo/client/react';
import {
  App,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import {
  CreateFundDocument,
  evictEntityFields,
  evictRootFields,
  UpdateFundDocument,
  type FundDetailFragment,
} from '@lianzhao/web-data';
import { useFormErrors, useFormRules, useI18n } from '@lianzhao/web-ui';
import { decimalRule } from '../hooks/useFundRules';
import {
  COEFFICIENT_LIMIT,
  contributionProblem,
  FUND_FIELDS,
  MONEY_LIMIT,
  MULTIPLE_LIMIT,
  NEW_FUND_VALUES,
  POSITIVE_MONEY_LIMIT,
  TERM_YEARS_MAX,
  TERM_YEARS_MIN,
  toCreateFundInput,
  toFundFormValues,
  toUpdateFundInput,
  type FundValues,
} from '../utils/fund-values';
import {
  FUND_KIND_LABELS,
  FUND_KINDS,
  FUND_STATUS_LABELS,
  FUND_STATUSES,
  REINVESTMENT_BASES,
  REINVESTMENT_BASIS_LABELS,
} from '@lianzhao/domain';
import { FocusSegmentsSelect } from './FocusSegmentsSelect';
import { FundManagerSelect } from './FundManagerSelect';

export interface FundFormModalProps {
  /** The fund to edit, or null to record a new one. */
  fund: FundDetailFragment | null;
  /** Whether the 返投 rule is editable here: on a new fund, or by an administrator. */
  editRule: boolean;
  onClose: () => void;
  onSaved?: (fund: FundDetailFragment) => void;
}

/** Each way of counting: its switch, its coefficient, its words, and the server's name for the coefficient. */
const COUNTS = [
  ['countLocal', 'localCoefficient', 'funds.rule.local', '本地投资系数'],
  ['countSubsidiary', 'subsidiaryCoefficient', 'funds.rule.subsidiary', '子公司投资系数'],
  ['countReferred', 'referredCoefficient', 'funds.rule.referred', '招引落地系数'],
] as const;

// The server's names for the figures (its messages start with them), so both say the same.
const SIZE_RULE = decimalRule(POSITIVE_MONEY_LIMIT, '基金规模');
const CONTRIBUTION_RULE = decimalRule(MONEY_LIMIT, '政府出资');
const MULTIPLE_RULE = decimalRule(MULTIPLE_LIMIT, '返投倍数');

/** 新建基金 / 编辑基金: facts, and the 返投 rule where the user may set it, checked as the server checks. */
export function FundFormModal({ fund, editRule, onClose, onSaved }: FundFormModalProps) {
  const { t, label } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<FundValues>();
  const onError = useFormErrors(form, FUND_FIELDS);
  const [createFund, creating] = useMutation(CreateFundDocument, {
    update: (cache) => evictRootFields(cache, 'funds', 'fundTotals'),
  });
  const [updateFund, updating] = useMutation(UpdateFundDocument, {
    update: (cache) => {
      evictRootFields(cache, 'funds', 'fundTotals');
      if (fund) evictEntityFields(cache, 'Fund', fund.id, 'ruleHistory');
    },
  });

  const onFinish = async (values: FundValues) => {
    try {
      if (fund) {
        const { data } = await updateFund({
          variables: { input: toUpdateFundInput(values, fund, editRule) },
        });
        void message.success(t('common.saved'));
        if (data) onSaved?.(data.updateFund);
      } else {
        const { data } = await createFund({ variables: { input: toCreateFundInput(values) } });
        void message.success(t('funds.created'));
        if (data) onSaved?.(data.createFund);
      }
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      width={820}
      title={t(fund ? 'funds.edit' : 'funds.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<FundValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={fund ? toFundFormValues(fund) : NEW_FUND_VALUES}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('funds.name')} rules={[rules.required(t('funds.name'))]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('funds.kind')} rules={[rules.select(t('funds.kind'))]}>
              <Select options={FUND_KINDS.map((k) => ({ value: k, label: label(FUND_KIND_LABELS[k]) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="managerOrganizationId"
              label={t('funds.manager')}
              rules={[rules.select(t('funds.manager'))]}
            >
              <FundManagerSelect current={fund?.manager} aria-label={t('funds.manager')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="status" label={t('funds.status')} rules={[rules.select(t('funds.status'))]}>
              <Select
                options={FUND_STATUSES.map((s) => ({ value: s, label: label(FUND_STATUS_LABELS[s]) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="size"
              label={t('funds.sizeWan')}
              rules={[rules.required(t('funds.size')), SIZE_RULE]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="governmentContribution"
              label={t('funds.governmentContributionWan')}
              dependencies={['size']}
              extra={t('funds.contributionHint')}
              rules={[
                rules.required(t('funds.governmentContribution')),
                CONTRIBUTION_RULE,
                ({ getFieldValue }) => ({
                  validator: (_rule: unknown, value: string | undefined) => {
                    const problem = contributionProblem(getFieldValue('size') as string | undefined, value);
                    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                  },
                }),
              ]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="vintageDate"
              label={t('funds.vintageDate')}
              rules={[{ required: true, message: t('validation.select', { field: t('funds.vintageDate') }) }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="termYears" label={t('funds.termYearsUnit')}>
              <InputNumber
                min={TERM_YEARS_MIN}
                max={TERM_YEARS_MAX}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="focusSegmentCodes" label={t('funds.focus')}>
              <FocusSegmentsSelect />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('funds.rule.title')}</Divider>
        {!editRule && (
          <Typography.Paragraph type="secondary">{t('funds.rule.adminOnly')}</Typography.Paragraph>
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="reinvestmentMultiple"
              label={t('funds.rule.multiple')}
              extra={t('funds.rule.multipleHint')}
              rules={[rules.required(t('funds.rule.multiple')), MULTIPLE_RULE]}
            >
              <Input inputMode="decimal" disabled={!editRule} suffix="×" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="reinvestmentBasis" label={t('funds.rule.basis')}>
              <Select
                disabled={!editRule}
                options={REINVESTMENT_BASES.map((b) => ({
                  value: b,
                  label: label(REINVESTMENT_BASIS_LABELS[b]),
                }))}
              />
            </Form.Item>
          </Col>
          {COUNTS.map(([count, coef, key, serverName]) => (
            <Col xs={24} md={8} key={count}>
              <Form.Item label={t(key)} style={{ marginBottom: 0 }}>
                <Form.Item name={count} valuePropName="checked" noStyle>
                  <Switch disabled={!editRule} aria-label={t(key)} />
                </Form.Item>
                <Form.Item
                  name={coef}
                  label={t('funds.rule.coefficient')}
                  dependencies={[count]}
                  rules={[
                    rules.required(t('funds.rule.coefficient')),
                    decimalRule(COEFFICIENT_LIMIT, serverName),
                  ]}
                  style={{ marginTop: 8 }}
                >
                  <Input
                    inputMode="decimal"
                    disabled={!editRule}
                    aria-label={`${t(key)} ${t('funds.rule.coefficient')}`}
                  />
                </Form.Item>
              </Form.Item>
            </Col>
          ))}
          {fund && editRule && (
            <Col span={24}>
              <Form.Item name="ruleChangeNote" label={t('funds.rule.note')} extra={t('funds.rule.noteHint')}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
