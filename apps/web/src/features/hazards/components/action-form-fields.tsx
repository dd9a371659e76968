import { DISMISS_REASONS, REVIEW_FINDINGS, type HazardAction, type HazardAssigneeResponse, type HazardResponse } from '@safegrid/contracts';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import { todayInShanghai, type dayjs } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf, optionsOf } from '../../../shared/i18n/labels';
import { PhotoUploadField } from '../../photos/photo-upload-field';
import { useHazardEvidence } from '../../evidence/evidence-api';
import { DuplicateOfSelect } from '../../public-report/duplicate-of-select';

const beforeToday = (date: dayjs.Dayjs) => date.format('YYYY-MM-DD') < todayInShanghai();

/** The fields each action asks for, labelled with the API's field names. */
export function ActionFormFields({ action, hazard, assignees }: {
  readonly action: HazardAction;
  readonly hazard: HazardResponse;
  readonly assignees: readonly HazardAssigneeResponse[] | undefined;
}) {
  const t = useT();
  const assigneeSelect = (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={action === 'assign'}
      loading={!assignees}
      options={(assignees ?? []).map((user) => ({ value: user.id, label: `${user.displayName} · ${labelOf(t, 'role', user.role)}` }))}
    />
  );
  const note = (required: boolean) => (
    <Form.Item name="note" label={t(required ? 'action.reasonNote' : 'field.note')} required={required}>
      <Input.TextArea rows={3} maxLength={2000} showCount />
    </Form.Item>
  );
  const deadline = (required: boolean) => (
    <Form.Item name="deadline" label={t('field.deadline')} required={required} extra={required ? undefined : t('action.deadlineDefault')}>
      <DatePicker disabledDate={beforeToday} style={{ width: '100%' }} />
    </Form.Item>
  );

  switch (action) {
    case 'assign':
      return <><Form.Item name="assigneeId" label={t('field.assignee')} tooltip={t('field.assigneeHelp')}>{assigneeSelect}</Form.Item>{deadline(false)}{hazard.level === 'major' && <PlanFields />}{note(false)}</>;
    case 'reassign':
      return <><Form.Item name="assigneeId" label={t('field.assignee')} tooltip={t('field.assigneeHelp')} required>{assigneeSelect}</Form.Item>{note(false)}</>;
    case 'extend':
      return <>{deadline(true)}{note(true)}</>;
    case 'submit':
      return (
        <>
          <Form.Item name="photoIds" label={t('field.evidencePhotos')} required extra={t('action.evidenceHint')}>
            <PhotoUploadField unitId={hazard.unitId} />
          </Form.Item>
          {note(false)}
        </>
      );
    case 'close':
      return <><ClosePhotosField hazard={hazard} />{note(false)}</>;
    case 'review':
      return (
        <>
          <Form.Item name="photoIds" label={t('field.reviewPhotos')} required extra={t('action.reviewHint')}>
            <PhotoUploadField unitId={hazard.unitId} />
          </Form.Item>
          <Form.Item name="finding" label={t('field.finding')} required>
            <Radio.Group options={optionsOf(t, 'reviewFinding', REVIEW_FINDINGS)} />
          </Form.Item>
          {note(false)}
        </>
      );
    case 'return':
      return <>{note(true)}{deadline(false)}</>;
    case 'dismiss':
      return <><DismissFields hazardId={hazard.id} />{note(false)}</>;
  }
}

/** 销号: review photos, required unless a 复查 visit already brought some (ADR 0087). */
function ClosePhotosField({ hazard }: { readonly hazard: HazardResponse }) {
  const t = useT();
  const evidence = useHazardEvidence(hazard.id).data;
  const required = evidence ? evidence.reviewPhotosRequired && !evidence.hasReviewPhotos : false;
  return (
    <Form.Item name="photoIds" label={t('field.reviewPhotos')} required={required} extra={t(evidence?.reviewPhotosRequired ? 'action.closePhotosRequired' : 'action.closePhotosOptional')}>
      <PhotoUploadField unitId={hazard.unitId} />
    </Form.Item>
  );
}

/** 不予受理: untrue, or a duplicate of another hazard (picked from likely duplicates or found by its title). */
function DismissFields({ hazardId }: { readonly hazardId: string }) {
  const t = useT();
  return (
    <>
      <Form.Item name="reason" label={t('field.dismissReason')} required>
        <Radio.Group options={optionsOf(t, 'dismissReason', DISMISS_REASONS)} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(previous, next) => previous.reason !== next.reason}>
        {({ getFieldValue }) => getFieldValue('reason') === 'duplicate' && (
          <Form.Item name="duplicateOf" label={t('field.duplicateOf')}><DuplicateOfSelect hazardId={hazardId} /></Form.Item>
        )}
      </Form.Item>
    </>
  );
}

/** 五到位: a major hazard needs its plan complete before it is handed out. */
function PlanFields() {
  const t = useT();
  return (
    <fieldset className="plan-fields">
      <legend>{t('field.plan')}</legend>
      <Form.Item name={['plan', 'measures']} label={t('plan.measures')} required><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
      <Form.Item name={['plan', 'responsible']} label={t('plan.responsible')} required><Input maxLength={200} /></Form.Item>
      <Form.Item name={['plan', 'funds']} label={t('plan.funds')} required><Input maxLength={200} /></Form.Item>
      <Form.Item name={['plan', 'deadline']} label={t('plan.deadline')} required><DatePicker disabledDate={beforeToday} style={{ width: '100%' }} /></Form.Item>
      <Form.Item name={['plan', 'emergencyPlan']} label={t('plan.emergencyPlan')} required><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
    </fieldset>
  );
}
