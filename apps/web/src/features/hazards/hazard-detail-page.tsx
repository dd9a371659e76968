import { ArrowLeftOutlined } from '@ant-design/icons';
import type { HazardResponse } from '@safegrid/contracts';
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../shared/components/page-loading';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { useT } from '../../shared/i18n/i18n';
import { PhotoStrip } from '../photos/photo-strip';
import { DuplicateCandidatesCard, HazardReportersCard } from '../public-report/hazard-public-panels';
import { HazardActionBar } from './components/hazard-action-bar';
import { HazardFacts } from './components/hazard-facts';
import { HazardStatusTag } from './components/hazard-status-tag';
import { HazardTimeline } from './components/hazard-timeline';
import { useHazard, useHazardAssignees, useHazardEvents } from './use-hazards';

/** One hazard: its record, photos, plan, timeline, and the actions this user may take now. */
// Leaflet only when the hazard has a place to show.
const LocationMap = lazy(async () => ({ default: (await import('../map/location-map')).LocationMap }));

export function HazardDetailPage() {
  const { id = '' } = useParams();
  const hazard = useHazard(id);
  return <QueryBoundary query={hazard}>{(data) => <HazardDetail hazard={data} />}</QueryBoundary>;
}

function HazardDetail({ hazard }: { readonly hazard: HazardResponse }) {
  const t = useT();
  const navigate = useNavigate();
  const events = useHazardEvents(hazard.id);
  const assignees = useHazardAssignees(hazard.id, hazard.assigneeId !== null);
  return (
    <>
      <div className="page-header">
        <Space align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} aria-label={t('common.back')} onClick={() => navigate(-1)} />
          <Typography.Title level={2}>{hazard.title}</Typography.Title>
          <HazardStatusTag hazard={hazard} />
        </Space>
      </div>
      <Card title={t('hazard.actions')} className="section-card">
        <HazardActionBar hazard={hazard} />
      </Card>
      <Row gutter={[16, 16]} className="section-row">
        <Col xs={24} xl={15}>
          <Card title={t('hazard.record')}>
            <HazardFacts hazard={hazard} reporterName={events.data?.[0]?.actorName} assignees={assignees.data} />
            {hazard.photoIds.length > 0 && (
              <>
                <Typography.Title level={5}>{t('hazard.photos')}</Typography.Title>
                <PhotoStrip photoIds={hazard.photoIds} />
              </>
            )}
          </Card>
          <HazardReportersCard hazard={hazard} />
          {hazard.plan && (
            <Card title={t('field.plan')} className="section-card">
              <Descriptions size="small" column={1} items={[
                { key: 'measures', label: t('plan.measures'), children: hazard.plan.measures || '—' },
                { key: 'responsible', label: t('plan.responsible'), children: hazard.plan.responsible || '—' },
                { key: 'funds', label: t('plan.funds'), children: hazard.plan.funds || '—' },
                { key: 'deadline', label: t('plan.deadline'), children: hazard.plan.deadline || '—' },
                { key: 'emergencyPlan', label: t('plan.emergencyPlan'), children: hazard.plan.emergencyPlan || '—' },
              ]} />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={9}>
          {hazard.location && (
            <Card title={t('field.location')} className="section-card-first">
              <Suspense fallback={<PageLoading />}><LocationMap point={hazard.location} gridId={hazard.gridId} /></Suspense>
            </Card>
          )}
          <Card title={t('hazard.timeline')} loading={events.isPending} className={hazard.location ? 'section-card' : undefined}>
            <HazardTimeline events={events.data ?? []} />
          </Card>
          <DuplicateCandidatesCard hazard={hazard} />
        </Col>
      </Row>
    </>
  );
}
