import { AuditOutlined, CameraOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { PageLoading } from '../../shared/components/page-loading';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { HazardStatusTag } from '../hazards/components/hazard-status-tag';
import { DeadlineText } from '../hazards/components/deadline-text';
import { FieldPatrols } from '../patrols/components/field-patrols';
import { useTowns } from '../regions/use-regions';
import { useFieldTasks } from './use-field-tasks';
import { usePrefetchInspectionKits } from '../inspections/offline/use-prefetch-inspection-kits';
import { OnDutyCard } from '../duty/on-duty-card';

/** 我的任务 on a phone: what in my grids needs me, overdue first. */
export function FieldTasksPage() {
  const t = useT();
  const { nameOf } = useTowns();
  const tasks = useFieldTasks();
  usePrefetchInspectionKits(tasks.groups.flatMap((group) => group.items.flatMap((hazard) => (hazard.unitId ? [hazard.unitId] : []))), !tasks.offline && !tasks.isPending);
  const total = tasks.groups.reduce((sum, group) => sum + group.items.length, 0);
  return (
    <div className="field-page">
      <div className="page-header">
        <Typography.Title level={2}>{t('nav.tasks')}</Typography.Title>
        <Space wrap>
          <Link to="/m/inspect"><Button size="large" icon={<AuditOutlined aria-hidden />}>{t('inspection.start')}</Button></Link>
          <Link to="/m/report"><Button type="primary" size="large" icon={<CameraOutlined aria-hidden />}>{t('nav.fieldReport')}</Button></Link>
        </Space>
      </div>
      <ProblemAlert error={tasks.error} />
      <OnDutyCard />
      {tasks.offline && (
        <Alert
          type="warning"
          showIcon
          data-testid="tasks-offline"
          title={tasks.offlineSince ? t('tasks.offlineSince', { time: formatDateTime(tasks.offlineSince) }) : t('tasks.offlineNothingKept')}
        />
      )}
      {tasks.isPending && <PageLoading />}
      {!tasks.isPending && !tasks.offline && total === 0 && <Empty description={t('tasks.none')} />}
      {tasks.groups.filter((group) => group.items.length > 0).map((group) => (
        <section key={group.group} aria-labelledby={`tasks-${group.group}`}>
          <Typography.Title level={4} id={`tasks-${group.group}`}>{t(`tasks.${group.group}`)} ({group.items.length}{group.hasMore ? '+' : ''})</Typography.Title>
          {group.items.map((hazard) => (
            <Link key={hazard.id} to={`/hazards/${hazard.id}`} className="field-task-link">
              <Card className="field-card" hoverable>
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                    <Typography.Text strong>{hazard.title}</Typography.Text>
                    <RightOutlined aria-hidden />
                  </Space>
                  <HazardStatusTag hazard={hazard} />
                  <Typography.Text type="secondary">
                    {labelOf(t, 'hazardCategory', hazard.category)} · {nameOf(hazard.villageCode)} · {t('field.deadline')} <DeadlineText hazard={hazard} />
                  </Typography.Text>
                </Space>
              </Card>
            </Link>
          ))}
        </section>
      ))}
      <FieldPatrols />
    </div>
  );
}
