import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Modal, Radio } from 'antd';
import { useNavigate } from 'react-router';
import { evictEntityFields, evictRootFields, MergeEnterprisesDocument } from '@lianzhao/web-data';
import { useShowError, useT } from '@lianzhao/web-ui';
import { EnterpriseSelect, type EnterpriseOption } from './EnterpriseSelect';

export interface MergeEnterprisesModalProps {
  /** The enterprise whose page the merge starts from. */
  enterprise: EnterpriseOption;
  onClose: () => void;
}

/**
 * 合并: pick the duplicate, choose which record survives, merge, and land on the survivor; the
 * other record no longer exists, so its page would only say 404.
 */
export function MergeEnterprisesModal({ enterprise, onClose }: MergeEnterprisesModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const [other, setOther] = useState<EnterpriseOption | undefined>();
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const [merge, { loading }] = useMutation(MergeEnterprisesDocument);

  const onOk = async () => {
    if (!other) return;
    const survivor = keep === 'this' ? enterprise : other;
    const merged = keep === 'this' ? other : enterprise;
    try {
      await merge({
        variables: { input: { survivorId: survivor.id, mergedId: merged.id } },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Enterprise', id: merged.id }) });
          evictEntityFields(cache, 'Enterprise', survivor.id, 'leads', 'contacts', 'auditTrail');
          evictRootFields(cache, 'enterprises', 'leads');
        },
      });
      void message.success(t('enterprises.merged'));
      onClose();
      navigate(`/enterprises/${survivor.id}`);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal
      open
      title={t('enterprises.mergeTitle')}
      okText={t('enterprises.mergeConfirm')}
      okButtonProps={{ danger: true, disabled: !other }}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={onOk}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon title={t('enterprises.mergeHint')} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Form.Item label={t('enterprises.mergeWith')} htmlFor="merge-other">
          <EnterpriseSelect
            id="merge-other"
            value={other?.id}
            excludeId={enterprise.id}
            placeholder={t('enterprises.pick')}
            onChange={(_id, picked) => setOther(picked)}
          />
        </Form.Item>
        {other && (
          <Form.Item label={t('enterprises.mergeSurvivor')}>
            <Radio.Group
              value={keep}
              onChange={(e) => setKeep(e.target.value as 'this' | 'other')}
              options={[
                { value: 'this', label: enterprise.name },
                { value: 'other', label: other.name },
              ]}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
