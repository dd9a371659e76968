import { Alert, Button, Card } from 'antd';
import { useLogout } from '../auth/use-session';
import { useT } from '../../shared/i18n/i18n';
import { TotpEnrolment } from './totp-enrolment';
import { useFinishRequiredEnrolment } from './use-two-factor';

/** In place of every page while the district requires a second factor this account has not turned on (ADR 0093). */
export function ForcedTwoFactorEnrolment() {
  const t = useT();
  const logout = useLogout();
  const finish = useFinishRequiredEnrolment();
  return (
    <main className="app-content" style={{ maxWidth: 620, margin: '48px auto' }}>
      <Card title={t('twoFactor.title')} extra={<Button type="link" onClick={() => logout.mutate()}>{t('nav.logout')}</Button>}>
        <Alert type="warning" showIcon title={t('twoFactor.requiredHelp')} style={{ marginBottom: 16 }} />
        <TotpEnrolment onDone={finish} />
      </Card>
    </main>
  );
}
