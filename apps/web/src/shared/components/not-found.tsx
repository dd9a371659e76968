import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n';

/** Not found, or not yours to see: the two are deliberately the same page (ADR 0016). */
export function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.detail')}
      extra={<Link to="/"><Button type="primary">{t('notFound.home')}</Button></Link>}
      data-testid="not-found"
    />
  );
}
