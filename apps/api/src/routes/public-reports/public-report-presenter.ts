import type { DuplicateCandidate, HazardReporters, NearbyPublicMatter, PublicReportReceipt, PublicTracking } from '@safegrid/core';
import type { DuplicateCandidatesResponse, HazardReportersResponse, NearbyMatter, PublicReportReceiptResponse, PublicTrackingResponse } from '@safegrid/contracts';

export function presentNearby(matter: NearbyPublicMatter): NearbyMatter {
  return { hazardId: matter.hazardId, distanceMetres: matter.distanceMetres, reportedAt: matter.reportedAt, current: matter.current };
}

/** The receipt: the code (once), where to track it, and nearby matters the reporter may follow instead. */
export function presentReceipt(receipt: PublicReportReceipt): PublicReportReceiptResponse {
  return {
    trackingCode: receipt.trackingCode,
    trackPath: `/track/${receipt.trackingCode}`,
    followed: receipt.followed,
    receivedAt: receipt.receivedAt,
    duplicates: receipt.duplicates.map(({ hazard, distanceMetres }) => ({
      hazardId: hazard.id, distanceMetres, reportedAt: hazard.reportedAt, current: hazard.status === 'reported' ? 'received' : 'assigned',
    })),
  };
}

export function presentTracking(tracking: PublicTracking): PublicTrackingResponse {
  return {
    category: tracking.category, receivedAt: tracking.receivedAt, current: tracking.current, merged: tracking.merged,
    stages: tracking.stages.map((entry) => ({ stage: entry.stage, at: entry.at, ...(entry.reason ? { reason: entry.reason } : {}) })),
  };
}

export function presentReporters(reporters: HazardReporters): HazardReportersResponse {
  return {
    reportCount: reporters.reportCount,
    contactsVisible: reporters.contactsVisible,
    reports: reporters.reports.map((report) => ({
      id: report.id, channel: report.channel, clientName: report.clientName, category: report.category, description: report.description,
      photoIds: [...report.photoIds], reporterName: report.reporterName, reporterPhone: report.reporterPhone, createdAt: report.createdAt,
      followed: report.reportedHazardId === null, mergedFrom: report.reportedHazardId !== null && report.reportedHazardId !== report.hazardId ? report.reportedHazardId : null,
    })),
    merged: reporters.merged.map((merge) => ({
      hazardId: merge.duplicateId, mergedAt: merge.mergedAt, title: merge.hazard.title, source: merge.hazard.source,
      reportedAt: merge.hazard.reportedAt, photoIds: [...merge.hazard.photoIds],
    })),
  };
}

export function presentCandidates(candidates: readonly DuplicateCandidate[]): DuplicateCandidatesResponse {
  return {
    items: candidates.map(({ hazard, distanceMetres }) => ({
      id: hazard.id, title: hazard.title, category: hazard.category, source: hazard.source, status: hazard.status, reportedAt: hazard.reportedAt, distanceMetres,
    })),
  };
}
