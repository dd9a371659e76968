import type { ActorStanding } from '../accounts/district-office.js';
import type { Incident } from './incident.js';
import type { IncidentScope } from './incident-store.js';

/** The district and town offices record reports; departments read them. */
export function canReportIncidents(actor: ActorStanding): boolean {
  return actor.role === 'district' || actor.role === 'town';
}

export function canReadIncidents(actor: ActorStanding): boolean {
  return canReportIncidents(actor) || actor.role === 'department';
}

/** A town sees its own town's incidents; the district (and its departments) all of the district. */
export function incidentScopeOf(actor: ActorStanding): IncidentScope {
  const region = actor.scope.regionCode;
  return region === actor.districtCode ? { districtCode: actor.districtCode } : { districtCode: actor.districtCode, townCode: region.slice(0, 9) };
}

/** The one scope rule, which storage repeats in SQL and the store suite checks on every target. */
export function isIncidentInScope(scope: IncidentScope, incident: Pick<Incident, 'districtCode' | 'townCode'>): boolean {
  return incident.districtCode === scope.districtCode && (scope.townCode === undefined || incident.townCode === scope.townCode);
}
