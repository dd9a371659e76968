import type { Page, PageRequest } from '../shared/pagination.js';
import type { Incident, IncidentStatus, IncidentVersion } from './incident.js';

/** What an actor may see of incidents: the district's, or one town's (incident-policy.ts). */
export interface IncidentScope {
  readonly districtCode: string;
  readonly townCode?: string;
}

export interface IncidentFilter {
  readonly status?: IncidentStatus;
}

export interface IncidentStore {
  findById(id: string, scope: IncidentScope): Promise<Incident | undefined>;
  insert(incident: Incident): Promise<void>;
  /** Saves when the stored version is `expectedVersion`; false when someone else changed it first. */
  update(incident: Incident, expectedVersion: number): Promise<boolean>;
  /** Newest first (by id), inside the scope. */
  list(scope: IncidentScope, filter: IncidentFilter, page: PageRequest): Promise<Page<Incident>>;
  /** Every open incident inside the scope, oldest accident first: the duty board and the deadline job. */
  listOpen(scope: IncidentScope): Promise<Incident[]>;
  appendVersion(version: IncidentVersion): Promise<void>;
  /** The versions of one incident, first to last. */
  listVersions(incidentId: string, districtCode: string): Promise<IncidentVersion[]>;
}
