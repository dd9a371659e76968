import { ArrowLeftOutlined } from '@ant-design/icons';
import type { DocumentKind, HazardResponse } from '@safegrid/contracts';
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../shared/components/page-loading';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { useT } from '../../shared/i18n/i18n';
import { DocumentsCard } from '../documents/documents-card';
import { EvidenceCard } from '../evidence/evidence-card';
import { PhotoStrip } from '../photos/photo-strip';
import { DuplicateCandidatesCard, HazardReportersCard } from '../public-report/hazard-public-panels';
import { HazardActionBar } from './components/hazard-action-bar';
import { HazardFacts } from './components/hazard-facts';
import { HazardStatusTag } from './components/hazard-status-tag';
import { HazardStepsBar } from './components/hazard-steps-bar';
import { HazardTimeline } from './components/hazard-timeline';
import { useHazard, useHazardAssignees, useHazardEvents } from './use-hazards';
import { SupervisionBadge, SupervisionCard } from '../supervision/supervision-card';
import { UrgeButton } from '../supervision/urge-button';
import { useHazardSupervision } from '../supervision/use-supervision';

/** One hazard: its record, photos, plan, timeline, and the actions this user may take now. */
// Leaflet only when the hazard has a place to show.
const LocationMap = lazy(async () => ({ default: (await import('../map/location-map')).LocationMap }));

export function HazardDetailPage() {
  const { id = '' } = useParams();
  const hazard = useHazard(id);
  return <QueryBoundary query={hazard}>{(data) => <HazardDetail hazard={data} />}</QueryBoundary>;
}

/** An open hazard can be ordered rectified; one closed after review gets a 整改复查意见书. */
function documentKindsFor(hazard: HazardResponse): DocumentKind[] {
  if (hazard.status === 'closed') return hazard.submittedBy ? ['review_opinion'] : [];
  return hazard.status === 'dismissed' ? [] : ['rectification_order'];
}

function HazardDetail({ hazard }: { readonly hazard: HazardResponse }) {
  const t = useT();
  const navigate = useNavigate();
  const events = useHazardEvents(hazard.id);
  const assignees = useHazardAssignees(hazard.id, hazard.assigneeId !== null);
  const supervision = useHazardSupervision(hazard.id).data?.supervision ?? null;
  const listed = supervision !== null && supervision.delistedAt === null;
  return (
    <>
      <div className="page-header">
        <Space align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} aria-label={t('common.back')} onClick={() => navigate(-1)} />
          <Typography.Title level={2}>{hazard.title}</Typography.Title>
          <HazardStatusTag hazard={hazard} />
          <SupervisionBadge supervision={supervision} />
        </Space>
      </div>
      <HazardStepsBar hazard={hazard} events={events.data ?? []} />
      <Card title={t('hazard.actions')} className="section-card">
        <Space wrap><HazardActionBar hazard={hazard} /><UrgeButton hazard={hazard} /></Space>
      </Card>
      <Row gutter={[16, 16]} className="section-row">
        <Col xs={24} xl={15}>
          <Card title={t('hazard.record')}>
            <HazardFacts hazard={hazard} reporterName={events.data?.[0]?.actorName} assignees={assignees.data} listed={listed} />
            {hazard.photoIds.length > 0 && (
              <>
                <Typography.Title level={5}>{t('hazard.photos')}</Typography.Title>
                <PhotoStrip photoIds={hazard.photoIds} />
              </>
            )}
          </Card>
          <EvidenceCard hazard={hazard} />
          <SupervisionCard hazard={hazard} supervision={supervision} />
          <HazardReportersCard hazard={hazard} />
          <PlanCard hazard={hazard} />
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
          <div className="section-card"><DocumentsCard link={{ hazardId: hazard.id }} kinds={documentKindsFor(hazard)} /></div>
          <DuplicateCandidatesCard hazard={hazard} />
        </Col>
      </Row>
    </>
  );
}

/** 重大隐患治理方案 "五到位", when the hazard has one. */
function PlanCard({ hazard }: { readonly hazard: HazardResponse }) {
  const t = useT();
  if (!hazard.plan) return null;
  return (
    <Card title={t('field.plan')} className="section-card">
      <Descriptions size="small" column={1} items={[
        { key: 'measures', label: t('plan.measures'), children: hazard.plan.measures || '—' },
        { key: 'responsible', label: t('plan.responsible'), children: hazard.plan.responsible || '—' },
        { key: 'funds', label: t('plan.funds'), children: hazard.plan.funds || '—' },
        { key: 'deadline', label: t('plan.deadline'), children: hazard.plan.deadline || '—' },
        { key: 'emergencyPlan', label: t('plan.emergencyPlan'), children: hazard.plan.emergencyPlan || '—' },
      ]} />
    </Card>
  );
}
