import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { useOutbox } from '../../field/outbox/outbox-context';
import { unansweredOf } from './queued-inspection';

/** Inspections finished on this phone: waiting to sync, or refused with the server's reason; and those just synced. */
export function QueuedInspectionList() {
  const t = useT();
  const { inspections, deliveredInspections, retryInspection, discardInspection } = useOutbox();
  const waiting = inspections.filter((inspection) => inspection.state !== 'draft');
  return (
    <>
      {deliveredInspections.length > 0 && (
        <Alert
          type="success"
          showIcon
          className="section-card"
          data-testid="inspections-delivered"
          title={t('outbox.inspectionDelivered')}
          description={<Space direction="vertical" size={0}>{deliveredInspections.map((inspection) => <Link key={inspection.inspectionId} to={`/inspections/${inspection.inspectionId}`}>{inspection.unitName}</Link>)}</Space>}
        />
      )}
      {waiting.length > 0 && (
        <Card className="section-card" size="small">
          <List
            data-testid="queued-inspections"
            dataSource={waiting}
            renderItem={(inspection) => (
              <List.Item
                actions={inspection.state === 'failed'
                  ? [<Button key="retry" size="small" onClick={() => void retryInspection(inspection.id)}>{t('outbox.retry')}</Button>, <Button key="discard" size="small" danger onClick={() => void discardInspection(inspection.id)}>{t('outbox.discard')}</Button>]
                  : []}
              >
                <List.Item.Meta
                  title={<Space wrap>{t('outbox.inspection', { unit: inspection.unitName })}<Tag color={inspection.state === 'failed' ? 'error' : 'processing'}>{t(inspection.state === 'failed' ? 'outbox.failed' : 'outbox.pending')}</Tag></Space>}
                  description={
                    <Space direction="vertical" size={0}>
                      <Typography.Text type="secondary">
                        {formatDateTime(inspection.createdAt)} · {inspection.checklistName} · {t('outbox.inspectionAnswers', {
                          answered: inspection.itemIds.length - unansweredOf(inspection), total: inspection.itemIds.length, count: Object.keys(inspection.photos).length,
                        })}
                      </Typography.Text>
                      {inspection.problem && <Typography.Text type="danger" data-testid="queued-inspection-problem">{inspection.problem.message}</Typography.Text>}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  );
}
