import type { Kysely } from 'kysely';
import type { Department, Sector, SectorDutyStore } from '@safegrid/core';
import { appendAudit } from '../audit/audit-chain.js';
import type { Database } from '../database-schema.js';
import { readJson, toIso, writeJson } from './row-values.js';

/** 三管三必须 entries (ADR 0085): one row per district and sector, each write a snapshot in the audit trail. */
export function createSectorDutyStore(db: Kysely<Database>): SectorDutyStore {
  return {
    async list(districtCode) {
      const rows = await db.selectFrom('sectorDuties').selectAll().where('districtCode', '=', districtCode).orderBy('sector').execute();
      return rows.map((row) => ({
        districtCode: row.districtCode,
        sector: row.sector as Sector,
        lead: row.leadDepartment as Department,
        coDepartments: readJson<Department[]>(row.coDepartments),
        updatedBy: row.updatedBy,
        updatedAt: toIso(row.updatedAt),
      }));
    },
    async put(duty) {
      const id = `${duty.districtCode}:${duty.sector}`;
      const values = { leadDepartment: duty.lead, coDepartments: writeJson(duty.coDepartments), updatedBy: duty.updatedBy, updatedAt: duty.updatedAt };
      await db
        .insertInto('sectorDuties')
        .values({ id, districtCode: duty.districtCode, sector: duty.sector, ...values })
        .onConflict((conflict) => conflict.columns(['id', 'districtCode']).doUpdateSet(values))
        .execute();
      await appendAudit(db, 'sector_duties', [id]);
    },
  };
}
