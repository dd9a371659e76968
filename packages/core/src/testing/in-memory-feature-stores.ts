import { isInScope } from '../accounts/scope.js';
import { isUnitInCampaignScope } from '../campaigns/campaign.js';
import type { CampaignStore } from '../campaigns/campaign-store.js';
import type { ChecklistStore } from '../checklists/checklist-store.js';
import { isOpenStatus } from '../hazards/hazard-status.js';
import { isOverdue } from '../hazards/hazard-time-policy.js';
import { compareInspections, decodeInspectionCursor, encodeInspectionCursor, isAfterInspectionPosition } from '../inspections/inspection-sort.js';
import type { InspectionFilter, InspectionStore } from '../inspections/inspection-store.js';
import type { Inspection } from '../inspections/inspection.js';
import type { TenantReviewStore } from '../parks/tenant-review-store.js';
import { compareTenantReviews, decodeTenantReviewCursor, encodeTenantReviewCursor, isAfterTenantReviewPosition } from '../parks/tenant-review-sort.js';
import { isRecentHazard, isVisitReport, type RiskFacts } from '../risk/risk-facts.js';
import type { RiskPolicyStore, UnitRiskStore } from '../risk/unit-risk-store.js';
import { DomainError } from '../shared/domain-error.js';
import { CLOSED_UNIT_STATUS } from '../units/unit-catalog.js';
import { cappedCount } from '../shared/pagination.js';
import type { MemoryTables } from './in-memory-stores.js';
import { createMemoryTwoFactorStore } from './in-memory-two-factor-store.js';

export { createMemoryTwoFactorTables, type MemoryTwoFactorTables } from './in-memory-two-factor-store.js';
import type { UnitImportRun, UnitImportRunStore } from '../imports/unit-import-run.js';

const duplicate = () => new DomainError('conflict', 'storage.duplicate', 'A record with the same key already exists.');

function checklistStore(tables: MemoryTables): ChecklistStore {
  const visible = (districtCode: string) => [...tables.checklists.values()].filter((t) => t.districtCode === null || t.districtCode === districtCode);
  return {
    findById: async (id, districtCode) => visible(districtCode).find((template) => template.id === id),
    list: async (districtCode, filter) =>
      visible(districtCode)
        .filter((template) => (!filter.code || template.code === filter.code) && (filter.includeSuperseded || template.status === 'active'))
        .sort((a, b) => Number(a.districtCode !== null) - Number(b.districtCode !== null) || a.code.localeCompare(b.code) || b.version - a.version),
    codeExists: async (districtCode, code) => [...tables.checklists.values()].some((t) => t.districtCode === districtCode && t.code === code),
    insert: async (template) => {
      const clash = [...tables.checklists.values()].some(
        (t) => t.id === template.id || (t.districtCode === template.districtCode && t.code === template.code && t.version === template.version),
      );
      if (clash) throw duplicate();
      tables.checklists.set(template.id, template);
    },
    supersede: async (id) => {
      const template = tables.checklists.get(id);
      if (template?.status !== 'active') return false;
      tables.checklists.set(id, { ...template, status: 'superseded' });
      return true;
    },
  };
}

function inspectionMatches(inspection: Inspection, filter: InspectionFilter): boolean {
  const finishedAt = inspection.finishedAt;
  return (!filter.unitId || inspection.unitId === filter.unitId)
    && (!filter.campaignId || inspection.campaignId === filter.campaignId)
    && (!filter.inspectorId || inspection.inspectorId === filter.inspectorId)
    && (!filter.statuses?.length || filter.statuses.includes(inspection.status))
    && (!filter.kinds?.length || filter.kinds.includes(inspection.kind))
    && (!filter.finishedFrom || (finishedAt !== null && Date.parse(finishedAt) >= Date.parse(filter.finishedFrom)))
    && (!filter.finishedTo || (finishedAt !== null && Date.parse(finishedAt) < Date.parse(filter.finishedTo)));
}

