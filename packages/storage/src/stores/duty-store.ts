import type { Insertable, Kysely, Selectable } from 'kysely';
import { SHIFT_KINDS, type DutyHandover, type DutyShift, type DutyStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { DutyHandoversTable, DutyShiftsTable } from '../database-schema-duty.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';

function toShift(row: Selectable<DutyShiftsTable>): DutyShift {
  return {
    ...row, kind: row.kind as DutyShift['kind'], leader: readJson<DutyShift['leader']>(row.leader), officer: readJson<DutyShift['officer']>(row.officer),
    swaps: readJson<DutyShift['swaps']>(row.swaps), updatedAt: toIso(row.updatedAt), version: Number(row.version),
  };
}

const toShiftRow = (shift: DutyShift): Insertable<DutyShiftsTable> => ({ ...shift, leader: writeJson(shift.leader), officer: writeJson(shift.officer), swaps: writeJson(shift.swaps) });

function toHandover(row: Selectable<DutyHandoversTable>): DutyHandover {
  return { ...row, writtenAt: toIso(row.writtenAt), acknowledgedAt: toIsoOrNull(row.acknowledgedAt), openIncidents: readJson<DutyHandover['openIncidents']>(row.openIncidents) };
}

/** Rosters and handovers; shifts are read in date order, day before night before 24 h, as the fake does. */
export function createDutyStore(db: Kysely<Database>): DutyStore {
  const kindOrder = (shifts: DutyShift[]) => shifts.sort((a, b) => a.date.localeCompare(b.date) || SHIFT_KINDS.indexOf(a.kind) - SHIFT_KINDS.indexOf(b.kind) || a.regionCode.localeCompare(b.regionCode));
  return {
    async listShifts(districtCode, regionCodes, from, to) {
      if (regionCodes !== undefined && regionCodes.length === 0) return [];
      const rows = await db.selectFrom('dutyShifts').selectAll().where('districtCode', '=', districtCode)
        .$if(regionCodes !== undefined, (query) => query.where('regionCode', 'in', [...(regionCodes ?? [])]))
        .where('date', '>=', from).where('date', '<=', to).orderBy('date').execute();
      return kindOrder(rows.map(toShift));
    },
    async findShift(id, districtCode) {
      const row = await db.selectFrom('dutyShifts').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toShift(row);
    },
    async findShiftAt(districtCode, regionCode, date, kind) {
      const row = await db.selectFrom('dutyShifts').selectAll().where('districtCode', '=', districtCode).where('regionCode', '=', regionCode).where('date', '=', date).where('kind', '=', kind).executeTakeFirst();
      return row && toShift(row);
    },
    async insertShift(shift) {
      await db.insertInto('dutyShifts').values(toShiftRow(shift)).execute();
    },
    async updateShift(shift, expectedVersion) {
      const { id, districtCode, ...changes } = toShiftRow(shift);
      const result = await db.updateTable('dutyShifts').set(changes).where('id', '=', id).where('districtCode', '=', districtCode).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async deleteShift(id, districtCode) {
      await db.deleteFrom('dutyShifts').where('id', '=', id).where('districtCode', '=', districtCode).execute();
    },
    async insertHandover(handover) {
      await db.insertInto('dutyHandovers').values({ ...handover, openIncidents: writeJson(handover.openIncidents) }).execute();
    },
    async findHandover(id, districtCode) {
      const row = await db.selectFrom('dutyHandovers').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toHandover(row);
    },
    async acknowledgeHandover(handover) {
      const result = await db.updateTable('dutyHandovers')
        .set({ acknowledgedBy: handover.acknowledgedBy, acknowledgedByName: handover.acknowledgedByName, acknowledgedAt: handover.acknowledgedAt })
        .where('id', '=', handover.id).where('districtCode', '=', handover.districtCode).where('acknowledgedAt', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async listHandovers(districtCode, regionCode, limit) {
      const rows = await db.selectFrom('dutyHandovers').selectAll().where('districtCode', '=', districtCode).where('regionCode', '=', regionCode)
        .orderBy('writtenAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toHandover);
    },
  };
}
