import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import {
  isValidEmail,
  isValidMobileOrPhone,
  passwordProblem,
  isValidUsername,
  ROLE_LABELS,
  ROLES,
  USERNAME_MAX_LENGTH,
  type Role,
} from '@lianzhao/domain';
import { CreateUserDocument, UpdateUserDocument, type UserRowFragment } from '@lianzhao/web-data';
import { useFormErrors, useI18n } from '@lianzhao/web-ui';
import { optional, optionalText } from '../utils/values';
import { OrganizationSelect } from './OrganizationSelect';

interface UserValues {
  username: string;
  displayName: string;
  role: Role;
  organizationId?: string;
  phone?: string;
  email?: string;
  password?: string;
}

const FIELDS = ['username', 'displayName', 'role', 'organizationId', 'phone', 'email', 'password'] as const;

export interface UserFormModalProps {
  /** The user to edit, or null to create one. */
  user: UserRowFragment | null;
  onClose: () => void;
}

/** 新建用户 / 编辑用户. Only a 平台伙伴 (PARTNER) belongs to an organisation, and must. */
export function UserFormModal({ user, onClose }: UserFormModalProps) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserValues>();
  const role = Form.useWatch('role', form);
  const onError = useFormErrors(form, FIELDS);
  const [createUser, creating] = useMutation(CreateUserDocument, { refetchQueries: ['Users'] });
  const [updateUser, updating] = useMutation(UpdateUserDocument);

  const onFinish = async (values: UserValues) => {
    const organizationId = values.role === 'PARTNER' ? (values.organizationId ?? null) : null;
    const common = {
      displayName: values.displayName.trim(),
      role: values.role,
      phone: optionalText(values.phone),
      email: optionalText(values.email),
    };
    try {
      if (user) {
        await updateUser({
          variables: { input: { id: user.id, version: user.version, organizationId, ...common } },
        });
        void message.success(t('common.saved'));
      } else {
        await createUser({
          variables: {
            input: {
              ...common,
              username: values.username.trim().toLowerCase(),
              password: values.password ?? '',
              organizationId,
            },
          },
        });
        void message.success(t('users.created'));
      }
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field }),
  });

  return (
    <Modal
      open
      title={t(user ? 'users.edit' : 'users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<UserValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          user
            ? {
                username: user.username,
                displayName: user.displayName,
                role: user.role,
                organizationId: user.organization?.id,
                phone: user.phone ?? undefined,
                email: user.email ?? undefined,
              }
            : undefined
        }
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[
            required(t('users.username')),
            // The server lower-cases usernames before checking them, so the form does too.
            { validator: optional((v) => isValidUsername(v.toLowerCase()), t('validation.username')) },
          ]}
        >
          <Input disabled={Boolean(user)} autoComplete="off" maxLength={USERNAME_MAX_LENGTH} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[required(t('users.displayName'))]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('users.role')}
          rules={[{ required: true, message: t('validation.select', { field: t('users.role') }) }]}
        >
          <Select<Role> options={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))} />
        </Form.Item>
        {role === 'PARTNER' && (
          <Form.Item
            name="organizationId"
            label={t('users.organization')}
            extra={t('users.organizationHint')}
            rules={[{ required: true, message: t('validation.select', { field: t('users.organization') }) }]}
          >
            <OrganizationSelect current={user?.organization} />
          </Form.Item>
        )}
        <Form.Item
          name="phone"
          label={t('users.phone')}
          rules={[{ validator: optional(isValidMobileOrPhone, t('validation.phone')) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.email')}
          rules={[{ validator: optional(isValidEmail, t('validation.email')) }]}
        >
          <Input />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('users.password')}
            rules={[
              { required: true, message: t('validation.required', { field: t('users.password') }) },
              ({ getFieldValue }) => ({
                validator: (_: unknown, value: string | undefined) => {
                  const problem = value ? passwordProblem(value, getFieldValue('username') as string | undefined) : null;
                  return problem ? Promise.reject(new Error(t(`validation.password.${problem}`))) : Promise.resolve();
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
