import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import type { ChecklistItem, ChecklistResponse, InspectionResponse } from '@safegrid/contracts';
import { Button, Card, Col, Descriptions, Image, Row, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../shared/components/page-loading';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { useCurrentUser } from '../auth/use-session';
import { useChecklist } from '../checklists/use-checklists';
import { DocumentsCard } from '../documents/documents-card';
import { PhotoStrip } from '../photos/photo-strip';
import { photosApi } from '../photos/photos-api';
import { useUnit } from '../units/use-units';
import { InspectionStatusTag } from './components/inspection-status-tag';
import { LegalBasis } from './components/legal-basis';
import { sectionsOf } from './inspection-draft';
import { inspectionLabel } from './inspection-labels';
import { conductPath } from './inspection-paths';
import { useInspection } from './use-inspections';
import './inspections.css';

// Leaflet only when the page is opened.
const LocationMap = lazy(async () => ({ default: (await import('../map/location-map')).LocationMap }));

/** One inspection as recorded: answers by section, the hazards failures became, where it started, the signature. */
export function InspectionDetailPage() {
  const { id = '' } = useParams();
  const inspection = useInspection(id);
  const checklist = useChecklist(inspection.data?.checklistId);
  const both = {
    data: inspection.data && checklist.data ? { inspection: inspection.data, checklist: checklist.data } : undefined,
    error: inspection.error ?? checklist.error,
    isPending: inspection.isPending || checklist.isPending,
  };
  return <QueryBoundary query={both}>{(data) => <InspectionDetail inspection={data.inspection} checklist={data.checklist} />}</QueryBoundary>;
}

type Answer = InspectionResponse['answers'][number];

function AnswerCell({ answer }: { readonly answer: Answer | undefined }) {
  const t = useT();
  if (!answer) return <Typography.Text type="secondary">{t('inspection.noAnswer')}</Typography.Text>;
  const color = { pass: 'success', fail: 'error', na: 'default' }[answer.result];
  return (
    <Space direction="vertical" size={4}>
      <Space wrap>
        <Tag color={color}>{inspectionLabel(t, 'answerResult', answer.result)}</Tag>
        {answer.hazardId && <Link to={`/hazards/${answer.hazardId}`} data-testid="hazard-link">{t('inspection.hazardLink')}</Link>}
        {answer.fixedOnSite && <Tag color="green">{t('inspection.fixedClosed')}</Tag>}
      </Space>
      {answer.note && <Typography.Text>{answer.note}</Typography.Text>}
      <PhotoStrip photoIds={answer.photoIds} size={56} />
      {answer.fixedOnSite && answer.fixedOnSite.evidencePhotoIds.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('inspection.fixEvidencePhotos')}{answer.fixedOnSite.note ? `：${answer.fixedOnSite.note}` : ''}</Typography.Text>
          <PhotoStrip photoIds={answer.fixedOnSite.evidencePhotoIds} size={56} />
        </>
      )}
    </Space>
  );
}

