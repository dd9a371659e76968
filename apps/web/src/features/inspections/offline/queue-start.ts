import type { ChecklistResponse } from '@safegrid/contracts';
import type { Position } from '../../field/components/position-field';
import type { InspectionKit } from './inspection-kit';
import { newQueuedInspection, type QueuedInspection } from './queued-inspection';

export interface OfflineStartChoice {
  readonly checklist: ChecklistResponse;
  readonly position: Position;
  readonly farReason?: string | undefined;
  readonly campaignId?: string | undefined;
}

/**
 * An inspection started on the phone without signal: the items that apply are those the server
 * named when the checklist was kept; the start itself (distance, scope, checklist) is judged by the
 * server when it syncs, and a refusal is kept for the inspector to see.
 */
export function queuedStartOf(userId: string, kit: InspectionKit, choice: OfflineStartChoice, now: Date, id: string): QueuedInspection {
  const { checklist, position } = choice;
  const itemIds = checklist.applicableItemIds ?? checklist.items.map((item) => item.id);
  const applies = new Set(itemIds);
  return newQueuedInspection({
    id, userId, createdAt: now.toISOString(), unitName: kit.unit.name, checklistName: checklist.name,
    start: {
      unitId: kit.unit.id, checklistId: checklist.id, location: { lng: position.lng, lat: position.lat, crs: 'wgs84' },
      ...(choice.farReason?.trim() ? { farReason: choice.farReason.trim() } : {}),
      ...(choice.campaignId ? { campaignId: choice.campaignId } : {}),
    },
    itemIds: checklist.items.filter((item) => applies.has(item.id)).map((item) => item.id),
    items: checklist.items.filter((item) => applies.has(item.id)),
  });
}
