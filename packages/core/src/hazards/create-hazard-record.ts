import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps, Stores } from '../deps.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Hazard, HazardCategory, HazardEvent, HazardLevel, HazardSource, RectificationPlan } from './hazard.js';
import { hazardOutsideScope } from './hazard-errors.js';
import { defaultDeadline } from './hazard-time-policy.js';
import { recordHazardEvent } from './record-hazard-event.js';

/** Where a new hazard sits: region, grid, unit, sector and point. */
export type HazardPlacement = Pick<Hazard, 'districtCode' | 'townCode' | 'villageCode' | 'gridId' | 'unitId' | 'sector' | 'location'>;

/** A checked hazard to record; whoever builds it has validated the fields. */
export interface HazardDraft {
  readonly placement: HazardPlacement;
  readonly source: HazardSource;
  readonly level: HazardLevel;
  readonly category: HazardCategory;
  readonly title: string;
  readonly description: string;
  readonly legalBasis: string | null;
  /** Equipment of the hazard's unit, checked by the caller (ADR 0086). */
  readonly equipmentId?: string | null | undefined;
  readonly photoIds: readonly string[];
  readonly foundAt: string;
  readonly plan: RectificationPlan | null;
  /** Written on the `report` event, e.g. the inspection and item a hazard came from. */
  readonly reportDetails?: Readonly<Record<string, unknown>> | undefined;
  /** 立查立改: found and fixed on the spot, closed at once with this evidence. */
  readonly fixedOnSite?: { readonly evidencePhotoIds: readonly string[]; readonly note?: string | undefined } | undefined;
}

export interface HazardRecordContext {
  readonly deps: Pick<CoreDeps, 'ids' | 'clock' | 'hazardTimePolicy' | 'workingCalendars'>;
  readonly stores: Stores;
  readonly actor: Actor;
  readonly now: Date;
  readonly today: CalendarDate;
}

/**
 * The one way a hazard comes into being, shared by reports and inspections: the hazard starts
 * 待核实 with its `report` event, and one fixed on the spot walks assign → submit → close at once.
 * Runs inside the caller's transaction; refuses a placement outside the actor's scope.
 */
export async function createHazardRecord(context: HazardRecordContext, draft: HazardDraft): Promise<Hazard> {
  const { deps, stores, actor } = context;
  const nowIso = context.now.toISOString();
  const hazard: Hazard = {
    id: deps.ids.newId(),
    ...draft.placement,
    source: draft.source,
    level: draft.level,
    category: draft.category,
    title: draft.title,
    description: draft.description,
    legalBasis: draft.legalBasis,
    ...(draft.equipmentId ? { equipmentId: draft.equipmentId } : {}),
    status: 'reported',
    deadline: null,
    assigneeId: null,
    plan: draft.plan,
    photoIds: draft.photoIds,
    reportedBy: actor.userId,
    reportedAt: nowIso,
    foundAt: draft.foundAt,
    submittedBy: null,
    closedAt: null,
    dismissReason: null,
    extensionCount: 0,
    updatedAt: nowIso,
    version: 1,
  };
  if (!isInScope(scopeFilterOf(actor), hazard)) throw hazardOutsideScope();
  await stores.hazards.insert(hazard);
  await stores.hazards.linkPhotos(hazard, hazard.photoIds);
  const event = (partial: EventDraft): HazardEvent => ({
    id: deps.ids.newId(), hazardId: hazard.id, districtCode: hazard.districtCode, actorId: actor.userId,
    actorName: actor.displayName, actorRole: actor.role, at: nowIso, note: null, photoIds: [], details: {}, ...partial,
  });
  await recordHazardEvent(stores, deps, event({ action: 'report', fromStatus: null, toStatus: 'reported', photoIds: hazard.photoIds, details: draft.reportDetails ?? {} }));
  if (!draft.fixedOnSite) return hazard;
  return closeOnTheSpot({ context, hazard, event, fixedOnSite: draft.fixedOnSite });
}

type EventDraft = Pick<HazardEvent, 'action' | 'fromStatus' | 'toStatus'> & Partial<HazardEvent>;

/** 立查立改: the finder rectified it while on site; the record still walks every step, with evidence. */
async function closeOnTheSpot(input: {
  context: HazardRecordContext;
  hazard: Hazard;
  event: (draft: EventDraft) => HazardEvent;
  fixedOnSite: NonNullable<HazardDraft['fixedOnSite']>;
}): Promise<Hazard> {
  const { context, hazard, event, fixedOnSite } = input;
  const { deps, stores, actor } = context;
  const evidence = fixedOnSite.evidencePhotoIds;
  const deadline = defaultDeadline(deps.hazardTimePolicy, hazard, context.today, deps.workingCalendars.forDistrict(hazard.districtCode));
  await recordHazardEvent(stores, deps, event({ action: 'assign', fromStatus: 'reported', toStatus: 'assigned', details: { deadline, assigneeId: actor.userId, fixedOnSite: true } }));
  await recordHazardEvent(stores, deps, event({ action: 'submit', fromStatus: 'assigned', toStatus: 'submitted', photoIds: evidence, note: fixedOnSite.note ?? null }));
  await recordHazardEvent(stores, deps, event({ action: 'close', fromStatus: 'submitted', toStatus: 'closed', details: { fixedOnSite: true } }));
  const closed: Hazard = { ...hazard, status: 'closed', deadline, assigneeId: actor.userId, submittedBy: actor.userId, closedAt: hazard.reportedAt, version: hazard.version + 3 };
  await stores.hazards.update(closed, hazard.version);
  await stores.hazards.linkPhotos(hazard, evidence);
  return closed;
}
