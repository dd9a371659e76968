import { ArrowLeftOutlined, CheckCircleOutlined, CloudSyncOutlined, WarningOutlined } from '@ant-design/icons';
import type { ChecklistItem, ChecklistResponse, InspectionResponse } from '@safegrid/contracts';
import { Button, Card, Popconfirm, Progress, Result, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { useT } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { useChecklist } from '../checklists/use-checklists';
import { useUnit } from '../units/use-units';
import { AnswerItem } from './components/answer-item';
import { FinishCard } from './components/finish-card';
import { FinishedHazards } from './components/finished-hazards';
import { InspectionStatusTag } from './components/inspection-status-tag';
import { effectiveAnswers, progressOf, sectionsOf, type InspectionProgress, type ItemSection } from './inspection-draft';
import { inspectionLabel } from './inspection-labels';
import { startPath } from './inspection-paths';
import { useContinueOffline } from './offline/use-continue-offline';
import { useAnswerSaver, type SaveState } from './use-answer-saver';
import { useCancelInspection, useInspection } from './use-inspections';
import './inspections.css';

type Mode = 'list' | 'single';

/** Doing an inspection on site (phone first, works on a desktop): answer, sign, finish. */
export function InspectionConductPage() {
  const { id = '' } = useParams();
  const inspection = useInspection(id);
  const checklist = useChecklist(inspection.data?.checklistId);
  const both = {
    data: inspection.data && checklist.data ? { inspection: inspection.data, checklist: checklist.data } : undefined,
    error: inspection.error ?? checklist.error,
    isPending: inspection.isPending || checklist.isPending,
  };
  return <QueryBoundary query={both}>{(data) => <Conduct inspection={data.inspection} checklist={data.checklist} />}</QueryBoundary>;
}

function SaveStatus({ state, waiting }: { readonly state: SaveState; readonly waiting: number }) {
  const t = useT();
  const text = {
    saved: t('inspection.saved'),
    waiting: t('inspection.waiting', { count: waiting }),
    saving: t('inspection.saving'),
    offline: t('inspection.offline', { count: waiting }),
    refused: t('inspection.refused'),
  }[state];
  const color = { saved: 'success', waiting: 'processing', saving: 'processing', offline: 'warning', refused: 'error' }[state];
  const icon = state === 'saved' ? <CheckCircleOutlined aria-hidden /> : state === 'offline' || state === 'refused' ? <WarningOutlined aria-hidden /> : <CloudSyncOutlined aria-hidden />;
  return <Tag color={color} icon={icon} data-testid="save-status" data-state={state} role="status">{text}</Tag>;
}

function Conduct({ inspection, checklist }: { readonly inspection: InspectionResponse; readonly checklist: ChecklistResponse }) {
  const t = useT();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const unit = useUnit(inspection.unitId);
  const saver = useAnswerSaver(inspection);
  const cancel = useCancelInspection(inspection.id);
  const [mode, setMode] = useState<Mode>('list');
  const answers = useMemo(() => effectiveAnswers(inspection, saver.pending), [inspection, saver.pending]);
  const sections = useMemo(() => sectionsOf(checklist.items, inspection.itemIds), [checklist.items, inspection.itemIds]);
  const ordered = sections.flatMap((section) => section.items);
  const progress = progressOf(inspection.itemIds, answers);
  const numberOf = new Map(ordered.map((item, position) => [item.id, position + 1]));
  const mine = inspection.inspectorId === user.id;
  const continueOffline = useContinueOffline({ inspection, checklist, unitName: unit.data?.name, pending: saver.pending, saveState: saver.saveState, enabled: mine && inspection.status === 'in_progress' });

  if (inspection.status !== 'in_progress' || !mine) return <Closed inspection={inspection} checklist={checklist} unitName={unit.data?.name} />;

  const itemCard = (item: (typeof ordered)[number]) => (
    <AnswerItem key={item.id} item={item} number={numberOf.get(item.id) ?? 0} answer={answers.get(item.id)} onUpdate={saver.updateAnswer} />
  );
  return (
    <div className="field-page inspection-conduct">
      <div className="page-header">
        <Space align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} aria-label={t('common.back')} onClick={() => navigate(-1)} />
          <Typography.Title level={2}>{unit.data?.name ?? '…'}</Typography.Title>
          <InspectionStatusTag inspection={inspection} />
        </Space>
      </div>
      <Summary inspection={inspection} checklist={checklist} progress={progress} saver={saver} mode={mode} onMode={setMode} />
      <ProblemAlert error={saver.error} />
      {mode === 'list' ? <SectionList sections={sections} render={itemCard} /> : <OneByOne items={ordered} render={itemCard} />}
      <FinishCard
        inspection={inspection}
        unanswered={progress.total - progress.answered}
        busy={saver.waiting > 0}
        onFinished={() => window.scrollTo({ top: 0 })}
        onSignalLost={continueOffline}
      />
      <ProblemAlert error={cancel.error} />
      <Popconfirm title={t('inspection.cancelConfirm')} onConfirm={() => cancel.mutate()}>
        <Button danger type="link" loading={cancel.isPending}>{t('inspection.cancel')}</Button>
      </Popconfirm>
    </div>
  );
}


