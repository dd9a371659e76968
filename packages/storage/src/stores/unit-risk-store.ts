import { sql, type Kysely } from 'kysely';
import type { RiskFacts, RiskGradingPolicy, RiskPolicyStore, RiskWindow, UnitRiskStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { readJson, toCount, toIso, toIsoOrNull, writeJson } from './row-values.js';
import { openHazard, operatingUnit, overdueHazard, recentHazard, visitReport } from './rule-conditions.js';
import { scopeCondition } from './scope-conditions.js';
import { toRiskHistoryEntry, toRiskHistoryRow, toUnitRisk, toUnitRiskRow } from './unit-risk-rows.js';
import { appendAudit } from '../audit/audit-chain.js';

// Well below SQLite's bound-parameter limit for the widest row.
const ROWS_PER_STATEMENT = 400;

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

const latest = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);

/** Hazard figures per unit: open by level, overdue, recent by level, and the latest supervisor's report. */
async function hazardFigures(db: Kysely<Database>, districtCode: string, window: RiskWindow, unitIds: readonly string[] | undefined) {
  const open = openHazard(undefined);
  const recent = recentHazard(window.since, undefined);
  const rows = await db
    .selectFrom('hazards')
    .select('unitId')
    .select([
      sql<number | string>`sum(case when ${open} and ${sql.ref('level')} = 'general' then 1 else 0 end)`.as('openGeneral'),
      sql<number | string>`sum(case when ${open} and ${sql.ref('level')} = 'major' then 1 else 0 end)`.as('openMajor'),
      sql<number | string>`sum(case when ${overdueHazard(window.today, undefined)} then 1 else 0 end)`.as('overdue'),
      sql<number | string>`sum(case when ${recent} and ${sql.ref('level')} = 'general' then 1 else 0 end)`.as('recentGeneral'),
      sql<number | string>`sum(case when ${recent} and ${sql.ref('level')} = 'major' then 1 else 0 end)`.as('recentMajor'),
      sql<string | Date | null>`max(case when ${visitReport(undefined)} then ${sql.ref('reportedAt')} end)`.as('lastVisit'),
    ])
    .where('districtCode', '=', districtCode)
    .where('unitId', 'is not', null)
    .$if(unitIds !== undefined, (query) => query.where('unitId', 'in', [...(unitIds ?? [])]))
    .groupBy('unitId')
    .execute();
  return new Map(rows.map((row) => [row.unitId ?? '', row]));
}

/** Inspection figures per unit: latest supervision (and whether clean), clean recent self-inspections. */
async function inspectionFigures(db: Kysely<Database>, districtCode: string, window: RiskWindow, unitIds: readonly string[] | undefined) {
  const supervision = sql`${sql.ref('kind')} = 'supervision'`;
  const rows = await db
    .selectFrom('inspections')
    .select('unitId')
    .select([
      sql<string | Date | null>`max(case when ${supervision} then ${sql.ref('finishedAt')} end)`.as('lastSupervision'),
      sql<string | Date | null>`max(case when ${supervision} and ${sql.ref('failedItems')} = 0 then ${sql.ref('finishedAt')} end)`.as('lastCleanSupervision'),
      sql<number | string>`sum(case when ${sql.ref('kind')} = 'self_inspection' and ${sql.ref('failedItems')} = 0 and ${sql.ref('finishedAt')} >= ${window.since} then 1 else 0 end)`.as('cleanSelf'),
    ])
    .where('districtCode', '=', districtCode)
    .where('status', '=', 'finished')
    .$if(unitIds !== undefined, (query) => query.where('unitId', 'in', [...(unitIds ?? [])]))
    .groupBy('unitId')
    .execute();
  return new Map(rows.map((row) => [row.unitId, row]));
}

