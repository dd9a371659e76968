import { PASSWORD_RULES } from '@safegrid/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Typography } from 'antd';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useT } from '../../shared/i18n/i18n';
import { passwordApi } from './auth-api';
import { rememberUser } from './session-cache';
import { SESSION_KEY, useSession, type SessionState } from './use-session';

interface PasswordValues {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'];

/**
 * 修改密码: the current password and a new one twice. The rules (≥ 10 characters, 3 of 4 kinds, not
 * the username) are stated up front and checked by the server, whose field errors land on the fields.
 */
export function ChangePasswordForm({ onDone }: { readonly onDone?: () => void }) {
  const t = useT();
  // Not useCurrentUser: the form may re-render while a log-out clears the session.
  const user = useSession().data?.user;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PasswordValues>();
  const errors = useFormErrors(form, FIELDS);

  const submit = async (values: PasswordValues) => {
    errors.clearError();
    try {
      await passwordApi.change({ currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' });
    } catch (failure) {
      errors.showError(failure);
      return;
    }
    if (user) {
      const changed = { ...user, mustChangePassword: false };
      rememberUser(changed);
      queryClient.setQueryData<SessionState>(SESSION_KEY, { user: changed, offline: false });
    }
    form.resetFields();
    void message.success(t('password.changed'));
    onDone?.();
  };

  return (
    <Form<PasswordValues> form={form} layout="vertical" onFinish={submit} onValuesChange={errors.clearChanged} style={{ maxWidth: 420 }}>
      <ProblemAlert error={errors.error} />
      <Typography.Paragraph type="secondary">{t('password.rules', { min: PASSWORD_RULES.minLength, classes: PASSWORD_RULES.minClasses })}</Typography.Paragraph>
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('password.new')} rules={[{ required: true, message: t('password.newRequired') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit">{t('password.submit')}</Button>
    </Form>
  );
}
