import { HazardActionBody, type HazardAction, type HazardResponse } from '@safegrid/contracts';
import type { TSchema } from 'typebox';
import { dayjs } from '../../../shared/format/dates';

/** What the action dialog's form holds. */
export interface ActionFormValues {
  assigneeId?: string;
  deadline?: dayjs.Dayjs | null;
  note?: string;
  photoIds?: string[];
  reason?: string;
  duplicateOf?: string;
  finding?: string;
  plan?: { measures?: string; responsible?: string; funds?: string; deadline?: dayjs.Dayjs | null; emergencyPlan?: string };
}

const day = (value: dayjs.Dayjs | null | undefined) => value?.format('YYYY-MM-DD');
const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The request body of one action from the form, with the version the user saw (stale → refused). */
export function actionBodyOf(action: HazardAction, values: ActionFormValues, hazard: HazardResponse): Record<string, unknown> {
  const body: Record<string, unknown> = { action, expectedVersion: hazard.version };
  const set = (key: string, value: unknown) => {
    if (value !== undefined) body[key] = value;
  };
  switch (action) {
    case 'assign':
      set('assigneeId', values.assigneeId);
      set('deadline', day(values.deadline));
      if (hazard.level === 'major' && values.plan) {
        body.plan = {
          measures: values.plan.measures ?? '', responsible: values.plan.responsible ?? '', funds: values.plan.funds ?? '',
          deadline: day(values.plan.deadline) ?? '', emergencyPlan: values.plan.emergencyPlan ?? '',
        };
      }
      break;
    case 'reassign':
      set('assigneeId', values.assigneeId ?? '');
      break;
    case 'extend':
      set('deadline', day(values.deadline) ?? '');
      set('note', values.note?.trim() ?? '');
      return body;
    case 'submit':
      set('photoIds', values.photoIds ?? []);
      break;
    case 'return':
      set('note', values.note?.trim() ?? '');
      set('deadline', day(values.deadline));
      return body;
    case 'dismiss':
      set('reason', values.reason ?? '');
      set('duplicateOf', values.reason === 'duplicate' ? text(values.duplicateOf) : undefined);
      break;
    case 'close':
      // 复查 photos taken by the closer; without them the server looks for a recorded review visit.
      set('photoIds', values.photoIds?.length ? values.photoIds : undefined);
      break;
    case 'review':
      set('photoIds', values.photoIds ?? []);
      set('finding', values.finding ?? '');
      break;
  }
  set('note', text(values.note));
  return body;
}

/** The branch of the action union for one action: checked on its own, its errors name the right fields. */
export function actionSchemaOf(action: HazardAction): TSchema {
  const branches = (HazardActionBody as unknown as { oneOf: { properties: { action: { const: string } } }[] }).oneOf;
  const branch = branches.find((candidate) => candidate.properties.action.const === action);
  return (branch ?? HazardActionBody) as TSchema;
}

/** The form's initial values: a major hazard's plan as far as it was filled in. */
export function initialActionValues(hazard: HazardResponse): ActionFormValues {
  if (!hazard.plan) return {};
  const { measures, responsible, funds, deadline, emergencyPlan } = hazard.plan;
  return { plan: { measures, responsible, funds, emergencyPlan, deadline: deadline ? dayjs(deadline) : null } };
}
