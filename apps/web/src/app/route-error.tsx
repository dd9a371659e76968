import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useErrorText } from '../shared/components/problem-alert';
import { useT } from '../shared/i18n/i18n';

/** A page that failed to render or load its code still shows a message and a way back. */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const errorText = useErrorText();
  return (
    <Result
      status="error"
      title={t('error.page')}
      subTitle={errorText(error)}
      extra={<Button type="primary" onClick={() => window.location.assign('/')}>{t('notFound.home')}</Button>}
    />
  );
}