/** Finished (with the hazards it produced), cancelled, or someone else's: nothing to answer here. */
function Closed({ inspection, checklist, unitName }: { readonly inspection: InspectionResponse; readonly checklist: ChecklistResponse; readonly unitName: string | undefined }) {
  const t = useT();
  const user = useCurrentUser();
  return (
    <Result
      status={inspection.status === 'finished' ? 'success' : 'info'}
      title={inspection.status === 'finished' ? t('inspection.finishedTitle') : inspectionLabel(t, 'inspectionStatus', inspection.status)}
      subTitle={unitName}
      extra={[
        <Link key="record" to={`/inspections/${inspection.id}`}><Button type="primary">{t('inspection.openRecord')}</Button></Link>,
        // An enterprise checks only its own unit: "check another one" would lead nowhere.
        ...(inspection.kind === 'self_inspection' ? [] : [<Link key="again" to={startPath(user)}><Button>{t('inspection.newInspection')}</Button></Link>]),
      ]}
    >
      {inspection.status === 'finished' && <FinishedHazards inspection={inspection} items={checklist.items} />}
    </Result>
  );
}

/** What is being checked, how far along, whether the answers reached the server; the layout switch. */
function Summary({ inspection, checklist, progress, saver, mode, onMode }: {
  readonly inspection: InspectionResponse;
  readonly checklist: ChecklistResponse;
  readonly progress: InspectionProgress;
  readonly saver: { readonly saveState: SaveState; readonly waiting: number };
  readonly mode: Mode;
  readonly onMode: (mode: Mode) => void;
}) {
  const t = useT();
  return (
    <Card size="small" className="inspection-summary">
      <Space direction="vertical" style={{ width: '100%' }} size={4}>
        <Typography.Text strong>{checklist.name}</Typography.Text>
        <Typography.Text type="secondary" data-testid="start-distance">
          {t('inspection.distance', { distance: inspection.distanceMetres })}
          {inspection.farReason ? ` · ${inspection.farReason}` : ''}
        </Typography.Text>
        <Progress percent={progress.total === 0 ? 100 : Math.round((progress.answered / progress.total) * 100)} showInfo={false} aria-hidden />
        <Space wrap>
          <Typography.Text data-testid="progress">{t('inspection.progress', { answered: progress.answered, total: progress.total })}</Typography.Text>
          {progress.failed > 0 && <Tag color="error">{t('inspection.failedCount', { count: progress.failed })}</Tag>}
          <SaveStatus state={saver.saveState} waiting={saver.waiting} />
        </Space>
        <Segmented
          aria-label={t('inspection.viewMode')}
          value={mode}
          onChange={(value) => onMode(value as Mode)}
          options={[{ value: 'list', label: t('inspection.viewList') }, { value: 'single', label: t('inspection.viewOneByOne') }]}
        />
      </Space>
    </Card>
  );
}

/** One item at a time, with previous and next: for a small screen in a noisy workshop. */
function OneByOne({ items, render }: { readonly items: readonly ChecklistItem[]; readonly render: (item: ChecklistItem) => ReactNode }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const current = items[Math.min(index, items.length - 1)];
  if (!current) return null;
  return (
    <section className="answer-section" aria-live="polite">
      <Typography.Title level={4}>{current.section}</Typography.Title>
      <Typography.Text type="secondary">{t('inspection.itemOf', { index: Math.min(index, items.length - 1) + 1, total: items.length })}</Typography.Text>
      {render(current)}
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Button disabled={index === 0} onClick={() => setIndex((value) => Math.max(0, value - 1))}>{t('inspection.previous')}</Button>
        <Button type="primary" disabled={index >= items.length - 1} onClick={() => setIndex((value) => Math.min(items.length - 1, value + 1))}>{t('inspection.next')}</Button>
      </Space>
    </section>
  );
}

/** Every item, grouped by the checklist's sections. */
function SectionList({ sections, render }: { readonly sections: readonly ItemSection[]; readonly render: (item: ChecklistItem) => ReactNode }) {
  return (
    <>
      {sections.map((section, index) => (
        <section key={section.section} aria-labelledby={`section-${index}`} className="answer-section">
          <Typography.Title level={4} id={`section-${index}`}>{section.section}</Typography.Title>
          {section.items.map(render)}
        </section>
      ))}
    </>
  );
}
