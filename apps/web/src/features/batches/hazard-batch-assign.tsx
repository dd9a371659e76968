import { BatchAssignHazardsBody, type HazardAssigneeResponse, type HazardResponse } from '@safegrid/contracts';
import { useQueries } from '@tanstack/react-query';
import { Alert, App, Button, Form, Modal } from 'antd';
import { useCallback, useState } from 'react';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n, useT } from '../../shared/i18n/i18n';
import { useRowSelection, type RowSelectionState } from '../../shared/components/use-row-selection';
import { can, useCurrentUser } from '../auth/use-session';
import { actionBodyOf, type ActionFormValues } from '../hazards/components/action-body';
import { ActionFormFields } from '../hazards/components/action-form-fields';
import { hazardsApi } from '../hazards/hazards-api';
import { hazardKeys } from '../hazards/use-hazards';
import { useBatchAssignHazards } from './batch-api';
import { BatchBar, pageSelectionOf } from './batch-bar';
import { BatchProblemAlert } from './batch-problem-alert';

const FIELD_NAMES = ['assigneeId', 'deadline', 'note'];

/** The hazard list's selection: rows that may be assigned now (待核实 with 交办 offered to the caller). */
export function useHazardBatchSelection(): RowSelectionState<HazardResponse> {
  const t = useT();
  const selectable = useCallback((hazard: HazardResponse) => hazard.availableActions.includes('assign'), []);
  const labelOf = useCallback((hazard: HazardResponse) => t('batch.selectRow', { name: hazard.title }), [t]);
  return useRowSelection(selectable, labelOf);
}

/**
 * Whether the list offers checkboxes: to those who may take actions, when a row on the page may be
 * assigned by them or rows are already selected (a grid worker never sees an empty checkbox column).
 */
export function useCanBatchAssign(hazards: readonly HazardResponse[], selection: RowSelectionState<HazardResponse>): boolean {
  return can(useCurrentUser(), 'hazard.act') && (selection.ids.length > 0 || hazards.some((hazard) => hazard.availableActions.includes('assign')));
}

/** 批量交办: the selection bar of the hazard list (with 选择本页 for `page`) and its dialog. */
export function HazardBatchAssign({ selection, page }: { readonly selection: RowSelectionState<HazardResponse>; readonly page: readonly HazardResponse[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <BatchBar count={selection.ids.length} full={selection.full} onClear={selection.clear} page={pageSelectionOf(selection, page)}>
        <Button type="primary" size="small" onClick={() => setOpen(true)}>{t('batch.assign')}</Button>
      </BatchBar>
      {open && <BatchAssignDialog hazards={selection.rows} onClose={(done) => { setOpen(false); if (done) selection.clear(); }} />}
    </>
  );
}

/**
 * The single 交办's fields and checks (`ActionFormFields`, `actionBodyOf`), for all selected hazards;
 * the body is checked against the API's own schema before sending. A major hazard keeps the
 * 五到位 plan it has (the batch sends none), so one without a complete plan is refused by name.
 */
function BatchAssignDialog({ hazards, onClose }: { readonly hazards: readonly HazardResponse[]; readonly onClose: (done: boolean) => void }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionFormValues>();
  const errors = useFormErrors(form, FIELD_NAMES);
  const mutation = useBatchAssignHazards();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const assignees = useCommonAssignees(hazards);
  const first = hazards[0];
  if (!first) return null;
  const representative = { ...first, level: 'general' as const, plan: null };

  const submit = (values: ActionFormValues) => {
    errors.clearError();
    const { assigneeId, deadline, note } = actionBodyOf('assign', values, representative) as { assigneeId?: string; deadline?: string; note?: string };
    const body = { hazardIds: hazards.map((hazard) => hazard.id), ...(assigneeId ? { assigneeId } : {}), ...(deadline ? { deadline } : {}), ...(note ? { note } : {}) };
    if (errors.showProblems(checkAgainst(BatchAssignHazardsBody, body, language))) return;
    mutation.mutate({ body, idempotencyKey }, {
      onSuccess: (result) => {
        void message.success(t('batch.assigned', { count: result.items.length }));
        onClose(true);
      },
      onError: errors.showError,
    });
  };

  return (
    <Modal
      open
      title={t('batch.assignTitle', { count: hazards.length })}
      okText={t('action.confirm')}
      cancelText={t('action.cancel')}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('batch.assignHint')} description={<>{t('batch.allOrNone')}<br />{t('batch.assigneesCommon')}</>} style={{ marginBottom: 16 }} />
      <BatchProblemAlert error={errors.error} names={hazards.map((hazard) => hazard.title)} />
      <Form<ActionFormValues> form={form} layout="vertical" onValuesChange={errors.clearChanged} name="batch-assign" onFinish={submit}>
        <ActionFormFields action="assign" hazard={representative} assignees={assignees} />
      </Form>
    </Modal>
  );
}

/** People who may take every selected hazard: those offered for each one (the same list as a single 交办). */
function useCommonAssignees(hazards: readonly HazardResponse[]): HazardAssigneeResponse[] | undefined {
  const results = useQueries({
    queries: hazards.map((hazard) => ({
      queryKey: hazardKeys.assignees(hazard.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => hazardsApi.assignees(hazard.id, signal),
      staleTime: 5 * 60_000,
    })),
  });
  if (results.some((result) => result.isPending)) return undefined;
  const [first = [], ...rest] = results.map((result) => result.data ?? []);
  return first.filter((person) => rest.every((list) => list.some((other) => other.id === person.id)));
}
