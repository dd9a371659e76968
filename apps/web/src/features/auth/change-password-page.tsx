import { Alert, Button, Card, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n/i18n';
import { ChangePasswordForm } from './change-password-form';
import { useLogout } from './use-session';

/** 修改密码 from the user menu. */
export function ChangePasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('password.title')}</Typography.Title>
      </div>
      <Card>
        <ChangePasswordForm onDone={() => void navigate('/')} />
      </Card>
    </>
  );
}

/** In place of every page while an administrator's reset waits for the person's own password. */
export function ForcedPasswordChange() {
  const t = useT();
  const logout = useLogout();
  return (
    <main className="app-content" style={{ maxWidth: 520, margin: '48px auto' }}>
      <Card title={t('password.forcedTitle')} extra={<Button type="link" onClick={() => logout.mutate()}>{t('nav.logout')}</Button>}>
        <Alert type="warning" showIcon title={t('password.forcedHelp')} style={{ marginBottom: 16 }} />
        <ChangePasswordForm />
      </Card>
    </main>
  );
}