function inspectionStore(tables: MemoryTables): InspectionStore {
  const matching = (scope: Parameters<InspectionStore['list']>[0], filter: InspectionFilter) =>
    [...tables.inspections.values()].filter((inspection) => isInScope(scope, inspection) && inspectionMatches(inspection, filter));
  return {
    findById: async (id, scope) => {
      const inspection = tables.inspections.get(id);
      return inspection && isInScope(scope, inspection) ? inspection : undefined;
    },
    insert: async (inspection) => {
      if (tables.inspections.has(inspection.id)) throw duplicate();
      tables.inspections.set(inspection.id, inspection);
    },
    update: async (inspection, expectedVersion) => {
      if (tables.inspections.get(inspection.id)?.version !== expectedVersion) return false;
      tables.inspections.set(inspection.id, inspection);
      return true;
    },
    list: async (scope, filter, page) => {
      // Keyset-paged in the list's order, as the SQL stores are (ADR 0112).
      const after = page.cursor === undefined ? undefined : decodeInspectionCursor(filter.sort, page.cursor);
      const sorted = matching(scope, filter).filter((row) => !after || isAfterInspectionPosition(filter.sort, after, row)).sort(compareInspections(filter.sort));
      const items = sorted.slice(0, page.limit);
      const last = items[items.length - 1];
      return { items, nextCursor: sorted.length > page.limit && last ? encodeInspectionCursor(filter.sort, last) : null };
    },
    count: async (scope, filter, cap) => cappedCount(Math.min(matching(scope, filter).length, cap + 1), cap),
    linkFindings: async (inspection, findings) => {
      for (const finding of findings) tables.inspectionFindings.push({ inspectionId: inspection.id, campaignId: inspection.campaignId, ...finding });
    },
    linkPhotos: async (inspection, photoIds) => {
      for (const photoId of photoIds) tables.inspectionPhotos.push({ inspectionId: inspection.id, photoId });
    },
  };
}

function campaignStore(tables: MemoryTables): CampaignStore {
  return {
    findById: async (id, districtCode) => {
      const campaign = tables.campaigns.get(id);
      return campaign?.districtCode === districtCode ? campaign : undefined;
    },
    listVisible: async (districtCode, regionCode) =>
      [...tables.campaigns.values()]
        .filter((c) => c.districtCode === districtCode && (c.ownerRegionCode.startsWith(regionCode) || regionCode.startsWith(c.ownerRegionCode)))
        .sort((a, b) => (a.id < b.id ? 1 : -1)),
    insert: async (campaign) => {
      if (tables.campaigns.has(campaign.id)) throw duplicate();
      tables.campaigns.set(campaign.id, campaign);
    },
    listScopeUnits: async (scope, campaignScope) =>
      [...tables.units.values()]
        .filter((unit) => isInScope(scope, { ...unit, unitId: unit.id }) && isUnitInCampaignScope(campaignScope, unit))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((unit) => ({
          id: unit.id, name: unit.name, kind: unit.kind, status: unit.status, townCode: unit.townCode, villageCode: unit.villageCode,
          gridId: unit.gridId, location: unit.location, parentId: unit.parentId,
        })),
    listInspections: async (campaignId, scope) =>
      [...tables.inspections.values()]
        .filter((inspection) => inspection.campaignId === campaignId && inspection.status === 'finished' && isInScope(scope, inspection))
        .map((inspection) => ({
          inspectionId: inspection.id, unitId: inspection.unitId, finishedAt: inspection.finishedAt ?? '', failedItems: inspection.failedItems,
          selfInspection: inspection.kind === 'self_inspection',
        })),
    listHazards: async (campaignId, scope) =>
      tables.inspectionFindings.flatMap((finding) => {
        const hazard = tables.hazards.get(finding.hazardId);
        if (finding.campaignId !== campaignId || !hazard || !isInScope(scope, hazard)) return [];
        return [{
          hazardId: hazard.id, unitId: hazard.unitId ?? '', itemId: finding.itemId, level: hazard.level, status: hazard.status,
          reportedAt: hazard.reportedAt, closedAt: hazard.closedAt,
        }];
      }),
  };
}

