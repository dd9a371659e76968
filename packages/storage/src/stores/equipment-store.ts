import type { Kysely, Selectable } from 'kysely';
import { inspectionBounds, typesOfKind, type Equipment, type EquipmentStore, type EquipmentType } from '@safegrid/core';
import { appendAudit } from '../audit/audit-chain.js';
import type { Database } from '../database-schema.js';
import type { EquipmentTable } from '../database-schema-domain.js';
import { scopeCondition } from './scope-conditions.js';
import { toIso } from './row-values.js';

function toEquipment(row: Selectable<EquipmentTable>): Equipment {
  return {
    id: row.id,
    districtCode: row.districtCode,
    unitId: row.unitId,
    type: row.type as EquipmentType,
    registrationCode: row.registrationCode,
    location: row.location,
    maintenanceCompany: row.maintenanceCompany,
    commissionedOn: row.commissionedOn,
    lastInspectionDate: row.lastInspectionDate,
    nextInspectionDate: row.nextInspectionDate,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    version: row.version,
  };
}

export function toEquipmentRow(equipment: Equipment) {
  return {
    id: equipment.id,
    districtCode: equipment.districtCode,
    unitId: equipment.unitId,
    type: equipment.type,
    registrationCode: equipment.registrationCode,
    location: equipment.location,
    maintenanceCompany: equipment.maintenanceCompany,
    commissionedOn: equipment.commissionedOn,
    lastInspectionDate: equipment.lastInspectionDate,
    nextInspectionDate: equipment.nextInspectionDate,
    createdAt: equipment.createdAt,
    updatedAt: equipment.updatedAt,
    version: equipment.version,
  };
}

/**
 * 设备台账 (ADR 0086). Equipment is scoped through its unit: the unit's region, grid and sector
 * decide who sees it, with the same condition as the unit list. Every write is audited.
 */
export function createEquipmentStore(db: Kysely<Database>): EquipmentStore {
  const scoped = (scope: Parameters<EquipmentStore['list']>[0]) => db
    .selectFrom('equipment')
    .innerJoin('units', (join) => join.onRef('units.id', '=', 'equipment.unitId').onRef('units.districtCode', '=', 'equipment.districtCode'))
    .selectAll('equipment')
    .where((eb) => scopeCondition(eb, 'units', scope));
  return {
    async findById(id, scope) {
      const row = await scoped(scope).where('equipment.id', '=', id).executeTakeFirst();
      return row ? toEquipment(row) : undefined;
    },
    async insert(equipment) {
      await db.insertInto('equipment').values(toEquipmentRow(equipment)).execute();
      await appendAudit(db, 'equipment', [equipment.id]);
    },
    async update(equipment, expectedVersion) {
      const { id, districtCode, unitId: _unitId, createdAt: _createdAt, ...changes } = toEquipmentRow(equipment);
      const result = await db.updateTable('equipment').set(changes)
        .where('id', '=', id).where('districtCode', '=', districtCode).where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await appendAudit(db, 'equipment', [id]);
      return true;
    },
    async list(scope, filter, page) {
      const { today, dueThrough } = inspectionBounds(filter.today);
      let query = scoped(scope);
      if (filter.unitId !== undefined) query = query.where('equipment.unitId', '=', filter.unitId);
      if (filter.kind !== undefined) query = query.where('equipment.type', 'in', typesOfKind(filter.kind));
      if (filter.inspection === 'overdue') query = query.where('equipment.nextInspectionDate', '<', today);
      if (filter.inspection === 'due') query = query.where('equipment.nextInspectionDate', '>=', today).where('equipment.nextInspectionDate', '<=', dueThrough);
      if (page.cursor !== undefined) query = query.where('equipment.id', '<', page.cursor);
      const rows = await query.orderBy('equipment.id', 'desc').limit(page.limit + 1).execute();
      const items = rows.slice(0, page.limit).map(toEquipment);
      return { items, nextCursor: rows.length > page.limit ? (items[items.length - 1]?.id ?? null) : null };
    },
  };
}
