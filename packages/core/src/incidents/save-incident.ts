import type { Stores, WriteContext } from '../deps.js';
import type { Incident, IncidentVersion, IncidentVersionKind, ReportStep } from './incident.js';
import { incidentChangedConcurrently } from './incident-errors.js';

export interface VersionNote {
  readonly kind: IncidentVersionKind;
  readonly changed?: readonly string[];
  readonly note?: string;
  readonly step?: ReportStep | null;
  readonly afterCasualtyWindow?: boolean;
}

function versionOf(incident: Incident, context: Pick<WriteContext, 'actor' | 'now'>, note: VersionNote): IncidentVersion {
  return {
    incidentId: incident.id,
    districtCode: incident.districtCode,
    number: incident.version,
    kind: note.kind,
    changed: [...(note.changed ?? [])],
    facts: incident.facts,
    grade: incident.grade,
    note: note.note?.trim() ?? '',
    step: note.step ?? null,
    afterCasualtyWindow: note.afterCasualtyWindow ?? false,
    actorId: context.actor.userId,
    actorName: context.actor.displayName,
    at: context.now.toISOString(),
  };
}

/** Inserts a new incident with its first version. */
export async function insertIncident(stores: Pick<Stores, 'incidents'>, context: Pick<WriteContext, 'actor' | 'now'>, incident: Incident, note: VersionNote): Promise<void> {
  await stores.incidents.insert(incident);
  await stores.incidents.appendVersion(versionOf(incident, context, note));
}

/**
 * Saves `next` (built from `previous`) as the next version: the row is updated only if nobody else
 * changed it, and the version row records what changed, when and by whom. Never overwrites history.
 */
export async function saveIncidentVersion(
  stores: Pick<Stores, 'incidents'>,
  context: Pick<WriteContext, 'actor' | 'now'>,
  previous: Incident,
  changes: Partial<Omit<Incident, 'id' | 'districtCode' | 'version'>>,
  note: VersionNote,
): Promise<Incident> {
  const next: Incident = { ...previous, ...changes, version: previous.version + 1, updatedAt: context.now.toISOString() };
  if (!(await stores.incidents.update(next, previous.version))) throw incidentChangedConcurrently(previous.id);
  await stores.incidents.appendVersion(versionOf(next, context, note));
  return next;
}
