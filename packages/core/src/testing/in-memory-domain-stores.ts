import { isInScope } from '../accounts/scope.js';
import { EQUIPMENT_TYPE_KIND, inspectionBounds, type Equipment, type EquipmentStore } from '../equipment/equipment.js';
import type { SectorDutyStore, StoredSectorDuty } from '../sector-duties/sector-duties.js';
import { CLOSED_UNIT_STATUS } from '../units/unit-catalog.js';
import type { DustSupervision, DustSupervisionStore } from '../dust-supervision/dust-supervision.js';
import type { Unit } from '../units/unit.js';

/** Tables of the 三管三必须 duties (ADR 0085). */
export interface MemoryDomainTables {
  /** Keyed by `${districtCode}:${sector}`. */
  sectorDuties: Map<string, StoredSectorDuty>;
  equipment: Map<string, Equipment>;
  /** Keyed by unit id. */
  dustSupervision: Map<string, DustSupervision>;
}

export function createMemoryDomainTables(): MemoryDomainTables {
  return { sectorDuties: new Map(), equipment: new Map(), dustSupervision: new Map() };
}

/** The district's own entries, in sector order like the database's primary key. */
export function createMemorySectorDutyStore(tables: MemoryDomainTables): SectorDutyStore {
  return {
    list: async (districtCode) =>
      [...tables.sectorDuties.values()].filter((duty) => duty.districtCode === districtCode).sort((a, b) => a.sector.localeCompare(b.sector)),
    put: async (duty) => {
      tables.sectorDuties.set(`${duty.districtCode}:${duty.sector}`, { ...duty, coDepartments: [...duty.coDepartments] });
    },
  };
}

/** Equipment scoped through its unit, filtered with core's inspection bounds, newest id first. */
export function createMemoryEquipmentStore(tables: MemoryDomainTables & { units: Map<string, Unit> }): EquipmentStore {
  const inScope = (equipment: Equipment, scope: Parameters<EquipmentStore['list']>[0]) => {
    const unit = tables.units.get(equipment.unitId);
    return unit !== undefined && unit.districtCode === equipment.districtCode && isInScope(scope, { ...unit, unitId: unit.id });
  };
  return {
    findById: async (id, scope) => {
      const equipment = tables.equipment.get(id);
      return equipment && inScope(equipment, scope) ? equipment : undefined;
    },
    insert: async (equipment) => {
      if (tables.equipment.has(equipment.id)) throw new Error('duplicate equipment id');
      tables.equipment.set(equipment.id, equipment);
    },
    update: async (equipment, expectedVersion) => {
      const current = tables.equipment.get(equipment.id);
      if (!current || current.version !== expectedVersion) return false;
      tables.equipment.set(equipment.id, equipment);
      return true;
    },
    list: async (scope, filter, page) => {
      const { today, dueThrough } = inspectionBounds(filter.today);
      const rows = [...tables.equipment.values()]
        .filter((equipment) => inScope(equipment, scope))
        .filter((equipment) => filter.unitId === undefined || equipment.unitId === filter.unitId)
        .filter((equipment) => filter.kind === undefined || EQUIPMENT_TYPE_KIND[equipment.type] === filter.kind)
        .filter((equipment) => {
          const next = equipment.nextInspectionDate;
          if (filter.inspection === 'overdue') return next !== null && next < today;
          if (filter.inspection === 'due') return next !== null && next >= today && next <= dueThrough;
          return true;
        })
        .filter((equipment) => page.cursor === undefined || equipment.id < page.cursor)
        .sort((a, b) => (a.id < b.id ? 1 : -1));
      const items = rows.slice(0, page.limit);
      return { items, nextCursor: rows.length > page.limit ? (items[items.length - 1]?.id ?? null) : null };
    },
  };
}

/** 涉粉常态监管 records; dust units are read with core's scope rule, closed units left out like the SQL. */
export function createMemoryDustSupervisionStore(tables: MemoryDomainTables & { units: Map<string, Unit> }): DustSupervisionStore {
  return {
    find: async (unitId, districtCode) => {
      const record = tables.dustSupervision.get(unitId);
      return record && record.districtCode === districtCode ? record : undefined;
    },
    put: async (record) => void tables.dustSupervision.set(record.unitId, record),
    listDustUnits: async (scope) =>
      [...tables.units.values()]
        .filter((unit) => unit.riskTags.includes('dust') && unit.status !== CLOSED_UNIT_STATUS && isInScope(scope, { ...unit, unitId: unit.id }))
        .sort((a, b) => a.townCode.localeCompare(b.townCode) || a.id.localeCompare(b.id))
        .map((unit) => ({ unitId: unit.id, unitName: unit.name, townCode: unit.townCode, record: tables.dustSupervision.get(unit.id) })),
  };
}
