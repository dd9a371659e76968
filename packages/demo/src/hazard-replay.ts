import {
  nextHazardStatus,
  type CalendarDate,
  type DismissReason,
  type Hazard,
  type HazardEvent,
  type HazardStatus,
} from '@safegrid/core';
import { demoUuidV7 } from './demo-ids.js';
import { isoInstant } from './demo-timeframe.js';
import type { LifecycleStep } from './hazard-lifecycle.js';
import type { Random } from './random.js';

/** A generated hazard with its timeline, ready for the bulk loader. */
export interface HazardRecord {
  readonly hazard: Hazard;
  readonly events: readonly HazardEvent[];
}

/** The fields of a hazard fixed at its report; the rest follow from its events. */
export type HazardBase = Omit<
  Hazard,
  'status' | 'deadline' | 'assigneeId' | 'plan' | 'submittedBy' | 'closedAt' | 'dismissReason' | 'extensionCount' | 'updatedAt' | 'version'
>;

/**
 * Turns simulated steps into events and the hazard as the last event leaves it, applying each
 * action the way core's use cases do (status by `nextHazardStatus`, deadline, assignee, submitter,
 * closing time, extensions); version counts the events. Event ids are UUIDv7 of their own time.
 */
export function replayHazard(base: HazardBase, steps: readonly LifecycleStep[], random: Random): HazardRecord {
  // Fields are tracked in locals and the hazard is built once: this runs a million times in benchmarks.
  const state: ReplayState = {
    status: 'reported', deadline: null, assigneeId: null, plan: null, submittedBy: null, closedAt: null,
    dismissReason: null, extensionCount: 0, updatedAt: base.reportedAt,
  };
  const events: HazardEvent[] = [];
  for (const step of steps) {
    const at = isoInstant(step.at);
    const fromStatus: HazardStatus | null = step.action === 'report' ? null : state.status;
    const toStatus = step.action === 'report' ? 'reported' : nextHazardStatus(state.status, step.action);
    if (!toStatus) throw new Error(`demo lifecycle: ${step.action} is not allowed from ${state.status}`);
    applyStep(state, step, at);
    state.status = toStatus;
    state.updatedAt = at;
    events.push({
      id: demoUuidV7(step.at, random),
      hazardId: base.id,
      districtCode: base.districtCode,
      action: step.action,
      fromStatus,
      toStatus,
      actorId: step.actor.id,
      actorName: step.actor.displayName,
      actorRole: step.actor.role,
      at,
      note: step.note,
      photoIds: [],
      details: step.details,
    });
  }
  // Spelled out: V8 copies a spread of this many fields an order of magnitude slower.
  const hazard: Hazard = {
    id: base.id, districtCode: base.districtCode, townCode: base.townCode, villageCode: base.villageCode, gridId: base.gridId,
    unitId: base.unitId, sector: base.sector, source: base.source, level: base.level, category: base.category,
    title: base.title, description: base.description, location: base.location, legalBasis: base.legalBasis,
    status: state.status, deadline: state.deadline, assigneeId: state.assigneeId, plan: state.plan, photoIds: base.photoIds,
    reportedBy: base.reportedBy, reportedAt: base.reportedAt, foundAt: base.foundAt, submittedBy: state.submittedBy,
    closedAt: state.closedAt, dismissReason: state.dismissReason, extensionCount: state.extensionCount,
    updatedAt: state.updatedAt, version: events.length,
  };
  return { hazard, events };
}

type ReplayState = { -readonly [K in Exclude<keyof Hazard, keyof HazardBase | 'version'>]: Hazard[K] };

function applyStep(state: ReplayState, step: LifecycleStep, at: string): void {
  const details = step.details as Record<string, unknown>;
  switch (step.action) {
    case 'report':
      return;
    case 'assign':
      state.deadline = details['deadline'] as CalendarDate;
      state.assigneeId = details['assigneeId'] as string;
      state.plan = step.plan ?? state.plan;
      return;
    case 'dismiss':
      state.dismissReason = details['reason'] as DismissReason;
      return;
    case 'submit':
      state.submittedBy = step.actor.id;
      return;
    case 'extend':
      state.deadline = details['deadline'] as CalendarDate;
      state.extensionCount += 1;
      return;
    case 'reassign':
      state.assigneeId = details['assigneeId'] as string;
      return;
    case 'close':
      state.closedAt = at;
      return;
    case 'return':
      state.deadline = details['deadline'] as CalendarDate;
      state.submittedBy = null;
      return;
  }
}
