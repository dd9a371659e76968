import { CloudSyncOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { Badge, Tooltip } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../shared/i18n/i18n';
import { useOutbox, waitingCount } from '../outbox/outbox-context';

/**
 * The header's count of reports and finished inspections still on the phone (待同步); opens the
 * report page where they are listed. One link named by its label, with a plain icon inside: a button
 * nested in it had no name of its own and was a second, dead control for screen readers (issue 16).
 */
export function OutboxStatus() {
  const t = useT();
  const outbox = useOutbox();
  const { syncing } = outbox;
  const waiting = waitingCount(outbox);
  const label = syncing ? t('outbox.syncing') : waiting > 0 ? t('outbox.waitingAll', { count: waiting }) : t('outbox.empty');
  return (
    <Tooltip title={label}>
      <Link to="/m/report#outbox" aria-label={label} className="app-header-link" data-testid="outbox-status" data-waiting={waiting}>
        <Badge count={waiting} size="small">
          <span className="app-header-icon">{syncing ? <CloudSyncOutlined spin aria-hidden /> : <CloudUploadOutlined aria-hidden />}</span>
        </Badge>
      </Link>
    </Tooltip>
  );
}
