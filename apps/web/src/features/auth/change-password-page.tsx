import { Card, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n/i18n';
import { ChangePasswordForm } from './change-password-form';

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
