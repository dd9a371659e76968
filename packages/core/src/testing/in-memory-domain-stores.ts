import type { SectorDutyStore, StoredSectorDuty } from '../sector-duties/sector-duties.js';

/** Tables of the 三管三必须 duties (ADR 0085). */
export interface MemoryDomainTables {
  /** Keyed by `${districtCode}:${sector}`. */
  sectorDuties: Map<string, StoredSectorDuty>;
}

export function createMemoryDomainTables(): MemoryDomainTables {
  return { sectorDuties: new Map() };
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
