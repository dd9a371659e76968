import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../app/language-switch';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { useLogin, useSession } from './use-session';

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
  if (session.data?.user) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <main className="login-screen">
      <Card className="login-card">
        <div className="login-header">
          <Typography.Title level={3}>{t('app.name')}</Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <ProblemAlert error={login.error} />
        <Form<LoginForm> layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)} name="login">
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
      </Card>
    </main>
  );
}
