import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { QueuedInspectionList } from '../../inspections/offline/queued-inspection-list';
import { useOutbox } from '../outbox/outbox-context';

/** Reports and inspections still on this phone: waiting for a connection, or refused with the reason. */
export function OutboxList() {
  const t = useT();
  const { reports, syncing, sync, retry, discard, delivered } = useOutbox();
  return (
    <>
      {delivered.length > 0 && (
        <Alert
          type="success"
          showIcon
          className="section-card"
          data-testid="outbox-delivered"
          title={t('outbox.delivered')}
          description={<Space direction="vertical" size={0}>{delivered.map((report) => <Link key={report.hazardId} to={`/hazards/${report.hazardId}`}>{report.title}</Link>)}</Space>}
        />
      )}
      <Card
        id="outbox"
        title={t('outbox.title')}
        className="section-card"
        extra={<Button size="small" onClick={() => void sync()} loading={syncing} disabled={reports.length === 0}>{t('outbox.syncNow')}</Button>}
      >
        <List
          data-testid="outbox-list"
          locale={{ emptyText: t('outbox.empty') }}
          dataSource={[...reports]}
          renderItem={(report) => (
            <List.Item
              actions={report.state === 'failed'
                ? [<Button key="retry" size="small" onClick={() => void retry(report.id)}>{t('outbox.retry')}</Button>, <Button key="discard" size="small" danger onClick={() => void discard(report.id)}>{t('outbox.discard')}</Button>]
                : []}
            >
              <List.Item.Meta
                title={<Space>{report.body.title}<Tag color={report.state === 'failed' ? 'error' : 'processing'}>{t(report.state === 'failed' ? 'outbox.failed' : 'outbox.pending')}</Tag></Space>}
                description={
                  <Space direction="vertical" size={0}>
                    <Typography.Text type="secondary">{formatDateTime(report.createdAt)} · {t('outbox.photos', { count: report.photos.length })}</Typography.Text>
                    {report.problem && <Typography.Text type="danger">{report.problem.message}</Typography.Text>}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <QueuedInspectionList />
    </>
  );
}
