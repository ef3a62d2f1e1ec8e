import { useEffect } from 'react';
import { useQuery, useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import {
  AcceptReferralDocument,
  evictRootFields,
  MeDocument,
  OwnerOptionsDocument,
  RejectReferralDocument,
  type ReferralFactsFragment,
} from '@lianzhao/web-data';
import { ownerOptions, useFormErrors, useFormRules, useI18n } from '@lianzhao/web-ui';

// The decision changes the queue, the counts, the pipeline and the review side of the page.
const refresh = {
  update: (cache: Parameters<typeof evictRootFields>[0]) => {
    evictRootFields(cache, 'referrals', 'referralCounts', 'leads');
  },
  refetchQueries: ['ReferralForReview'],
};

/** 受理: choose the lead's owner; for a company already in the pipeline the referral joins that lead. */
export function AcceptReferralModal({
  referral,
  existing,
  onClose,
}: {
  referral: ReferralFactsFragment;
  existing: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ ownerId: string }>();
  const onError = useFormErrors(form, ['ownerId']);
  const owners = useQuery(OwnerOptionsDocument);
  const [accept, accepting] = useMutation(AcceptReferralDocument, refresh);
  // The signed-in user, read from the cache the sign-in filled.
  const me = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const options = ownerOptions((owners.data?.users.edges ?? []).map((e) => e.node));
  // The officer deciding usually takes the lead; else the first officer, never an empty choice.
  const meId = me.data?.me.id;
  const preset = options.find((o) => o.value === meId)?.value ?? options[0]?.value;
  const chosen = Form.useWatch('ownerId', form);
  useEffect(() => {
    if (!chosen && preset) form.setFieldValue('ownerId', preset);
  }, [chosen, preset, form]);
  return (
    <Modal
      open
      title={t('referrals.accept')}
      okText={t('referrals.accept')}
      cancelText={t('common.cancel')}
      confirmLoading={accepting.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t(existing ? 'referrals.acceptExistingHint' : 'referrals.acceptHint')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          try {
            await accept({
              variables: { input: { id: referral.id, ownerId: values.ownerId, version: referral.version } },
            });
            void message.success(t('referrals.accepted'));
            onClose();
          } catch (error) {
            onError(error);
          }
        }}
      >
        <Form.Item name="ownerId" label={t('referrals.owner')} rules={[rules.select(t('referrals.owner'))]}>
          <Select
            aria-label={t('referrals.owner')}
            options={options}
            loading={owners.loading}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 不予受理: the reason is required and shown to the partner. */
export function RejectReferralModal({
  referral,
  onClose,
}: {
  referral: ReferralFactsFragment;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const onError = useFormErrors(form, ['reason']);
  const [reject, rejecting] = useMutation(RejectReferralDocument, refresh);
  return (
    <Modal
      open
      title={t('referrals.reject')}
      okText={t('referrals.reject')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={rejecting.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          try {
            await reject({
              variables: {
                input: { id: referral.id, reason: values.reason.trim(), version: referral.version },
              },
            });
            void message.success(t('referrals.rejected'));
            onClose();
          } catch (error) {
            onError(error);
          }
        }}
      >
        <Form.Item
          name="reason"
          label={t('referrals.rejectReason')}
          extra={t('referrals.rejectReasonHint')}
          rules={[rules.required(t('referrals.rejectReason'))]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
