import type { Incident, IncidentVersion } from '../incidents/incident.js';
import { isIncidentInScope } from '../incidents/incident-policy.js';
import type { IncidentStore } from '../incidents/incident-store.js';
import { DomainError } from '../shared/domain-error.js';

export interface MemoryDutyTables {
  incidents: Map<string, Incident>;
  incidentVersions: IncidentVersion[];
}

export function createMemoryDutyTables(): MemoryDutyTables {
  return { incidents: new Map(), incidentVersions: [] };
}

const duplicate = () => new DomainError('conflict', 'storage.duplicate', 'A record with the same key already exists.');

/** The incident store over plain maps, with the scope rule of incident-policy.ts. */
export function createMemoryIncidentStore(tables: MemoryDutyTables): IncidentStore {
  const visible = (scope: Parameters<IncidentStore['list']>[0]) => [...tables.incidents.values()].filter((incident) => isIncidentInScope(scope, incident));
  return {
    findById: async (id, scope) => {
      const incident = tables.incidents.get(id);
      return incident && isIncidentInScope(scope, incident) ? incident : undefined;
    },
    insert: async (incident) => {
      if (tables.incidents.has(incident.id)) throw duplicate();
      tables.incidents.set(incident.id, incident);
    },
    update: async (incident, expectedVersion) => {
      const stored = tables.incidents.get(incident.id);
      if (stored?.districtCode !== incident.districtCode || stored.version !== expectedVersion) return false;
      tables.incidents.set(incident.id, incident);
      return true;
    },
    list: async (scope, filter, page) => {
      const rows = visible(scope)
        .filter((incident) => (filter.status === undefined || incident.status === filter.status) && (!page.cursor || incident.id < page.cursor))
        .sort((a, b) => (a.id < b.id ? 1 : -1));
      const items = rows.slice(0, page.limit);
      return { items, nextCursor: rows.length > page.limit ? (items[items.length - 1]?.id ?? null) : null };
    },
    listOpen: async (scope) =>
      visible(scope).filter((incident) => incident.status === 'open')
        .sort((a, b) => a.facts.occurredAt.localeCompare(b.facts.occurredAt) || a.id.localeCompare(b.id)),
    appendVersion: async (version) => {
      if (tables.incidentVersions.some((row) => row.incidentId === version.incidentId && row.districtCode === version.districtCode && row.number === version.number)) throw duplicate();
      tables.incidentVersions.push(version);
    },
    listVersions: async (incidentId, districtCode) =>
      tables.incidentVersions.filter((row) => row.incidentId === incidentId && row.districtCode === districtCode).sort((a, b) => a.number - b.number),
  };
}