function factsOf(tables: MemoryTables, unitId: string, since: string, today: string): RiskFacts | undefined {
  const unit = tables.units.get(unitId);
  if (!unit) return undefined;
  const hazards = [...tables.hazards.values()].filter((hazard) => hazard.unitId === unitId);
  const open = hazards.filter((hazard) => isOpenStatus(hazard.status));
  const recent = hazards.filter((hazard) => isRecentHazard(hazard, since));
  const finished = [...tables.inspections.values()]
    .filter((inspection) => inspection.unitId === unitId && inspection.status === 'finished')
    .sort((a, b) => ((a.finishedAt ?? '') < (b.finishedAt ?? '') ? 1 : -1));
  const lastSupervision = finished.find((inspection) => inspection.kind === 'supervision');
  const visits = [
    lastSupervision?.finishedAt ?? '',
    ...hazards.filter(isVisitReport).map((hazard) => hazard.reportedAt),
  ].filter(Boolean).sort();
  return {
    unit,
    openGeneral: open.filter((hazard) => hazard.level === 'general').length,
    openMajor: open.filter((hazard) => hazard.level === 'major').length,
    overdue: hazards.filter((hazard) => isOverdue(hazard, today)).length,
    recentGeneral: recent.filter((hazard) => hazard.level === 'general').length,
    recentMajor: recent.filter((hazard) => hazard.level === 'major').length,
    lastSupervisionAt: lastSupervision?.finishedAt ?? null,
    lastSupervisionClean: lastSupervision?.failedItems === 0,
    cleanSelfInspections: finished.filter((i) => i.kind === 'self_inspection' && i.failedItems === 0 && (i.finishedAt ?? '') >= since).length,
    lastVisitedAt: visits.at(-1) ?? null,
  };
}

