import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import type { Hazard } from '../hazards/hazard.js';
import { hazardNotFound } from '../hazards/hazard-errors.js';
import { maskName, maskPhone, type HazardMerge, type PublicReport } from './public-report.js';

/** The reporters behind a hazard, for its page: its own public reports, follows, and merged duplicates. */
export interface HazardReporters {
  /** 报告次数: the hazard itself, every hazard merged into it and every follow. */
  readonly reportCount: number;
  /** Reporter names and mobiles in clear: only for the handling town. */
  readonly contactsVisible: boolean;
  readonly reports: readonly PublicReport[];
  readonly merged: readonly (HazardMerge & { readonly hazard: Hazard })[];
}

/**
 * Who reported a hazard the actor can see. Names and mobile numbers are shown in clear only to a
 * town user (the handling town: the hazard is in their scope); everyone else sees them masked.
 */
export async function getHazardReporters(deps: CoreDeps, actor: Actor, hazardId: string): Promise<HazardReporters> {
  const scope = scopeFilterOf(actor);
  const hazard = await deps.hazards.findById(hazardId, scope);
  if (!hazard) throw hazardNotFound(hazardId);
  const merges = await deps.publicReports.listMergedInto(hazard.districtCode, hazard.id);
  const merged = [];
  for (const merge of merges) {
    const duplicate = await deps.hazards.findById(merge.duplicateId, { districtCode: hazard.districtCode });
    if (duplicate) merged.push({ ...merge, hazard: duplicate });
  }
  const contactsVisible = actor.role === 'town';
  const reports = (await deps.publicReports.listForHazards(hazard.districtCode, [hazard.id])).map((report) =>
    contactsVisible ? report : { ...report, reporterName: maskName(report.reporterName), reporterPhone: maskPhone(report.reporterPhone) },
  );
  const follows = reports.filter((report) => report.reportedHazardId === null).length;
  return { reportCount: 1 + merged.length + follows, contactsVisible, reports, merged };
}
