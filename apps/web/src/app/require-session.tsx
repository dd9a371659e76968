import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/use-session';
import { ForcedPasswordChange } from '../features/auth/forced-password-change';
import { ForcedTwoFactorEnrolment } from '../features/two-factor/forced-two-factor-enrolment';
import { OutboxProvider } from '../features/field/outbox/outbox-context';
import { PageLoading } from '../shared/components/page-loading';
import { ProblemAlert } from '../shared/components/problem-alert';

/** Sends anyone without a session to the login page, remembering where they wanted to go. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading />;
  if (session.error) return <main className="app-content"><ProblemAlert error={session.error} /></main>;
  if (!session.data?.user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // After an administrator's reset the API refuses everything else until the password is changed (ADR 0088).
  if (session.data.user.mustChangePassword) return <ForcedPasswordChange />;
  // The district requires a second factor of this account: the API refuses everything else until it is on (ADR 0093).
  if (session.data.user.mustEnrolTwoFactor) return <ForcedTwoFactorEnrolment />;
  return (
    <OutboxProvider>
      <Outlet />
    </OutboxProvider>
  );
}
