import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { SetUserActiveDocument, type UserRowFragment } from '@lianzhao/web-data';
import { useShowError, useT } from '@lianzhao/web-ui';

/** 停用 / 启用 with a confirmation; sends the row's version so a stale row is refused. */
export function UserActiveToggle({ user }: { user: UserRowFragment }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [setActive, { loading }] = useMutation(SetUserActiveDocument, { refetchQueries: ['Users'] });
  const activate = !user.active;

  const confirm = async () => {
    try {
      await setActive({ variables: { input: { id: user.id, version: user.version, active: activate } } });
      void message.success(t(activate ? 'users.reactivated' : 'users.deactivated'));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Popconfirm
      title={t(activate ? 'users.reactivateConfirm' : 'users.deactivateConfirm', { name: user.displayName })}
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
