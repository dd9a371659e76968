import { Alert } from 'antd';
import { ApiError, NetworkError } from '../api-client';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';

/** Values a problem's message names: when a locked account opens again, seconds until the next attempt. */
function problemParams(error: ApiError): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (error.problem?.lockedUntil) params.lockedUntil = formatDateTime(error.problem.lockedUntil);
  if (error.problem?.retryAfterSeconds) params.retryAfterSeconds = error.problem.retryAfterSeconds;
  return params;
}

/** The words for a failure: the API's code picks the message; no server text is matched. */
export function useErrorText(): (error: unknown) => string {
  const { t, problemTitle } = useI18n();
  return (error) => {
    if (error instanceof ApiError) return problemTitle(error.code, problemParams(error));
    if (error instanceof NetworkError) return t('error.network');
    return t('error.unexpected');
  };
}

/** A refusal or failure shown as a clear message with the fields it names, never a blank screen. */
export function ProblemAlert({ error, onClose }: { readonly error: unknown; readonly onClose?: () => void }) {
  const errorText = useErrorText();
  if (!error) return null;
  const details = error instanceof ApiError ? (error.problem?.errors ?? []).map((problem) => problem.message) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorText(error)}
      description={details.length > 0 ? <ul className="problem-details">{details.map((text) => <li key={text}>{text}</li>)}</ul> : undefined}
      closable={onClose ? { onClose } : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
