import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../app/language-switch';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { SecondFactorForm } from '../two-factor/second-factor-form';
import { useLogin, useSecondFactorLogin, useSession } from './use-session';

interface LoginForm {
  readonly username: string;
  readonly password: string;
}

/** Where a user goes after logging in: back to the page that asked, never off-site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const session = useSession();
  const login = useLogin();
  const secondFactor = useSecondFactorLogin();
  const [challenge, setChallenge] = useState<string | null>(null);
  if (session.data?.user) return <Navigate to={safeNext(params.get('next'))} replace />;

  const logIn = (values: LoginForm) => {
    secondFactor.reset();
    login.mutate(values, {
      onSuccess: (result) => {
        if ('secondFactorRequired' in result) setChallenge(result.challenge);
      },
    });
  };

  return (
    <main className="login-screen">
      <Card className="login-card">
        <div className="login-header">
          <Typography.Title level={3}>{t('app.name')}</Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {challenge ? (
          <SecondFactorForm challenge={challenge} secondFactor={secondFactor} onRestart={() => { setChallenge(null); login.reset(); }} />
        ) : (
          <>
            <ProblemAlert error={secondFactor.error ?? login.error} />
            <Form<LoginForm> layout="vertical" requiredMark={false} onFinish={logIn} name="login">
              <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('form.required') }]}>
                <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('form.required') }]}>
                <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={login.isPending}>
                {t('login.submit')}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </main>
  );
}