async function loadFacts(db: Kysely<Database>, districtCode: string, window: RiskWindow, unitIds?: readonly string[]): Promise<RiskFacts[]> {
  const facts: RiskFacts[] = [];
  const batches = unitIds === undefined ? [undefined] : [...chunks(unitIds, ROWS_PER_STATEMENT)];
  for (const batch of batches) {
    const units = await db
      .selectFrom('units')
      .select(['id', 'districtCode', 'townCode', 'villageCode', 'gridId', 'sector', 'kind', 'riskTags', 'employees', 'floorArea', 'status', 'venueType', 'createdAt'])
      .where('districtCode', '=', districtCode)
      .$if(batch !== undefined, (query) => query.where('id', 'in', [...(batch ?? [])]))
      .orderBy('id')
      .execute();
    if (units.length === 0) continue;
    const hazards = await hazardFigures(db, districtCode, window, batch);
    const inspections = await inspectionFigures(db, districtCode, window, batch);
    for (const unit of units) {
      const hazard = hazards.get(unit.id);
      const inspection = inspections.get(unit.id);
      const lastSupervisionAt = toIsoOrNull(inspection?.lastSupervision ?? null);
      facts.push({
        unit: { ...unit, sector: unit.sector as never, kind: unit.kind as never, status: unit.status as never, venueType: unit.venueType as never, riskTags: readJson(unit.riskTags), createdAt: toIso(unit.createdAt) },
        openGeneral: toCount(hazard?.openGeneral), openMajor: toCount(hazard?.openMajor), overdue: toCount(hazard?.overdue),
        recentGeneral: toCount(hazard?.recentGeneral), recentMajor: toCount(hazard?.recentMajor),
        lastSupervisionAt, lastSupervisionClean: lastSupervisionAt !== null && toIsoOrNull(inspection?.lastCleanSupervision ?? null) === lastSupervisionAt,
        cleanSelfInspections: toCount(inspection?.cleanSelf), lastVisitedAt: latest(lastSupervisionAt, toIsoOrNull(hazard?.lastVisit ?? null)),
      });
    }
  }
  return facts;
}

