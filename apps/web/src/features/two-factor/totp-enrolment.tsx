import type { TotpEnrolmentResponse } from '@safegrid/contracts';
import { Alert, Button, Form, Input, Space, Steps, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useT } from '../../shared/i18n/i18n';
import { useConfirmEnrolment, useStartEnrolment } from './use-two-factor';

interface CodeValues {
  code?: string;
}

/**
 * Turning two-step verification on: a new secret shown once as a QR code and as text, a current
 * code from the authenticator to confirm it, then the ten recovery codes, also shown once.
 */
export function TotpEnrolment({ onDone }: { readonly onDone: () => void }) {
  const t = useT();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [enrolment, setEnrolment] = useState<TotpEnrolmentResponse | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [form] = Form.useForm<CodeValues>();
  const errors = useFormErrors(form, ['code']);

  const begin = () => start.mutate(undefined, { onSuccess: (started) => setEnrolment(started) });
  const submit = async (values: CodeValues) => {
    errors.clearError();
    try {
      const result = await confirm.mutateAsync((values.code ?? '').trim());
      setRecoveryCodes(result.recoveryCodes);
      setEnrolment(null);
    } catch (failure) {
      errors.showError(failure);
    }
  };

  const step = recoveryCodes ? 2 : enrolment ? 1 : 0;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 560 }}>
      <Steps size="small" current={step} items={[{ title: t('twoFactor.stepStart') }, { title: t('twoFactor.stepScan') }, { title: t('twoFactor.stepCodes') }]} />
      {step === 0 && (
        <>
          <Typography.Paragraph>{t('twoFactor.intro')}</Typography.Paragraph>
          <ProblemAlert error={start.error} />
          <Button type="primary" onClick={begin} loading={start.isPending}>{t('twoFactor.enable')}</Button>
        </>
      )}
      {enrolment && (
        <>
          <EnrolmentKey enrolment={enrolment} />
          <Form<CodeValues> form={form} layout="vertical" onFinish={submit} onValuesChange={errors.clearChanged} name="totp-confirm">
            <ProblemAlert error={errors.error} />
            <Form.Item name="code" label={t('twoFactor.code')} rules={[{ required: true, message: t('twoFactor.codeRequired') }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ maxWidth: 200 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={confirm.isPending}>{t('twoFactor.confirm')}</Button>
          </Form>
        </>
      )}
      {recoveryCodes && (
        <>
          <RecoveryCodeList codes={recoveryCodes} />
          <Button type="primary" onClick={onDone}>{t('twoFactor.savedCodes')}</Button>
        </>
      )}
    </Space>
  );
}

/** The new key, shown once: a QR code of the otpauth:// URI to scan and the base32 text to type. */
function EnrolmentKey({ enrolment }: { readonly enrolment: TotpEnrolmentResponse }) {
  const t = useT();
  const [qrCode, setQrCode] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toDataURL(enrolment.otpauthUri, { margin: 1, width: 200 }).then((url) => {
      if (current) setQrCode(url);
    });
    return () => {
      current = false;
    };
  }, [enrolment]);
  return (
    <>
      <Typography.Paragraph>{t('twoFactor.scanHelp')}</Typography.Paragraph>
      {qrCode && <img src={qrCode} width={200} height={200} alt={t('twoFactor.qrAlt')} />}
      <Typography.Paragraph>
        {t('twoFactor.secretLabel')}{' '}
        <Typography.Text code copyable data-testid="totp-secret">{enrolment.secret}</Typography.Text>
      </Typography.Paragraph>
    </>
  );
}

/** The ten recovery codes, shown once after the code confirmed the enrolment. */
function RecoveryCodeList({ codes }: { readonly codes: readonly string[] }) {
  const t = useT();
  return (
    <>
      <Alert type="success" showIcon title={t('twoFactor.enabled')} />
      <Alert type="warning" showIcon title={t('twoFactor.recoveryHelp')} />
      <ol className="recovery-codes" aria-label={t('twoFactor.recoveryCodes')}>
        {codes.map((code) => <li key={code}><Typography.Text code>{code}</Typography.Text></li>)}
      </ol>
    </>
  );
}
