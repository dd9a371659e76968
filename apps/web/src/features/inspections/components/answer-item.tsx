import { ANSWER_RESULTS, type AnswerResult, type ChecklistItem } from '@safegrid/contracts';
import { Alert, Card, Checkbox, Input, Radio, Space, Typography } from 'antd';
import type { ComponentType } from 'react';
import { useT } from '../../../shared/i18n/i18n';
import { draftProblems, type AnswerDraft } from '../inspection-draft';
import { inspectionLabel } from '../inspection-labels';
import { AnswerPhotos, type AnswerPhotosProps } from './answer-photos';
import { FailureMeans, LegalBasis } from './legal-basis';

const EMPTY_FIX = { evidencePhotoIds: [], note: '' } as const;

/**
 * One check on site: the text, its legal basis and what a failure means; pass / fail / 不适用;
 * for a failure the note and photos that become the hazard, or 立查立改 with photos of the fix.
 */
export type AnswerUpdate = (current: AnswerDraft) => Partial<AnswerDraft>;
type Change = (patch: Partial<AnswerDraft> | AnswerUpdate) => void;

export function AnswerItem({ item, answer, onUpdate, number, disabled, Photos = AnswerPhotos }: {
  readonly item: ChecklistItem;
  readonly answer: AnswerDraft | undefined;
  /** Changes the item's answer from its latest state (a photo may finish uploading after a note was typed). */
  readonly onUpdate: (itemId: string, update: AnswerUpdate) => void;
  readonly number: number;
  readonly disabled?: boolean;
  /** How photos are taken: uploaded at once, or kept on the phone for an inspection done offline. */
  readonly Photos?: ComponentType<AnswerPhotosProps>;
}) {
  const t = useT();
  const titleId = `item-${item.id}`;
  const change: Change = (patch) => onUpdate(item.id, typeof patch === 'function' ? patch : () => patch);
  const failed = answer?.result === 'fail';
  return (
    <Card size="small" className={`answer-item answer-${answer?.result ?? 'open'}`} data-testid={`item-${item.id}`} aria-labelledby={titleId}>
      <Space direction="vertical" style={{ width: '100%' }} size={6}>
        <Typography.Text strong id={titleId}>{number}. {item.text}</Typography.Text>
        <div>
          <Typography.Text type="secondary">{t('inspection.legalBasis')}</Typography.Text>
          <LegalBasis citations={item.legalBasis} />
        </div>
        <FailureMeans item={item} />
        <Radio.Group
          aria-label={`${t('inspection.result')} ${item.id}`}
          optionType="button"
          buttonStyle="solid"
          disabled={disabled}
          value={answer?.result}
          onChange={(event) => change({ result: event.target.value as AnswerResult })}
          options={ANSWER_RESULTS.map((result) => ({ value: result, label: inspectionLabel(t, 'answerResult', result) }))}
        />
        {answer && (
          <Input.TextArea
            aria-label={`${t('inspection.note')} ${item.id}`}
            placeholder={failed ? t('inspection.notePlaceholder') : t('inspection.note')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            disabled={disabled}
            value={answer.note}
            onChange={(event) => change({ note: event.target.value })}
          />
        )}
        {failed && <FailureFields item={item} answer={answer} change={change} disabled={disabled} Photos={Photos} />}
      </Space>
    </Card>
  );
}

/** For a failure: the photos that go with the hazard, or 立查立改 with photos of the fix (not for a major hazard). */
function FailureFields({ item, answer, change, disabled, Photos }: {
  readonly item: ChecklistItem;
  readonly answer: AnswerDraft;
  readonly change: Change;
  readonly disabled: boolean | undefined;
  readonly Photos: ComponentType<AnswerPhotosProps>;
}) {
  const t = useT();
  const fixable = item.hazardLevel !== 'major';
  return (
    <>
      <Photos
      value={answer.photoIds}
      onAdd={(ids) => change((current) => ({ photoIds: [...current.photoIds, ...ids].slice(0, 20) }))}
      onRemove={(id) => change((current) => ({ photoIds: current.photoIds.filter((kept) => kept !== id) }))}
      label={t('inspection.photos')} testId={`photos-${item.id}`} disabled={disabled} />
      <Checkbox
        checked={answer.fixedOnSite !== null}
        disabled={disabled || !fixable}
        onChange={(event) => change({ fixedOnSite: event.target.checked ? EMPTY_FIX : null })}
      >
        {fixable ? t('inspection.fixedOnSite') : t('inspection.fixedOnSiteMajor')}
      </Checkbox>
      {answer.fixedOnSite && (
        <Space direction="vertical" style={{ width: '100%' }} className="fixed-on-site">
          <Photos
            value={answer.fixedOnSite.evidencePhotoIds}
            onAdd={(ids) => change((current) => ({ fixedOnSite: { note: current.fixedOnSite?.note ?? '', evidencePhotoIds: [...(current.fixedOnSite?.evidencePhotoIds ?? []), ...ids].slice(0, 20) } }))}
          onRemove={(id) => change((current) => ({ fixedOnSite: { note: current.fixedOnSite?.note ?? '', evidencePhotoIds: (current.fixedOnSite?.evidencePhotoIds ?? []).filter((kept) => kept !== id) } }))}
            label={t('inspection.fixEvidence')}
            testId={`fix-photos-${item.id}`}
            disabled={disabled}
          />
          <Input
            aria-label={`${t('inspection.fixNote')} ${item.id}`}
            placeholder={t('inspection.fixNote')}
            maxLength={2000}
            disabled={disabled}
            value={answer.fixedOnSite.note}
            onChange={(event) => {
            const note = event.target.value;
            change((current) => ({ fixedOnSite: { evidencePhotoIds: current.fixedOnSite?.evidencePhotoIds ?? [], note } }));
          }}
          />
          {draftProblems(answer).includes('fixEvidence') && <Alert type="warning" showIcon title={t('inspection.fixEvidenceNeeded')} />}
        </Space>
      )}
    </>
  );
}