function unitRiskStore(tables: MemoryTables): UnitRiskStore {
  return {
    find: async (unitId, districtCode) => {
      const risk = tables.unitRisks.get(unitId);
      return risk?.districtCode === districtCode ? risk : undefined;
    },
    findMany: async (unitIds, districtCode) =>
      unitIds.flatMap((id) => {
        const risk = tables.unitRisks.get(id);
        return risk?.districtCode === districtCode ? [risk] : [];
      }),
    save: async (risk) => void tables.unitRisks.set(risk.unitId, risk),
    saveMany: async (risks) => {
      for (const risk of risks) tables.unitRisks.set(risk.unitId, risk);
    },
    appendHistory: async (entries) => void tables.riskHistory.push(...entries),
    listHistory: async (unitId, districtCode) =>
      tables.riskHistory
        .filter((entry) => entry.unitId === unitId && entry.districtCode === districtCode)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    loadFacts: async (districtCode, window, unitIds) =>
      (unitIds ?? [...tables.units.values()].filter((unit) => unit.districtCode === districtCode).map((unit) => unit.id)).flatMap((id) => {
        const facts = factsOf(tables, id, window.since, window.today);
        return facts && facts.unit.districtCode === districtCode ? [facts] : [];
      }),
    hasUngraded: async (districtCode) =>
      [...tables.units.values()].some((unit) => unit.districtCode === districtCode && unit.status !== CLOSED_UNIT_STATUS && !tables.unitRisks.has(unit.id)),
    // Like the SQL store: operating units by id, only the fields the port names, gradings without reasons or factors.
    listPositions: async (scope) =>
      [...tables.units.values()]
        .filter((unit) => unit.status !== CLOSED_UNIT_STATUS && isInScope(scope, { ...unit, unitId: unit.id }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((unit) => {
          const risk = tables.unitRisks.get(unit.id);
          return {
            unit: {
              id: unit.id, name: unit.name, kind: unit.kind, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId,
              status: unit.status, createdAt: unit.createdAt, location: unit.location,
            },
            risk: risk ? { ...risk, reasons: [], factors: {} } : null,
          };
        }),
  };
}

function riskPolicyStore(tables: MemoryTables): RiskPolicyStore {
  return {
    find: async (districtCode) => tables.riskPolicies.get(districtCode),
    save: async (districtCode, policy) => void tables.riskPolicies.set(districtCode, policy),
  };
}

function tenantReviewStore(tables: MemoryTables): TenantReviewStore {
  const scoped = (review: Parameters<TenantReviewStore['insert']>[0]) => ({ ...review, unitId: review.parkId });
  const matching = (scope: Parameters<TenantReviewStore['list']>[0], filter: Parameters<TenantReviewStore['list']>[1]) =>
    [...tables.tenantReviews.values()].filter((review) =>
      isInScope(scope, scoped(review)) && (!filter.parkId || review.parkId === filter.parkId)
      && (!filter.statuses?.length || filter.statuses.includes(review.status)));
  return {
    findById: async (id, scope) => {
      const review = tables.tenantReviews.get(id);
      return review && isInScope(scope, scoped(review)) ? review : undefined;
    },
    insert: async (review) => {
      if (tables.tenantReviews.has(review.id)) throw duplicate();
      tables.tenantReviews.set(review.id, review);
    },
    update: async (review, expectedVersion) => {
      if (tables.tenantReviews.get(review.id)?.version !== expectedVersion) return false;
      tables.tenantReviews.set(review.id, review);
      return true;
    },
    list: async (scope, filter, page) => {
      const after = page.cursor === undefined ? undefined : decodeTenantReviewCursor(filter.sort, page.cursor);
      const sorted = matching(scope, filter).filter((review) => !after || isAfterTenantReviewPosition(filter.sort, after, review)).sort(compareTenantReviews(filter.sort));
      const items = sorted.slice(0, page.limit);
      const last = items[items.length - 1];
      return { items, nextCursor: sorted.length > page.limit && last ? encodeTenantReviewCursor(filter.sort, last) : null };
    },
    count: async (scope, filter, cap) => cappedCount(Math.min(matching(scope, filter).length, cap + 1), cap),
    listForPark: async (parkId, districtCode) =>
      [...tables.tenantReviews.values()].filter((review) => review.parkId === parkId && review.districtCode === districtCode).sort((a, b) => (a.id < b.id ? -1 : 1)),
    listTenants: async (parkId, districtCode) => [...tables.units.values()].filter((unit) => unit.parentId === parkId && unit.districtCode === districtCode),
    findOutcomes: async (unitIds, districtCode) =>
      unitIds.flatMap((id) => {
        const outcome = tables.tenantOutcomes.get(id);
        return outcome?.districtCode === districtCode ? [outcome] : [];
      }),
    saveOutcome: async (outcome) => void tables.tenantOutcomes.set(outcome.unitId, outcome),
  };
}

/** In-memory stores of inspections, checklists, campaigns, risk and 厂中厂 reviews over the same tables. */
export function createMemoryFeatureStores(tables: MemoryTables) {
  return {
    checklists: checklistStore(tables),
    inspections: inspectionStore(tables),
    campaigns: campaignStore(tables),
    unitRisks: unitRiskStore(tables),
    riskPolicies: riskPolicyStore(tables),
    tenantReviews: tenantReviewStore(tables),
    twoFactor: createMemoryTwoFactorStore(tables),
    unitImports: createMemoryUnitImportStore(tables),
  };
}

export interface MemoryUnitImportTables {
  unitImports: Map<string, UnitImportRun>;
}

export function createMemoryUnitImportTables(): MemoryUnitImportTables {
  return { unitImports: new Map() };
}

/** Unit import runs by district and id (ADR 0098), as the database keeps them. */
export function createMemoryUnitImportStore(tables: MemoryUnitImportTables): UnitImportRunStore {
  const key = (districtCode: string, id: string) => `${districtCode}/${id}`;
  return {
    async insert(run) {
      if (tables.unitImports.has(key(run.districtCode, run.id))) throw new Error(`unit import ${run.id} exists`);
      tables.unitImports.set(key(run.districtCode, run.id), structuredClone(run));
    },
    async find(id, districtCode) {
      const run = tables.unitImports.get(key(districtCode, id));
      return run && structuredClone(run);
    },
    async findSummary(id, districtCode) {
      const run = tables.unitImports.get(key(districtCode, id));
      if (!run) return undefined;
      const { sheet: _sheet, ...summary } = structuredClone(run);
      return summary;
    },
    async finish(id, districtCode, outcome, finishedAt) {
      const run = tables.unitImports.get(key(districtCode, id));
      if (!run || run.outcome !== null) return false;
      tables.unitImports.set(key(districtCode, id), { ...run, sheet: null, outcome, finishedAt });
      return true;
    },
  };
}
