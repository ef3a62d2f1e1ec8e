import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { SetOrganizationActiveDocument, type OrganizationRowFragment } from '@lianzhao/web-data';
import { useShowError, useT } from '@lianzhao/web-ui';

/** 停用 / 启用 a partner organisation with a confirmation; sends the row's version. */
export function OrganizationActiveToggle({ organization }: { organization: OrganizationRowFragment }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [setActive, { loading }] = useMutation(SetOrganizationActiveDocument, {
    refetchQueries: ['Organizations', 'OrganizationOptions'],
  });
  const activate = !organization.active;

  const confirm = async () => {
    try {
      await setActive({
        variables: { input: { id: organization.id, version: organization.version, active: activate } },
      });
      void message.success(t(activate ? 'orgs.reactivated' : 'orgs.deactivated'));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Popconfirm
      title={t(activate ? 'orgs.reactivateConfirm' : 'orgs.deactivateConfirm', { name: organization.name })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
    >
      <Button type="link" danger={!activate} loading={loading}>
        {t(activate ? 'common.reactivate' : 'common.deactivate')}
      </Button>
    </Popconfirm>
  );
}
