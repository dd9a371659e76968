import type { ChecklistResponse, InspectionResponse } from '@safegrid/contracts';
import { draftOf, type PendingAnswers } from '../inspection-draft';
import { newQueuedInspection, type QueuedInspection } from './queued-inspection';

/**
 * An inspection started online whose signal went (ADR 0094, amended 2026-12-11): it moves into the
 * phone's outbox with the server's answers and those not yet sent, and is answered and finished
 * there like one started offline. The server already has it, so the entry carries its id and the
 * sync skips the start; the entry is known by the inspection's id, so moving it twice finds the
 * same entry instead of making a second one, and the finish's idempotency key is `<id>:finish`.
 */
export function queuedFromOnline(input: {
  readonly userId: string;
  readonly inspection: InspectionResponse;
  readonly checklist: Pick<ChecklistResponse, 'name' | 'items'>;
  readonly unitName: string;
  readonly pending: PendingAnswers;
  readonly now: Date;
}): QueuedInspection {
  const { inspection, checklist } = input;
  const applies = new Set(inspection.itemIds);
  const saved = Object.fromEntries(inspection.answers.map((answer) => [answer.itemId, draftOf(answer)]));
  const queued = newQueuedInspection({
    id: inspection.id, userId: input.userId, createdAt: input.now.toISOString(), unitName: input.unitName, checklistName: checklist.name,
    start: { unitId: inspection.unitId, checklistId: inspection.checklistId, location: { ...inspection.location, crs: 'wgs84' } },
    itemIds: checklist.items.filter((item) => applies.has(item.id)).map((item) => item.id),
    items: checklist.items.filter((item) => applies.has(item.id)),
  });
  return { ...queued, inspectionId: inspection.id, answers: { ...saved, ...input.pending } };
}
