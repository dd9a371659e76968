import type { Insertable, Selectable } from 'kysely';
import type { RiskHistoryEntry, UnitRisk } from '@safegrid/core';
import type { UnitRiskHistoryTable, UnitRisksTable } from '../database-schema.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';

export function toUnitRisk(row: Selectable<UnitRisksTable>): UnitRisk {
  const override = row.overrideLevel === null ? null : {
    level: row.overrideLevel as UnitRisk['computedLevel'],
    reason: row.overrideReason ?? '',
    expiresOn: row.overrideExpiresOn ?? '',
    setBy: row.overrideBy ?? '',
    setByName: row.overrideByName ?? '',
    setAt: toIsoOrNull(row.overrideAt) ?? '',
  };
  return {
    unitId: row.unitId,
    districtCode: row.districtCode,
    townCode: row.townCode,
    villageCode: row.villageCode,
    gridId: row.gridId,
    sector: row.sector as UnitRisk['sector'],
    computedLevel: row.computedLevel as UnitRisk['computedLevel'],
    method: row.method as UnitRisk['method'],
    score: Number(row.score),
    factors: readJson<UnitRisk['factors']>(row.factors),
    reasons: readJson<UnitRisk['reasons']>(row.reasons),
    computedAt: toIso(row.computedAt),
    override,
    lastVisitedAt: toIsoOrNull(row.lastVisitedAt),
  };
}

export function toUnitRiskRow(risk: UnitRisk): Insertable<UnitRisksTable> {
  const { override, factors, reasons, ...rest } = risk;
  return {
    ...rest,
    factors: writeJson(factors),
    reasons: writeJson(reasons),
    overrideLevel: override?.level ?? null,
    overrideReason: override?.reason ?? null,
    overrideExpiresOn: override?.expiresOn ?? null,
    overrideBy: override?.setBy ?? null,
    overrideByName: override?.setByName ?? null,
    overrideAt: override?.setAt ?? null,
  };
}

export function toRiskHistoryEntry(row: Selectable<UnitRiskHistoryTable>): RiskHistoryEntry {
  return {
    id: row.id,
    unitId: row.unitId,
    districtCode: row.districtCode,
    at: toIso(row.at),
    kind: row.kind as RiskHistoryEntry['kind'],
    fromLevel: row.fromLevel as RiskHistoryEntry['fromLevel'],
    toLevel: row.toLevel as RiskHistoryEntry['toLevel'],
    computedLevel: row.computedLevel as RiskHistoryEntry['computedLevel'],
    reasons: readJson<RiskHistoryEntry['reasons']>(row.reasons),
    actorId: row.actorId,
    actorName: row.actorName,
    note: row.note,
  };
}

export function toRiskHistoryRow(entry: RiskHistoryEntry): Insertable<UnitRiskHistoryTable> {
  return { ...entry, reasons: writeJson(entry.reasons) };
}
