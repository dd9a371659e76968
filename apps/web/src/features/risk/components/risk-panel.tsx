import type { UnitRiskResponse } from '@safegrid/contracts';
import { Card, Descriptions, Divider, Empty, List, Space, Tag, Timeline, Typography } from 'antd';
import { QueryBoundary } from '../../../shared/components/query-boundary';
import { formatDate, formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { useCurrentUser } from '../../auth/use-session';
import { canManageRisk } from '../risk-access';
import { reasonText, riskLabelOf } from '../risk-labels';
import { useUnitRisk } from '../use-risk';
import { RiskBadge } from './risk-badge';
import { RiskOverrideForm } from './risk-override-form';

const EFFECT_COLOUR = { raises: 'error', lowers: 'success', info: 'default' } as const;

/** A unit's colour and why: computed colour and score, reasons, the override, patrol frequency, history. */
export function RiskPanel({ unitId }: { readonly unitId: string }) {
  const t = useT();
  const risk = useUnitRisk(unitId);
  return (
    <Card title={t('risk.panel')} className="section-card" data-testid="risk-panel">
      <QueryBoundary query={risk}>{(data) => <RiskDetails risk={data} />}</QueryBoundary>
    </Card>
  );
}

function RiskDetails({ risk }: { readonly risk: UnitRiskResponse }) {
  const t = useT();
  const user = useCurrentUser();
  const items = [
    { key: 'level', label: t('risk.level'), children: <RiskBadge level={risk.level} overridden={Boolean(risk.override?.active)} /> },
    { key: 'computed', label: t('risk.computed'), children: <RiskBadge level={risk.computedLevel} /> },
    { key: 'method', label: t('risk.method'), children: risk.method ? riskLabelOf(t, 'riskMethod', risk.method) : '—' },
    { key: 'score', label: t('risk.score'), children: risk.score ?? '—' },
    { key: 'computedAt', label: t('risk.computedAt'), children: formatDateTime(risk.computedAt) },
    ...(risk.patrol ? [
      { key: 'patrol', label: t('risk.patrol'), children: t('risk.patrolEvery', { days: risk.patrol.intervalDays }) },
      { key: 'last', label: t('risk.patrolLast'), children: formatDate(risk.patrol.lastVisitedOn) },
      {
        key: 'due', label: t('risk.patrolDue'),
        children: <Space>{formatDate(risk.patrol.dueOn)}<Tag color={risk.patrol.state === 'late' ? 'error' : risk.patrol.state === 'due' ? 'warning' : 'default'}>{riskLabelOf(t, 'patrolState', risk.patrol.state)}</Tag></Space>,
      },
    ] : []),
  ];
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
      {risk.override && (
        <Typography.Paragraph type={risk.override.active ? undefined : 'secondary'} className="risk-override-note" data-testid="risk-override">
          <Typography.Text strong>{t('risk.overrideLabel')}</Typography.Text>
          <RiskBadge level={risk.override.level} /> {risk.override.reason}{' '}
          <Typography.Text type="secondary">
            {t('risk.overrideBy', { name: risk.override.setByName, at: formatDateTime(risk.override.setAt), expiresOn: formatDate(risk.override.expiresOn) })}
            {risk.override.active ? '' : ` · ${t('risk.overrideExpired')}`}
          </Typography.Text>
        </Typography.Paragraph>
      )}
      <RiskReasons risk={risk} />
      <RiskHistory risk={risk} />
      {canManageRisk(user) && (
        <>
          <Divider titlePlacement="start" plain>{t('risk.overrideSet')}</Divider>
          <RiskOverrideForm unitId={risk.unitId} hasOverride={Boolean(risk.override?.active)} />
        </>
      )}
    </>
  );
}

function RiskReasons({ risk }: { readonly risk: UnitRiskResponse }) {
  const t = useT();
  return (
    <>
      <Divider titlePlacement="start" plain>{t('risk.reasons')}</Divider>
      {risk.reasons.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('risk.noReasons')} /> : (
        <List
          size="small"
          dataSource={[...risk.reasons]}
          renderItem={(reason) => (
            <List.Item key={`${reason.code}-${JSON.stringify(reason.params)}`}>
              <Space><Tag color={EFFECT_COLOUR[reason.effect]}>{reason.effect === 'raises' ? '↑' : reason.effect === 'lowers' ? '↓' : '·'}</Tag>{reasonText(reason)}</Space>
            </List.Item>
          )}
        />
      )}
    </>
  );
}

function RiskHistory({ risk }: { readonly risk: UnitRiskResponse }) {
  const t = useT();
  return (
    <>
      <Divider titlePlacement="start" plain>{t('risk.history')}</Divider>
      {risk.history.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('risk.noHistory')} /> : (
        <Timeline
          items={risk.history.slice(0, 20).map((entry) => ({
            key: entry.id,
            color: entry.kind === 'computed' ? 'blue' : 'orange',
            content: (
              <Space direction="vertical" size={0}>
                <Space wrap>
                  <Typography.Text strong>{riskLabelOf(t, 'riskHistoryKind', entry.kind)}</Typography.Text>
                  {entry.fromLevel ? <RiskBadge level={entry.fromLevel} /> : null}
                  {entry.fromLevel ? '→' : null}
                  <RiskBadge level={entry.toLevel} />
                </Space>
                <Typography.Text type="secondary">{formatDateTime(entry.at)} · {entry.actorId === 'system' ? t('risk.historySystemActor') : entry.actorName}{entry.note ? ` · ${entry.note}` : ''}</Typography.Text>
              </Space>
            ),
          }))}
        />
      )}
    </>
  );
}
