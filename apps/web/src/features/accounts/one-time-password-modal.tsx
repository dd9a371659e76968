import { Alert, Descriptions, Modal, Typography } from 'antd';
import { useT } from '../../shared/i18n/i18n';

/** Shows a new or reset account's one-time password once, to read out or copy; it cannot be shown again. */
export function OneTimePasswordModal({ username, password, onClose }: {
  readonly username: string;
  readonly password: string | null;
  readonly onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal open={password !== null} title={t('accounts.oneTimeTitle')} onOk={onClose} onCancel={onClose} okText={t('accounts.oneTimeDone')} cancelButtonProps={{ style: { display: 'none' } }} maskClosable={false}>
      <Alert type="warning" showIcon title={t('accounts.oneTimeWarning')} style={{ marginBottom: 16 }} />
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('accounts.username')}>{username}</Descriptions.Item>
        <Descriptions.Item label={t('accounts.oneTimePassword')}>
          <Typography.Text code copyable data-testid="one-time-password">{password}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}