function InspectionDetail({ inspection, checklist }: { readonly inspection: InspectionResponse; readonly checklist: ChecklistResponse }) {
  const t = useT();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const unit = useUnit(inspection.unitId);
  const canContinue = inspection.status === 'in_progress' && inspection.inspectorId === user.id;
  const facts = [
    { key: 'unit', label: t('inspection.unit'), children: <Link to={`/units/${inspection.unitId}`}>{unit.data?.name ?? '…'}</Link> },
    { key: 'checklist', label: t('inspection.checklist'), children: <Link to={`/checklists/${checklist.id}`}>{checklist.name} · {t('inspection.checklistVersion', { code: inspection.checklistCode, version: inspection.checklistVersion })}</Link> },
    { key: 'inspector', label: t('inspections.inspector'), children: inspection.inspectorName },
    { key: 'started', label: t('inspections.started'), children: formatDateTime(inspection.startedAt) },
    { key: 'finished', label: t('inspections.finished'), children: formatDateTime(inspection.finishedAt) },
    { key: 'progress', label: t('inspection.answers'), children: t('inspection.progress', { answered: inspection.answers.length, total: inspection.itemIds.length }) },
    { key: 'failed', label: t('inspections.failed'), children: inspection.answers.filter((answer) => answer.result === 'fail').length },
    { key: 'distance', label: t('inspection.distanceLabel'), children: <span data-testid="distance">{t('inspection.distanceValue', { distance: inspection.distanceMetres })}</span> },
    ...(inspection.farReason ? [{ key: 'farReason', label: t('inspection.farReasonLabel'), children: inspection.farReason }] : []),
  ];
  return (
    <>
      <div className="page-header">
        <Space align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} aria-label={t('common.back')} onClick={() => navigate(-1)} />
          <Typography.Title level={2}>{t('inspection.detailTitle')} · {unit.data?.name ?? '…'}</Typography.Title>
          <InspectionStatusTag inspection={inspection} />
        </Space>
        {canContinue && <Link to={conductPath(user, inspection.id)}><Button type="primary" icon={<EditOutlined aria-hidden />}>{t('inspection.continue')}</Button></Link>}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t('inspection.record')}><Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={facts} /></Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('field.location')}>
            <Suspense fallback={<PageLoading />}><LocationMap point={inspection.location} gridId={inspection.gridId} /></Suspense>
          </Card>
        </Col>
        <Col xs={24}><AnswersCard inspection={inspection} checklist={checklist} /></Col>
        {inspection.signaturePhotoId && <Col xs={24} md={12}><SignatureCard inspection={inspection} photoId={inspection.signaturePhotoId} /></Col>}
        {inspection.status === 'finished' && inspection.kind === 'supervision' && (
          <Col xs={24} md={12}><DocumentsCard link={{ inspectionId: inspection.id }} kinds={['rectification_order', 'inspection_record']} /></Col>
        )}
      </Row>
    </>
  );
}

/** Answers section by section, each failure linked to the hazard it became. */
function AnswersCard({ inspection, checklist }: { readonly inspection: InspectionResponse; readonly checklist: ChecklistResponse }) {
  const t = useT();
  const answers = new Map(inspection.answers.map((answer) => [answer.itemId, answer]));
  const sections = sectionsOf(checklist.items, inspection.itemIds);
  const numberOf = new Map(sections.flatMap((section) => section.items).map((item, index) => [item.id, index + 1]));
  return (
    <Card title={t('inspection.answers')}>
      {sections.map((section) => (
        <section key={section.section} className="answer-section" aria-label={section.section}>
          <Typography.Title level={5}>{section.section}</Typography.Title>
          <Table<ChecklistItem>
            rowKey="id"
            size="small"
            pagination={false}
            className="checklist-items"
            dataSource={[...section.items]}
            columns={[
              { key: 'text', title: t('checklist.itemText'), width: '40%', render: (_, item) => (
                <Space direction="vertical" size={2}>
                  <Typography.Text>{numberOf.get(item.id)}. {item.text}</Typography.Text>
                  <LegalBasis citations={item.legalBasis} />
                </Space>
              ) },
              { key: 'level', title: t('checklist.level'), width: 110, render: (_, item) => <Tag color={item.hazardLevel === 'major' ? 'magenta' : 'orange'}>{labelOf(t, 'hazardLevel', item.hazardLevel)}</Tag> },
              { key: 'answer', title: t('inspection.result'), render: (_, item) => <AnswerCell answer={answers.get(item.id)} /> },
            ]}
          />
        </section>
      ))}
    </Card>
  );
}

/** Who signed for the unit, and the signature image. */
function SignatureCard({ inspection, photoId }: { readonly inspection: InspectionResponse; readonly photoId: string }) {
  const t = useT();
  return (
    <Card title={t('inspection.signatureTitle')}>
      <Descriptions size="small" column={1} items={[
        { key: 'signedBy', label: t(inspection.kind === 'self_inspection' ? 'inspection.selfSignedBy' : 'inspection.signedBy'), children: inspection.signedBy },
        { key: 'signedAt', label: t('inspection.signedAt'), children: formatDateTime(inspection.finishedAt) },
      ]} />
      <Image src={photosApi.fileUrl(photoId, 'original')} alt={t('inspection.signature')} width={320} data-testid="signature-image" />
    </Card>
  );
}
