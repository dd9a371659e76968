import type { Kysely, Selectable } from 'kysely';
import { CLOSED_UNIT_STATUS, type DustSupervision, type DustSupervisionStore, type RetrofitState } from '@safegrid/core';
import { appendAudit } from '../audit/audit-chain.js';
import type { Database } from '../database-schema.js';
import type { DustSupervisionTable } from '../database-schema-domain.js';
import { scopeCondition } from './scope-conditions.js';
import { toIso } from './row-values.js';

function toRecord(row: Selectable<DustSupervisionTable>): DustSupervision {
  return {
    districtCode: row.districtCode, unitId: row.unitId, officerName: row.officerName, officerPhone: row.officerPhone, certificateNo: row.certificateNo,
    trainedOn: row.trainedOn, retrofitState: row.retrofitState as RetrofitState, retrofitDate: row.retrofitDate, retrofitPhotoId: row.retrofitPhotoId,
    updatedBy: row.updatedBy, updatedAt: toIso(row.updatedAt),
  };
}

/** 涉粉企业常态监管 (ADR 0086): one audited row per dust unit; dust units found through the tag index. */
export function createDustSupervisionStore(db: Kysely<Database>): DustSupervisionStore {
  return {
    async find(unitId, districtCode) {
      const row = await db.selectFrom('dustSupervision').selectAll().where('unitId', '=', unitId).where('districtCode', '=', districtCode).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async put(record) {
      const { unitId, districtCode, ...values } = record;
      const row = {
        officerName: values.officerName, officerPhone: values.officerPhone, certificateNo: values.certificateNo, trainedOn: values.trainedOn,
        retrofitState: values.retrofitState, retrofitDate: values.retrofitDate, retrofitPhotoId: values.retrofitPhotoId, updatedBy: values.updatedBy, updatedAt: values.updatedAt,
      };
      await db.insertInto('dustSupervision').values({ unitId, districtCode, ...row })
        .onConflict((conflict) => conflict.columns(['unitId', 'districtCode']).doUpdateSet(row)).execute();
      await appendAudit(db, 'dust_supervision', [unitId]);
    },
    async listDustUnits(scope) {
      const rows = await db
        .selectFrom('units')
        .innerJoin('unitTags', (join) => join.onRef('unitTags.unitId', '=', 'units.id').onRef('unitTags.districtCode', '=', 'units.districtCode'))
        .leftJoin('dustSupervision', (join) => join.onRef('dustSupervision.unitId', '=', 'units.id').onRef('dustSupervision.districtCode', '=', 'units.districtCode'))
        .select(['units.id as id', 'units.name as name', 'units.townCode as townCode'])
        .selectAll('dustSupervision')
        .where('unitTags.tag', '=', 'dust')
        .where('units.status', '!=', CLOSED_UNIT_STATUS)
        .where((eb) => scopeCondition(eb, 'units', scope))
        .orderBy('units.townCode').orderBy('units.id')
        .execute();
      return rows.map((row) => ({
        unitId: row.id,
        unitName: row.name,
        townCode: row.townCode,
        record: row.retrofitState === null || row.updatedBy === null || row.updatedAt === null || row.districtCode === null || row.unitId === null
          ? undefined
          : toRecord({ ...row, unitId: row.unitId, districtCode: row.districtCode, retrofitState: row.retrofitState, updatedBy: row.updatedBy, updatedAt: row.updatedAt }),
      }));
    },
  };
}
