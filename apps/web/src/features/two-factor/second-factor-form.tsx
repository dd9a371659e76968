import { SafetyOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { ApiError } from '../../shared/api-client';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import type { useSecondFactorLogin } from '../auth/use-session';

/**
 * The log-in's second step (ADR 0093): the authenticator's code or a recovery code. When the
 * challenge timed out or the account got locked, the password step comes back and says why.
 */
export function SecondFactorForm({ challenge, secondFactor, onRestart }: {
  readonly challenge: string;
  readonly secondFactor: ReturnType<typeof useSecondFactorLogin>;
  readonly onRestart: () => void;
}) {
  const t = useT();
  const sendCode = ({ code }: { code: string }) => {
    secondFactor.mutate({ challenge, code: code.trim() }, {
      onError: (error) => {
        if (error instanceof ApiError && (error.code === 'auth.second_factor_expired' || error.code === 'auth.account_locked')) onRestart();
      },
    });
  };
  return (
    <>
      <ProblemAlert error={secondFactor.error} />
      <Typography.Paragraph>{t('twoFactor.loginHelp')}</Typography.Paragraph>
      <Form<{ code: string }> layout="vertical" requiredMark={false} onFinish={sendCode} name="second-factor">
        <Form.Item label={t('twoFactor.codeOrRecovery')} name="code" rules={[{ required: true, message: t('twoFactor.codeRequired') }]}>
          <Input prefix={<SafetyOutlined aria-hidden />} inputMode="numeric" autoComplete="one-time-code" maxLength={40} autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={secondFactor.isPending}>
          {t('twoFactor.verify')}
        </Button>
        <Button type="link" block onClick={() => { secondFactor.reset(); onRestart(); }}>
          {t('twoFactor.backToPassword')}
        </Button>
      </Form>
    </>
  );
}
