import type { CoreDeps } from '../deps.js';
import { findLikelyDuplicates } from '../hazards/find-duplicates.js';
import type { DismissReason, Hazard, HazardEvent } from '../hazards/hazard.js';
import type { CoordinateSystem } from '../geo/coordinate-systems.js';
import { toWgs84 } from '../geo/coordinate-systems.js';
import { invalidInput } from '../shared/domain-error.js';
import { isValidLngLat, type LngLat } from '../geo/geometry.js';
import { trackingCodeNotFound } from './public-report-errors.js';
import { isPublicReportCategory, routePublicCategory, type PublicReportCategory } from './public-report-categories.js';
import { resolvePublicDistrict } from './public-reporter.js';
import { normalizeTrackingCode, trackingCodeHash } from './tracking-code.js';

/** The stages a reporter sees (ADR 0074): never who did what, only what happened and when. */
export const PUBLIC_STAGES = ['received', 'merged', 'assigned', 'closed', 'dismissed'] as const;
export type PublicStage = (typeof PUBLIC_STAGES)[number];

export interface PublicStageEntry {
  readonly stage: PublicStage;
  readonly at: string;
  /** 不予受理: the public reason (a code the page translates), never the staff's note. */
  readonly reason?: DismissReason | undefined;
}

export interface PublicTracking {
  readonly category: PublicReportCategory;
  readonly receivedAt: string;
  /** The stage the reporter's matter is in now. */
  readonly current: Exclude<PublicStage, 'merged'>;
  readonly merged: boolean;
  readonly stages: readonly PublicStageEntry[];
}

const EVENT_STAGE: Readonly<Partial<Record<HazardEvent['action'], PublicStage>>> = { assign: 'assigned', close: 'closed', dismiss: 'dismissed' };

/**
 * What `/track/{code}` shows: the stages of the hazard the report follows now (its own, the one
 * chosen instead, or the original it was merged into), with dates only.
 */
export async function trackPublicReport(deps: CoreDeps, typedCode: string): Promise<PublicTracking> {
  const normalized = normalizeTrackingCode(typedCode);
  if (!normalized) throw trackingCodeNotFound();
  const report = await deps.publicReports.findByCodeHash(trackingCodeHash(deps.tokens, normalized));
  if (!report) throw trackingCodeNotFound();
  const hazard = await deps.hazards.findById(report.hazardId, { districtCode: report.districtCode });
  if (!hazard) throw trackingCodeNotFound();
  const merged = report.reportedHazardId !== report.hazardId;
  const stages: PublicStageEntry[] = [{ stage: 'received', at: report.createdAt }];
  if (merged) stages.push({ stage: 'merged', at: await mergedAt(deps, report.districtCode, report.hazardId, report.reportedHazardId, report.createdAt) });
  stages.push(...publicStagesOf(await deps.hazardEvents.listForHazard(hazard.id, hazard.districtCode), report.createdAt));
  return { category: report.category, receivedAt: report.createdAt, current: currentStage(hazard), merged, stages };
}

async function mergedAt(deps: CoreDeps, districtCode: string, originalId: string, reportedHazardId: string | null, fallback: string): Promise<string> {
  if (!reportedHazardId) return fallback;
  const merges = await deps.publicReports.listMergedInto(districtCode, originalId);
  return merges.find((merge) => merge.duplicateId === reportedHazardId)?.mergedAt ?? fallback;
}

/** Assign, close and dismiss events in order; a return after a submission (整改不合格) shows as assigned again. */
function publicStagesOf(events: readonly HazardEvent[], since: string): PublicStageEntry[] {
  const stages: PublicStageEntry[] = [];
  for (const event of events) {
    const stage = event.action === 'return' ? 'assigned' : EVENT_STAGE[event.action];
    if (!stage) continue;
    const reason = stage === 'dismissed' ? (event.details.reason as DismissReason | undefined) : undefined;
    stages.push({ stage, at: event.at < since ? since : event.at, ...(reason ? { reason } : {}) });
  }
  return stages;
}

function currentStage(hazard: Hazard): PublicTracking['current'] {
  switch (hazard.status) {
    case 'reported':
      return 'received';
    case 'assigned':
    case 'submitted':
      return 'assigned';
    case 'closed':
      return 'closed';
    case 'dismissed':
      return 'dismissed';
  }
}

/** An open matter near a place, as the public may see it: what, how far, since when, which stage. */
export interface NearbyPublicMatter {
  readonly hazardId: string;
  readonly distanceMetres: number;
  readonly reportedAt: string;
  readonly current: PublicTracking['current'];
}

/** "附近已有相同问题正在处理": likely duplicates of a report about to be made, without anyone's words or photos. */
export async function findNearbyOpenMatters(
  deps: CoreDeps,
  input: { districtCode?: string | undefined; category: string; location: LngLat & { crs: CoordinateSystem } },
): Promise<NearbyPublicMatter[]> {
  if (!isPublicReportCategory(input.category)) throw invalidInput([{ path: '/category', code: 'enum' }]);
  if (!isValidLngLat(input.location)) throw invalidInput([{ path: '/location', code: 'out_of_range' }]);
  const districtCode = await resolvePublicDistrict(deps, input.districtCode);
  const location = toWgs84(input.location, input.location.crs);
  const candidates = await findLikelyDuplicates(deps, { districtCode, category: routePublicCategory(input.category).hazardCategory, location });
  return candidates.map(({ hazard, distanceMetres }) => ({ hazardId: hazard.id, distanceMetres, reportedAt: hazard.reportedAt, current: currentStage(hazard) }));
}
