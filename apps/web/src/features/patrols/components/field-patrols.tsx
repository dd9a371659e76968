import { RightOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { formatDate } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { useCurrentUser } from '../../auth/use-session';
import { RiskBadge } from '../../risk/components/risk-badge';
import { riskLabelOf } from '../../risk/risk-labels';
import { usePatrolUnits } from '../use-patrols';

/** On the grid worker's phone: units late or due for patrol, most overdue first (the API's order). */
export function FieldPatrols() {
  const user = useCurrentUser();
  return user.role === 'grid_worker' ? <OwnPatrols /> : null;
}

function OwnPatrols() {
  const t = useT();
  const units = usePatrolUnits({ state: ['late', 'due'], limit: 50 });
  const items = units.data?.items ?? [];
  if (units.isPending) return null;
  return (
    <section aria-labelledby="tasks-patrols" data-testid="field-patrols">
      <ProblemAlert error={units.error} />
      {items.length > 0 && (
        <>
          <Typography.Title level={4} id="tasks-patrols">{t('patrol.mine')} ({items.length}{units.data?.nextCursor ? '+' : ''})</Typography.Title>
          {items.map((unit) => (
            <Link key={unit.unitId} to={`/units/${unit.unitId}`} className="field-task-link">
              <Card className="field-card" hoverable>
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                    <Typography.Text strong>{unit.name}</Typography.Text>
                    <RightOutlined aria-hidden />
                  </Space>
                  <Space wrap>
                    <RiskBadge level={unit.patrol.level} />
                    <Tag color={unit.patrol.state === 'late' ? 'error' : 'warning'}>{riskLabelOf(t, 'patrolState', unit.patrol.state)}</Tag>
                    <Typography.Text type="secondary">{t('patrol.dueOn')} {formatDate(unit.patrol.dueOn)}</Typography.Text>
                  </Space>
                </Space>
              </Card>
            </Link>
          ))}
        </>
      )}
    </section>
  );
}
