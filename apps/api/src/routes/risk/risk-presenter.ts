import {
  effectiveRiskLevel,
  isOverrideActive,
  type PatrolStatus,
  type RiskHistoryEntry,
  type RiskReason,
  type UnitRiskDetail,
} from '@safegrid/core';
import { describeRiskReason, type Language, type RiskReason as RiskReasonResponse, type UnitRiskResponse } from '@safegrid/contracts';

export function presentRiskReason(reason: RiskReason, language: Language): RiskReasonResponse {
  return { code: reason.code, effect: reason.effect, params: { ...reason.params }, text: describeRiskReason(language, reason) };
}

export function presentPatrol(patrol: PatrolStatus): NonNullable<UnitRiskResponse['patrol']> {
  return { level: patrol.level, intervalDays: patrol.intervalDays, lastVisitedOn: patrol.lastVisitedOn, dueOn: patrol.dueOn, state: patrol.state };
}

function presentHistory(entry: RiskHistoryEntry, language: Language): UnitRiskResponse['history'][number] {
  return {
    id: entry.id, at: entry.at, kind: entry.kind, fromLevel: entry.fromLevel, toLevel: entry.toLevel, computedLevel: entry.computedLevel,
    reasons: entry.reasons.map((reason) => presentRiskReason(reason, language)), actorId: entry.actorId, actorName: entry.actorName, note: entry.note,
  };
}

export function presentUnitRisk(detail: UnitRiskDetail, today: string, language: Language): UnitRiskResponse {
  const { risk } = detail;
  return {
    unitId: detail.unitId,
    level: risk ? effectiveRiskLevel(risk, today) : null,
    computedLevel: risk?.computedLevel ?? null,
    method: risk?.method ?? null,
    score: risk?.score ?? null,
    factors: { ...(risk?.factors ?? {}) },
    reasons: detail.reasons.map((reason) => presentRiskReason(reason, language)),
    computedAt: risk?.computedAt ?? null,
    override: risk?.override ? { ...risk.override, active: isOverrideActive(risk.override, today) } : null,
    patrol: detail.patrol ? presentPatrol(detail.patrol) : null,
    history: detail.history.map((entry) => presentHistory(entry, language)),
  };
}
