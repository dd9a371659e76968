import { Alert, Button, Card } from 'antd';
import { useT } from '../../shared/i18n/i18n';
import { ChangePasswordForm } from './change-password-form';
import { useLogout } from './use-session';

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
