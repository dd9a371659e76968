import type { RosterMonthResponse } from '@safegrid/contracts';
import { Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { dutyApi } from './duty-api';
import { useDutyWrite } from './use-duty';

/** 交接班: the outgoing officer writes the log (open incidents are added by the server); the incoming one acknowledges. */
export function HandoverCard({ roster }: { readonly roster: RosterMonthResponse }) {
  const t = useT();
  const [form] = Form.useForm<{ warnings?: string; notes?: string }>();
  const write = useDutyWrite(dutyApi.writeHandover);
  const acknowledge = useDutyWrite(dutyApi.acknowledge);
  return (
    <Card title={t('duty.handovers')}>
      <ProblemAlert error={write.error ?? acknowledge.error} />
      {roster.canPlan ? (
        <Form form={form} layout="inline" name="handover" onFinish={(values) => write.mutate({ regionCode: roster.regionCode, ...values }, { onSuccess: () => form.resetFields() })} style={{ marginBottom: 12 }}>
          <Form.Item label={t('duty.warningsInForce')} name="warnings"><Input maxLength={2000} /></Form.Item>
          <Form.Item label={t('duty.notes')} name="notes"><Input maxLength={4000} /></Form.Item>
          <Button htmlType="submit" loading={write.isPending}>{t('duty.writeHandover')}</Button>
        </Form>
      ) : null}
      <List
        size="small"
        dataSource={roster.handovers}
        locale={{ emptyText: t('duty.noHandovers') }}
        renderItem={(handover) => (
          <List.Item
            actions={handover.acknowledgedAt === null && roster.canPlan
              ? [<Button key="ack" size="small" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(handover.id)}>{t('duty.acknowledge')}</Button>] : []}
          >
            <Space direction="vertical" size={0}>
              <span>
                {t('duty.handoverBy', { name: handover.writtenByName, at: formatDateTime(handover.writtenAt) })}{' '}
                {handover.flagged ? <Tag color="error">{t('duty.handoverFlagged')}</Tag> : null}
                {handover.acknowledgedAt ? <Tag color="success">{t('duty.acknowledgedBy', { name: handover.acknowledgedByName ?? '', at: formatDateTime(handover.acknowledgedAt) })}</Tag> : null}
              </span>
              <Typography.Text type="secondary">{t('duty.openIncidents', { list: handover.openIncidents.map((item) => item.unitName).join('、') || '—' })}</Typography.Text>
              {handover.warnings ? <span>{t('duty.warningsInForce')}: {handover.warnings}</span> : null}
              {handover.notes ? <span>{handover.notes}</span> : null}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
