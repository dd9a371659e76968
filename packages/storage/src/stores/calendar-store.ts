import type { Kysely } from 'kysely';
import { LAST_NOTICE_STEP, type CalendarStore, type HazardNoticeStore, type NoticeStep } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { toHazard } from './hazard-rows.js';
import { toIso } from './row-values.js';

/**
 * The working calendar's tables (ADR 0063). Writes are upserts on the date key, so a repeated seed
 * or import changes nothing. Batches are cut so a long import stays under SQLite's bound-variable limit.
 */
export function createCalendarStore(db: Kysely<Database>): CalendarStore {
  const BATCH = 100;
  const batches = <T>(rows: readonly T[]) => Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, index) => rows.slice(index * BATCH, (index + 1) * BATCH));
  return {
    async listNational() {
      const rows = await db.selectFrom('calendarNationalDays').selectAll().orderBy('date').execute();
      return rows.map((row) => ({ date: row.date, working: row.working === 1, name: row.name }));
    },
    async putNational(days) {
      for (const batch of batches(days)) {
        await db
          .insertInto('calendarNationalDays')
          .values(batch.map((day) => ({ date: day.date, working: day.working ? 1 : 0, name: day.name })))
          .onConflict((conflict) => conflict.column('date').doUpdateSet((eb) => ({ working: eb.ref('excluded.working'), name: eb.ref('excluded.name') })))
          .execute();
      }
    },
    async listDistrict(districtCode) {
      let query = db.selectFrom('calendarDistrictDays').selectAll();
      if (districtCode !== undefined) query = query.where('districtCode', '=', districtCode);
      const rows = await query.orderBy('date').orderBy('districtCode').execute();
      return rows.map((row) => ({
        districtCode: row.districtCode, date: row.date, working: row.working === 1, name: row.name, updatedBy: row.updatedBy, updatedAt: toIso(row.updatedAt),
      }));
    },
    async putDistrict(days) {
      for (const batch of batches(days)) {
        await db
          .insertInto('calendarDistrictDays')
          .values(batch.map((day) => ({
            districtCode: day.districtCode, date: day.date, working: day.working ? 1 : 0, name: day.name, updatedBy: day.updatedBy, updatedAt: day.updatedAt,
          })))
          .onConflict((conflict) => conflict.columns(['districtCode', 'date']).doUpdateSet((eb) => ({
            working: eb.ref('excluded.working'), name: eb.ref('excluded.name'), updatedBy: eb.ref('excluded.updatedBy'), updatedAt: eb.ref('excluded.updatedAt'),
          })))
          .execute();
      }
    },
    async removeDistrict(districtCode, dates) {
      for (const batch of batches(dates)) {
        await db.deleteFrom('calendarDistrictDays').where('districtCode', '=', districtCode).where('date', 'in', [...batch]).execute();
      }
    },
  };
}

/** "Sent once" for automatic 督办: the step key is the primary key, so a second insert does nothing. */
export function createHazardNoticeStore(db: Kysely<Database>): HazardNoticeStore {
  return {
    async listCandidates({ districtCode, deadlineTo, afterId, limit }) {
      let query = db
        .selectFrom('hazards')
        .selectAll('hazards')
        .where('hazards.districtCode', '=', districtCode)
        .where('hazards.status', '=', 'assigned')
        .where('hazards.deadline', 'is not', null)
        .where('hazards.deadline', '<=', deadlineTo)
        .where((eb) => eb.not(eb.exists(eb
          .selectFrom('hazardNoticeSteps')
          .select('hazardNoticeSteps.hazardId')
          .whereRef('hazardNoticeSteps.districtCode', '=', 'hazards.districtCode')
          .whereRef('hazardNoticeSteps.hazardId', '=', 'hazards.id')
          .whereRef('hazardNoticeSteps.deadline', '=', 'hazards.deadline')
          .where('hazardNoticeSteps.step', '=', LAST_NOTICE_STEP))));
      if (afterId !== undefined) query = query.where('hazards.id', '>', afterId);
      const rows = await query.orderBy('hazards.id').limit(limit).execute();
      return rows.map(toHazard);
    },
    async markTaken(step) {
      const result = await db
        .insertInto('hazardNoticeSteps')
        .values({ districtCode: step.districtCode, hazardId: step.hazardId, step: step.step, deadline: step.deadline, takenAt: step.takenAt })
        .onConflict((conflict) => conflict.columns(['districtCode', 'hazardId', 'step', 'deadline']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async listTaken(hazardId, districtCode) {
      const rows = await db.selectFrom('hazardNoticeSteps').selectAll().where('districtCode', '=', districtCode).where('hazardId', '=', hazardId).orderBy('takenAt').orderBy('step').execute();
      return rows.map((row) => ({ districtCode: row.districtCode, hazardId: row.hazardId, step: row.step as NoticeStep, deadline: row.deadline, takenAt: toIso(row.takenAt) }));
    },
  };
}
