import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Incident, IncidentScope, IncidentStore, IncidentVersion } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { IncidentsTable, IncidentVersionsTable } from '../database-schema-duty.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';
import { appendAudit } from '../audit/audit-chain.js';

function toIncident(row: Selectable<IncidentsTable>): Incident {
  const facts = readJson<Incident['facts']>(row.facts);
  return {
    id: row.id,
    districtCode: row.districtCode,
    townCode: row.townCode,
    status: row.status as Incident['status'],
    facts: { ...facts, occurredAt: toIso(row.occurredAt) },
    computedGrade: row.computedGrade as Incident['grade'],
    grade: row.grade as Incident['grade'],
    gradeReason: row.gradeReason,
    steps: readJson<Incident['steps']>(row.steps),
    lateReports: readJson<Incident['lateReports']>(row.lateReports),
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    closedAt: toIsoOrNull(row.closedAt),
    version: Number(row.version),
  };
}

function toIncidentRow(incident: Incident): Insertable<IncidentsTable> {
  return {
    ...incident,
    occurredAt: incident.facts.occurredAt,
    facts: writeJson(incident.facts),
    steps: writeJson(incident.steps),
    lateReports: writeJson(incident.lateReports),
  };
}

function toVersion(row: Selectable<IncidentVersionsTable>): IncidentVersion {
  return {
    ...row,
    number: Number(row.number),
    kind: row.kind as IncidentVersion['kind'],
    changed: readJson<string[]>(row.changed),
    facts: readJson<IncidentVersion['facts']>(row.facts),
    grade: row.grade as IncidentVersion['grade'],
    step: row.step as IncidentVersion['step'],
    afterCasualtyWindow: Number(row.afterCasualtyWindow) === 1,
    at: toIso(row.at),
  };
}

/** Incidents and their versions; the scope rule is incident-policy.ts's isIncidentInScope. */
export function createIncidentStore(db: Kysely<Database>): IncidentStore {
  const scoped = (scope: IncidentScope) => db.selectFrom('incidents').selectAll()
    .where('districtCode', '=', scope.districtCode)
    .$if(scope.townCode !== undefined, (query) => query.where('townCode', '=', scope.townCode as string));
  return {
    async findById(id, scope) {
      const row = await scoped(scope).where('id', '=', id).executeTakeFirst();
      return row && toIncident(row);
    },

    async insert(incident) {
      await db.insertInto('incidents').values(toIncidentRow(incident)).execute();
      await appendAudit(db, 'incidents', [incident.id]);
    },

    async update(incident, expectedVersion) {
      const { id, districtCode, ...changes } = toIncidentRow(incident);
      const result = await db.updateTable('incidents').set(changes).where('id', '=', id).where('districtCode', '=', districtCode).where('version', '=', expectedVersion).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await appendAudit(db, 'incidents', [id]);
      return true;
    },

    async list(scope, filter, page) {
      const rows = await scoped(scope)
        .$if(filter.status !== undefined, (query) => query.where('status', '=', filter.status as string))
        .$if(page.cursor !== undefined, (query) => query.where('id', '<', page.cursor as string))
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      const items = rows.slice(0, page.limit).map(toIncident);
      return { items, nextCursor: rows.length > page.limit ? (items[items.length - 1]?.id ?? null) : null };
    },

    async listOpen(scope) {
      const rows = await scoped(scope).where('status', '=', 'open').orderBy('occurredAt').orderBy('id').execute();
      return rows.map(toIncident);
    },

    async appendVersion(version) {
      await db.insertInto('incidentVersions').values({
        ...version,
        changed: writeJson(version.changed),
        facts: writeJson(version.facts),
        afterCasualtyWindow: version.afterCasualtyWindow ? 1 : 0,
      }).execute();
    },

    async listVersions(incidentId, districtCode) {
      const rows = await db.selectFrom('incidentVersions').selectAll().where('incidentId', '=', incidentId).where('districtCode', '=', districtCode).orderBy('number').execute();
      return rows.map(toVersion);
    },
  };
}
