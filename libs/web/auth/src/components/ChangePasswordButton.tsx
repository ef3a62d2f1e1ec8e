import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { KeyOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { PASSWORD_MAX_LENGTH } from '@lianzhao/domain';
import { ChangePasswordDocument } from '@lianzhao/web-data';
import { COMPACT_LAYOUT_QUERY, NewPasswordFields, useFormErrors, useMediaQuery, useT } from '@lianzhao/web-ui';
import { useCurrentUser } from '../hooks/useAuth';

interface ChangeValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * 修改密码 in the header: the user proves the current password and sets a new one under the same
 * policy as everywhere (libs/domain); the API ends the other sessions and renews this one's cookie.
 */
export function ChangePasswordButton() {
  const t = useT();
  const { message } = App.useApp();
  const { username } = useCurrentUser();
  const compact = useMediaQuery(COMPACT_LAYOUT_QUERY);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ChangeValues>();
  const onError = useFormErrors(form, ['currentPassword', 'newPassword']);
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);

  const close = () => {
    setOpen(false);
    form.resetFields();
  };
  const onFinish = async ({ currentPassword, newPassword }: ChangeValues) => {
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      void message.success(t('password.changed'));
      close();
    } catch (error) {
      onError(error);
    }
  };

  // A phone's header keeps its room for the name; the password is changed from a desktop.
  if (compact) return null;
  return (
    <>
      <Button
        icon={<KeyOutlined />}
        onClick={() => setOpen(true)}
      >
        {t('password.change')}
      </Button>
      <Modal
        open={open}
        title={t('password.change')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={() => form.submit()}
        onCancel={close}
        destroyOnHidden
      >
        <Form<ChangeValues> form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('validation.required', { field: t('password.current') }) }]}
          >
            <Input.Password autoComplete="current-password" maxLength={PASSWORD_MAX_LENGTH} />
          </Form.Item>
          <NewPasswordFields username={username} />
        </Form>
      </Modal>
    </>
  );
}
