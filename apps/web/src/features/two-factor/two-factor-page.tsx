import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { PageLoading } from '../../shared/components/page-loading';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useT } from '../../shared/i18n/i18n';
import { TotpEnrolment } from './totp-enrolment';
import { useDisableTwoFactor, useRefreshTwoFactorStatus, useTwoFactorStatus } from './use-two-factor';

interface CodeValues {
  code?: string;
}

/** 两步验证 from the user menu: turn it on (QR code, confirm, recovery codes) or off with a current code. */
export function TwoFactorPage() {
  const t = useT();
  const refresh = useRefreshTwoFactorStatus();
  const status = useTwoFactorStatus();
  const disable = useDisableTwoFactor();
  const { message } = App.useApp();
  const [form] = Form.useForm<CodeValues>();
  const errors = useFormErrors(form, ['code']);

  const turnOff = async (values: CodeValues) => {
    errors.clearError();
    try {
      await disable.mutateAsync((values.code ?? '').trim());
      form.resetFields();
      void message.success(t('twoFactor.disabled'));
    } catch (failure) {
      errors.showError(failure);
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('twoFactor.title')}</Typography.Title>
      </div>
      <Card>
        {status.isPending && <PageLoading />}
        <ProblemAlert error={status.error} />
        {status.data?.required && !status.data.enabled && <Alert type="warning" showIcon title={t('twoFactor.requiredHelp')} style={{ marginBottom: 16 }} />}
        {status.data && !status.data.enabled && <TotpEnrolment onDone={refresh} />}
        {status.data?.enabled && (
          <>
            <Alert type="success" showIcon title={t('twoFactor.isOn')} description={t('twoFactor.codesLeft', { count: status.data.recoveryCodesLeft })} style={{ marginBottom: 16 }} />
            <Typography.Paragraph>{t('twoFactor.disableHelp')}</Typography.Paragraph>
            <Form<CodeValues> form={form} layout="vertical" onFinish={turnOff} onValuesChange={errors.clearChanged} name="totp-disable" style={{ maxWidth: 420 }}>
              <ProblemAlert error={errors.error} />
              <Form.Item name="code" label={t('twoFactor.codeOrRecovery')} rules={[{ required: true, message: t('twoFactor.codeRequired') }]}>
                <Input autoComplete="one-time-code" maxLength={40} />
              </Form.Item>
              <Button danger htmlType="submit" loading={disable.isPending}>{t('twoFactor.disable')}</Button>
            </Form>
          </>
        )}
      </Card>
    </>
  );
}
