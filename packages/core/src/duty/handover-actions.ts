import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { dutyManageRefused, handoverAlreadyAcknowledged, handoverNotFound } from './duty-errors.js';
import { canPlanRoster } from './duty-policy.js';
import type { DutyHandover } from './handover.js';

export interface WriteHandoverInput {
  readonly regionCode: string;
  readonly warnings?: string | undefined;
  readonly notes?: string | undefined;
}

/** 交接班: the outgoing officer's log; the open incidents of the office's area are listed in it as they stand. */
export async function writeHandover(deps: CoreDeps, actor: Actor, input: WriteHandoverInput): Promise<DutyHandover> {
  if (!canPlanRoster(actor, input.regionCode)) throw dutyManageRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction(async (stores) => {
    const scope = input.regionCode === actor.districtCode ? { districtCode: actor.districtCode } : { districtCode: actor.districtCode, townCode: input.regionCode };
    const open = await stores.incidents.listOpen(scope);
    const handover: DutyHandover = {
      id: context.deps.ids.newId(), districtCode: actor.districtCode, regionCode: input.regionCode, writtenBy: actor.userId, writtenByName: actor.displayName,
      writtenAt: context.now.toISOString(), openIncidents: open.map((incident) => ({ id: incident.id, unitName: incident.facts.unitName, grade: incident.grade })),
      warnings: input.warnings?.trim() ?? '', notes: input.notes?.trim() ?? '', acknowledgedBy: null, acknowledgedByName: null, acknowledgedAt: null,
    };
    await stores.duty.insertHandover(handover);
    return handover;
  });
}

/** The incoming officer acknowledges (签收) a handover of their office, once. */
export async function acknowledgeHandover(deps: CoreDeps, actor: Actor, handoverId: string): Promise<DutyHandover> {
  const context = writeContext(deps, actor);
  if (!handoverId) throw invalidInput([{ path: '/id', code: 'required' }]);
  return deps.inTransaction(async (stores) => {
    const handover = await stores.duty.findHandover(handoverId, actor.districtCode);
    if (!handover) throw handoverNotFound(handoverId);
    if (!canPlanRoster(actor, handover.regionCode)) throw dutyManageRefused();
    if (handover.acknowledgedAt !== null) throw handoverAlreadyAcknowledged();
    const acknowledged = { ...handover, acknowledgedBy: actor.userId, acknowledgedByName: actor.displayName, acknowledgedAt: context.now.toISOString() };
    if (!(await stores.duty.acknowledgeHandover(acknowledged))) throw handoverAlreadyAcknowledged();
    return acknowledged;
  });
}
