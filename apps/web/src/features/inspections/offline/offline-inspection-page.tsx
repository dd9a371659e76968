import { CheckCircleOutlined, CloudSyncOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Progress, Result, Space, Spin, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../../shared/i18n/i18n';
import { useCurrentUser } from '../../auth/use-session';
import { useOutbox } from '../../field/outbox/outbox-context';
import { AnswerItem } from '../components/answer-item';
import { SignaturePad, signatureBlob } from '../components/signature-pad';
import { draftProblems, progressOf, sectionsOf, type AnswerDraft } from '../inspection-draft';
import { LocalAnswerPhotos, LocalPhotosContext, type LocalPhotos } from './local-answer-photos';
import { QueuedInspectionList } from './queued-inspection-list';
import { isLocalPhoto, unansweredOf, type QueuedInspection } from './queued-inspection';
import '../inspections.css';

/**
 * An inspection done on the phone without signal (ADR 0094): answered and signed here, kept in the
 * phone's outbox, and sent in order — start, answers, finish — once there is a connection.
 */
export function OfflineInspectionPage() {
  const t = useT();
  const { id = '' } = useParams();
  const outbox = useOutbox();
  const delivered = outbox.deliveredInspections.find((inspection) => inspection.queuedId === id);
  const queued = outbox.inspections.find((inspection) => inspection.id === id);
  if (delivered) {
    return (
      <Result
        status="success"
        data-testid="inspection-synced"
        title={t('outbox.inspectionDelivered')}
        subTitle={delivered.unitName}
        extra={<Link to={`/inspections/${delivered.inspectionId}`}><Button type="primary">{t('inspection.openRecord')}</Button></Link>}
      />
    );
  }
  if (!outbox.ready) return <Spin />;
  if (!queued) return <Result status="info" title={t('inspection.offlineNotFound')} />;
  return <OfflineConduct key={queued.id} initial={queued} />;
}

/** Writes go to the phone one after another; the screen says 已保存 only once the last is on disk. */
function usePhoneCopy(initial: QueuedInspection) {
  const { saveInspection } = useOutbox();
  const [current, setCurrent] = useState(initial);
  const latest = useRef(initial);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [writing, setWriting] = useState(0);
  const [failed, setFailed] = useState(false);
  const save = (next: QueuedInspection): Promise<void> => {
    latest.current = next;
    setCurrent(next);
    setWriting((count) => count + 1);
    chain.current = chain.current
      .then(() => saveInspection(next))
      .then(() => setFailed(false), () => setFailed(true))
      .finally(() => setWriting((count) => count - 1));
    return chain.current;
  };
  const updateAnswer = (itemId: string, change: (current: AnswerDraft) => Partial<AnswerDraft>) => {
    const base = latest.current;
    const existing = base.answers[itemId] ?? { itemId, result: 'pass', note: '', photoIds: [], fixedOnSite: null };
    void save({ ...base, answers: { ...base.answers, [itemId]: { ...existing, ...change(existing), itemId } } });
  };
  const photos: LocalPhotos = {
    photos: current.photos,
    keep: (taken) => void save({ ...latest.current, photos: { ...latest.current.photos, ...taken } }),
  };
  return { current, latest, save, updateAnswer, photos, writing: writing > 0, failed };
}

/** Only the photos an answer still holds travel with the inspection. */
function keptPhotos(queued: QueuedInspection): QueuedInspection['photos'] {
  const used = new Set(Object.values(queued.answers).flatMap((answer) => [...answer.photoIds, ...(answer.fixedOnSite?.evidencePhotoIds ?? [])]).filter(isLocalPhoto));
  return Object.fromEntries(Object.entries(queued.photos).filter(([key]) => used.has(key)));
}

function OfflineConduct({ initial }: { readonly initial: QueuedInspection }) {
  const t = useT();
  const copy = usePhoneCopy(initial);
  const { current } = copy;
  const answers = useMemo(() => new Map(current.itemIds.flatMap((itemId) => {
    const answer = current.answers[itemId];
    return answer ? [[itemId, answer] as const] : [];
  })), [current]);
  const sections = useMemo(() => sectionsOf(current.items, current.itemIds), [current.items, current.itemIds]);
  const numberOf = new Map(sections.flatMap((section) => section.items).map((item, index) => [item.id, index + 1]));
  const progress = progressOf(current.itemIds, answers);

  if (current.state !== 'draft') return <Queued queued={current} />;
  return (
    <LocalPhotosContext.Provider value={copy.photos}>
      <div className="field-page inspection-conduct">
        <div className="page-header">
          <Space align="center" wrap>
            <Typography.Title level={2}>{current.unitName}</Typography.Title>
            <Tag color="warning">{t('inspection.offlineTitle')}</Tag>
          </Space>
        </div>
        <Alert type="info" showIcon title={t('inspection.offlineBanner')} style={{ marginBottom: 12 }} />
        <Card size="small" className="inspection-summary">
          <Space direction="vertical" style={{ width: '100%' }} size={4}>
            <Typography.Text strong>{current.checklistName}</Typography.Text>
            <Progress percent={progress.total === 0 ? 100 : Math.round((progress.answered / progress.total) * 100)} showInfo={false} aria-hidden />
            <Space wrap>
              <Typography.Text data-testid="progress">{t('inspection.progress', { answered: progress.answered, total: progress.total })}</Typography.Text>
              {progress.failed > 0 && <Tag color="error">{t('inspection.failedCount', { count: progress.failed })}</Tag>}
              <PhoneSaveStatus writing={copy.writing} failed={copy.failed} />
            </Space>
          </Space>
        </Card>
        {sections.map((section, index) => (
          <section key={section.section} aria-labelledby={`section-${index}`} className="answer-section">
            <Typography.Title level={4} id={`section-${index}`}>{section.section}</Typography.Title>
            {section.items.map((item) => (
              <AnswerItem key={item.id} item={item} number={numberOf.get(item.id) ?? 0} answer={answers.get(item.id)} onUpdate={copy.updateAnswer} Photos={LocalAnswerPhotos} />
            ))}
          </section>
        ))}
        <OfflineFinish
          unanswered={unansweredOf(current)}
          blocked={copy.writing || Object.values(current.answers).some((answer) => draftProblems(answer).length > 0)}
          onSign={async (signedBy, blob) => {
            const latest = copy.latest.current;
            await copy.save({
              ...latest, photos: keptPhotos(latest), state: 'pending',
              finish: { signedBy, signature: { name: 'signature.png', blob, photoId: null } },
            });
          }}
        />
      </div>
    </LocalPhotosContext.Provider>
  );
}

function PhoneSaveStatus({ writing, failed }: { readonly writing: boolean; readonly failed: boolean }) {
  const t = useT();
  const state = writing ? 'saving' : failed ? 'failed' : 'saved';
  const text = { saving: t('inspection.savingOnPhone'), failed: t('inspection.phoneSaveFailed'), saved: t('inspection.savedOnPhone') }[state];
  const icon = { saving: <CloudSyncOutlined aria-hidden />, failed: <WarningOutlined aria-hidden />, saved: <CheckCircleOutlined aria-hidden /> }[state];
  return <Tag color={{ saving: 'processing', failed: 'error', saved: 'success' }[state]} icon={icon} data-testid="save-status" data-state={state} role="status">{text}</Tag>;
}

/** 签字确认 without signal: the signature is kept as an image and uploaded when the inspection syncs. */
function OfflineFinish({ unanswered, blocked, onSign }: {
  readonly unanswered: number;
  readonly blocked: boolean;
  readonly onSign: (signedBy: string, signature: Blob) => Promise<void>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const selfInspection = useCurrentUser().role === 'enterprise';
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hasInk, setHasInk] = useState(false);
  const [signing, setSigning] = useState(false);
  const submit = async ({ signedBy }: { signedBy: string }) => {
    setSigning(true);
    try {
      const blob = await signatureBlob(canvas.current);
      if (!blob) return;
      // Said only once the phone's database committed it.
      await onSign(signedBy.trim(), blob);
      void message.success(navigator.onLine ? t('inspection.queuedOnline') : t('inspection.queued'));
    } finally {
      setSigning(false);
    }
  };
  return (
    <Card title={t('inspection.finishTitle')} className="section-card">
      {unanswered > 0 && <Alert type="info" showIcon title={t('inspection.unanswered', { count: unanswered })} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" onFinish={(values: { signedBy: string }) => void submit(values)} requiredMark>
        <Form.Item name="signedBy" label={t(selfInspection ? 'inspection.selfSignedBy' : 'inspection.signedBy')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item label={t('inspection.signature')} required htmlFor="signature-pad" help={hasInk ? undefined : t('inspection.signatureMissing')}>
          <SignaturePad canvasRef={canvas} onInk={setHasInk} id="signature-pad" selfInspection={selfInspection} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block disabled={!hasInk || unanswered > 0 || blocked} loading={signing}>{t('inspection.finish')}</Button>
      </Form>
    </Card>
  );
}

/** Signed on the phone: waiting to sync, or refused with the server's words (kept until dealt with). */
function Queued({ queued }: { readonly queued: QueuedInspection }) {
  const t = useT();
  const { sync, syncing } = useOutbox();
  return (
    <div className="field-page">
      <Result
        status="info"
        data-testid="inspection-queued"
        title={t('inspection.queuedTitle')}
        subTitle={`${queued.unitName} · ${queued.checklistName}`}
        extra={[
          <Button key="sync" type="primary" loading={syncing} onClick={() => void sync()}>{t('outbox.syncNow')}</Button>,
          <Link key="outbox" to="/m/report#outbox"><Button>{t('inspection.openOutbox')}</Button></Link>,
        ]}
      />
      <QueuedInspectionList />
    </div>
  );
}