/** Unit risk gradings, their history, and the facts grading is computed from. */
export function createUnitRiskStore(db: Kysely<Database>): UnitRiskStore {
  const upsert = async (rows: ReturnType<typeof toUnitRiskRow>[]) => {
    for (const batch of chunks(rows, ROWS_PER_STATEMENT)) {
      await db
        .insertInto('unitRisks')
        .values(batch)
        .onConflict((conflict) => conflict.columns(['unitId', 'districtCode']).doUpdateSet((eb) => ({
          townCode: eb.ref('excluded.townCode'), villageCode: eb.ref('excluded.villageCode'), gridId: eb.ref('excluded.gridId'),
          sector: eb.ref('excluded.sector'), computedLevel: eb.ref('excluded.computedLevel'), method: eb.ref('excluded.method'),
          score: eb.ref('excluded.score'), factors: eb.ref('excluded.factors'), reasons: eb.ref('excluded.reasons'),
          computedAt: eb.ref('excluded.computedAt'), overrideLevel: eb.ref('excluded.overrideLevel'), overrideReason: eb.ref('excluded.overrideReason'),
          overrideExpiresOn: eb.ref('excluded.overrideExpiresOn'), overrideBy: eb.ref('excluded.overrideBy'),
          overrideByName: eb.ref('excluded.overrideByName'), overrideAt: eb.ref('excluded.overrideAt'), lastVisitedAt: eb.ref('excluded.lastVisitedAt'),
        })))
        .execute();
    }
  };
  return {
    async find(unitId, districtCode) {
      const row = await db.selectFrom('unitRisks').selectAll().where('unitId', '=', unitId).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toUnitRisk(row);
    },
    async findMany(unitIds, districtCode) {
      const risks = [];
      for (const batch of chunks(unitIds, ROWS_PER_STATEMENT)) {
        const rows = await db.selectFrom('unitRisks').selectAll().where('unitId', 'in', batch).where('districtCode', '=', districtCode).execute();
        risks.push(...rows.map(toUnitRisk));
      }
      return risks;
    },
    save: (risk) => upsert([toUnitRiskRow(risk)]),
    saveMany: (risks) => upsert(risks.map(toUnitRiskRow)),
    async appendHistory(entries) {
      for (const batch of chunks(entries, ROWS_PER_STATEMENT)) await db.insertInto('unitRiskHistory').values(batch.map(toRiskHistoryRow)).execute();
      // Overrides are audited; recomputed grades are derived data (AUDITED_TABLES.unit_risk_history).
      await appendAudit(db, 'unit_risk_history', entries.filter((entry) => entry.kind !== 'computed').map((entry) => entry.id));
    },
    async listHistory(unitId, districtCode) {
      const rows = await db.selectFrom('unitRiskHistory').selectAll().where('unitId', '=', unitId).where('districtCode', '=', districtCode).orderBy('id').execute();
      return rows.map(toRiskHistoryEntry);
    },
    loadFacts: (districtCode, window, unitIds) => loadFacts(db, districtCode, window, unitIds),
    async hasUngraded(districtCode) {
      // The district's operating units from `units_district_code_status_id` and each one's grading by
      // the `unit_risks` key: index entries only (ADR 0111). `computed_level` is never null.
      const row = await db
        .selectFrom('units')
        .select('units.id')
        .where('units.districtCode', '=', districtCode)
        .where((eb) => operatingUnit(eb))
        .where((eb) => eb.not(eb.exists(eb.selectFrom('unitRisks').select(sql.lit(1).as('graded')).whereRef('unitRisks.unitId', '=', 'units.id'))))
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    async listPositions(scope) {
      const rows = await db
        .selectFrom('units')
        .leftJoin('unitRisks', 'unitRisks.unitId', 'units.id')
        .select(['units.id', 'units.name', 'units.kind', 'units.townCode', 'units.villageCode', 'units.gridId', 'units.status', 'units.createdAt', 'units.lng', 'units.lat'])
        .select([
          'unitRisks.unitId as riskUnitId', 'unitRisks.districtCode as riskDistrictCode', 'unitRisks.townCode as riskTownCode',
          'unitRisks.villageCode as riskVillageCode', 'unitRisks.gridId as riskGridId', 'unitRisks.sector', 'unitRisks.computedLevel',
          'unitRisks.method', 'unitRisks.score', 'unitRisks.computedAt', 'unitRisks.overrideLevel',
          'unitRisks.overrideReason', 'unitRisks.overrideExpiresOn', 'unitRisks.overrideBy', 'unitRisks.overrideByName', 'unitRisks.overrideAt',
          'unitRisks.lastVisitedAt',
        ])
        .where((eb) => eb.and([scopeCondition(eb, 'units', scope), operatingUnit(eb)]))
        .orderBy('units.id')
        .execute();
      return rows.map((row) => ({
        unit: {
          id: row.id, name: row.name, kind: row.kind as never, townCode: row.townCode, villageCode: row.villageCode, gridId: row.gridId,
          status: row.status as never, createdAt: toIso(row.createdAt), location: { lng: row.lng, lat: row.lat },
        },
        risk: row.riskUnitId === null || row.computedLevel === null ? null : toUnitRisk({
          unitId: row.riskUnitId, districtCode: row.riskDistrictCode ?? '', townCode: row.riskTownCode ?? '', villageCode: row.riskVillageCode ?? '',
          gridId: row.riskGridId ?? '', sector: row.sector ?? '', computedLevel: row.computedLevel, method: row.method ?? 'lec', score: row.score ?? 0,
          // Maps, counts and patrol lists need colours, not explanations: reasons and factors stay unread.
          factors: '{}', reasons: '[]', computedAt: row.computedAt ?? '', overrideLevel: row.overrideLevel,
          overrideReason: row.overrideReason, overrideExpiresOn: row.overrideExpiresOn, overrideBy: row.overrideBy, overrideByName: row.overrideByName,
          overrideAt: row.overrideAt, lastVisitedAt: row.lastVisitedAt,
        }),
      }));
    },
  };
}

/** A district's grading settings, as one JSON document. */
export function createRiskPolicyStore(db: Kysely<Database>): RiskPolicyStore {
  return {
    async find(districtCode) {
      const row = await db.selectFrom('riskPolicies').select('policy').where('districtCode', '=', districtCode).executeTakeFirst();
      return row && readJson<RiskGradingPolicy>(row.policy);
    },
    async save(districtCode, policy, change) {
      const values = { districtCode, policy: writeJson(policy), updatedAt: change.at, updatedBy: change.by };
      await db
        .insertInto('riskPolicies')
        .values(values)
        .onConflict((conflict) => conflict.column('districtCode').doUpdateSet({ policy: values.policy, updatedAt: values.updatedAt, updatedBy: values.updatedBy }))
        .execute();
    },
  };
}
