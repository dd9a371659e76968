import type { HazardAction, HazardActionBody, HazardResponse } from '@safegrid/contracts';
import { App, Form, Modal } from 'antd';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { checkAgainst } from '../../../shared/forms/schema-check';
import { useFormErrors } from '../../../shared/forms/use-form-errors';
import { useI18n } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { useHazardAction, useHazardAssignees } from '../use-hazards';
import { actionBodyOf, actionSchemaOf, initialActionValues, type ActionFormValues } from './action-body';
import { ActionFormFields } from './action-form-fields';

const FIELD_NAMES = ['assigneeId', 'deadline', 'note', 'photoIds', 'reason', 'duplicateOf', 'plan', 'finding'];

/**
 * One lifecycle action as a dialog: checked against the same schema the API uses before it is
 * sent; a refusal (wrong state, wrong role, stale version, bad field) is shown in the dialog.
 */
export function ActionDialog({ hazard, action, onClose }: {
  readonly hazard: HazardResponse;
  readonly action: HazardAction;
  readonly onClose: () => void;
}) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionFormValues>();
  const errors = useFormErrors(form, FIELD_NAMES);
  const mutation = useHazardAction(hazard.id);
  const needsAssignees = action === 'assign' || action === 'reassign';
  const assignees = useHazardAssignees(hazard.id, needsAssignees);

  const submit = (values: ActionFormValues) => {
    errors.clearError();
    const body = actionBodyOf(action, values, hazard);
    if (errors.showProblems(checkAgainst(actionSchemaOf(action), body, language))) return;
    mutation.mutate(body as HazardActionBody, {
      onSuccess: () => {
        void message.success(t('action.done', { action: labelOf(t, 'hazardAction', action) }));
        onClose();
      },
      onError: errors.showError,
    });
  };

  return (
    <Modal
      open
      title={labelOf(t, 'hazardAction', action)}
      okText={t('action.confirm')}
      cancelText={t('action.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <ProblemAlert error={errors.error} />
      <Form<ActionFormValues> form={form} layout="vertical" onValuesChange={errors.clearChanged} name={`action-${action}`} initialValues={initialActionValues(hazard)} onFinish={submit}>
        <ActionFormFields action={action} hazard={hazard} assignees={assignees.data} />
      </Form>
    </Modal>
  );
}
