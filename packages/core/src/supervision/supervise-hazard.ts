import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import type { Hazard, HazardEvent } from '../hazards/hazard.js';
import { hazardNotFound } from '../hazards/hazard-errors.js';
import { isOpenStatus } from '../hazards/hazard-status.js';
import { recordHazardEvent } from '../hazards/record-hazard-event.js';
import { isCalendarDate, shanghaiDate } from '../shared/calendar-date.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { HazardSupervision } from './supervision.js';

export interface SuperviseHazardInput {
  readonly hazardId: string;
  readonly supervisingDepartment: string;
  readonly requiredBy: string;
}

const MAX_DEPARTMENT_LENGTH = 60;

function requireDistrictOffice(actor: Actor, code: string): void {
  if (!isDistrictOffice(actor)) throw new DomainError('permission_denied', code, 'Only the district office lists and delists hazards for supervision.');
}

function supervisionEvent(context: WriteContext, hazard: Hazard, action: 'supervise' | 'unsupervise', details: Record<string, unknown>): HazardEvent {
  const { deps, actor } = context;
  return {
    id: deps.ids.newId(), hazardId: hazard.id, districtCode: hazard.districtCode, action,
    fromStatus: hazard.status, toStatus: hazard.status,
    actorId: actor.userId, actorName: actor.displayName, actorRole: actor.role,
    at: context.now.toISOString(), note: null, photoIds: [], details,
  };
}

/** 挂牌督办: the district office lists an open MAJOR hazard with a supervising department and a required completion date. */
export async function superviseHazardRecord(stores: Stores, context: WriteContext, input: SuperviseHazardInput): Promise<HazardSupervision> {
  const { actor } = context;
  requireDistrictOffice(actor, 'supervision.refused');
  const department = input.supervisingDepartment.trim();
  const problems: FieldProblem[] = [];
  if (!department) problems.push({ path: '/supervisingDepartment', code: 'required' });
  else if (department.length > MAX_DEPARTMENT_LENGTH) problems.push({ path: '/supervisingDepartment', code: 'too_long', params: { limit: MAX_DEPARTMENT_LENGTH } });
  if (!isCalendarDate(input.requiredBy)) problems.push({ path: '/requiredBy', code: 'format' });
  else if (input.requiredBy < shanghaiDate(context.now)) problems.push({ path: '/requiredBy', code: 'in_past' });
  if (problems.length > 0) throw invalidInput(problems);
  const hazard = await stores.hazards.findById(input.hazardId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(input.hazardId);
  if (hazard.level !== 'major') throw new DomainError('rule_violation', 'supervision.not_major', 'Only a major hazard is listed for supervision.');
  if (!isOpenStatus(hazard.status)) throw new DomainError('conflict', 'supervision.hazard_closed', 'A closed or dismissed hazard is not listed.', { status: hazard.status });
  const supervision: HazardSupervision = {
    districtCode: hazard.districtCode, hazardId: hazard.id, supervisingDepartment: department, requiredBy: input.requiredBy,
    listedBy: actor.userId, listedByName: actor.displayName, listedAt: context.now.toISOString(),
    delistedBy: null, delistedByName: null, delistedAt: null,
  };
  if (!(await stores.supervisions.insert(supervision))) throw new DomainError('conflict', 'supervision.already_listed', 'The hazard is already listed for supervision.');
  await recordHazardEvent(stores, context.deps, supervisionEvent(context, hazard, 'supervise', {
    supervisingDepartment: department, requiredBy: input.requiredBy, listedBy: actor.displayName, listedById: actor.userId,
  }));
  return supervision;
}

/** 摘牌: the district office delists a supervised hazard once it is closed (销号). */
export async function unsuperviseHazardRecord(stores: Stores, context: WriteContext, hazardId: string): Promise<HazardSupervision> {
  const { actor } = context;
  requireDistrictOffice(actor, 'supervision.refused');
  const hazard = await stores.hazards.findById(hazardId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(hazardId);
  const current = await stores.supervisions.find(hazard.id, hazard.districtCode);
  if (!current || current.delistedAt) throw new DomainError('not_found', 'supervision.not_listed', 'The hazard is not listed for supervision.');
  if (hazard.status !== 'closed') throw new DomainError('conflict', 'supervision.not_closed', 'A supervised hazard is delisted only after it is closed.', { status: hazard.status });
  const at = context.now.toISOString();
  await stores.supervisions.delist({ hazardId: hazard.id, districtCode: hazard.districtCode, by: actor.userId, byName: actor.displayName, at });
  await recordHazardEvent(stores, context.deps, supervisionEvent(context, hazard, 'unsupervise', { supervisingDepartment: current.supervisingDepartment }));
  return { ...current, delistedBy: actor.userId, delistedByName: actor.displayName, delistedAt: at };
}

export async function superviseHazard(deps: CoreDeps, actor: Actor, input: SuperviseHazardInput): Promise<HazardSupervision> {
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => superviseHazardRecord(stores, context, input));
}

export async function unsuperviseHazard(deps: CoreDeps, actor: Actor, hazardId: string): Promise<HazardSupervision> {
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => unsuperviseHazardRecord(stores, context, hazardId));
}
