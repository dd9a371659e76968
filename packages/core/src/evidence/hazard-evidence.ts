import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import type { LngLat } from '../geo/geometry.js';
import type { HazardEvent } from '../hazards/hazard.js';
import { hazardNotFound } from '../hazards/hazard-errors.js';
import type { Photo } from '../photos/photo.js';
import { evidencePolicyFor, reviewPhotosRequired, type EvidencePolicy, type ReviewFinding } from './evidence-policy.js';
import { checkPhoto, type PhotoCheck } from './photo-checks.js';

/** Which step of the lifecycle a photo proves: 整改前 (the report), 整改后 (the rectification), 复查. */
export const EVIDENCE_STAGES = ['before', 'after', 'review'] as const;
export type EvidenceStage = (typeof EVIDENCE_STAGES)[number];

export interface EvidencePhoto extends PhotoCheck {
  readonly photoId: string;
  readonly stage: EvidenceStage;
  /** The timeline event it came with (null for the report's own photos). */
  readonly eventId: string | null;
  readonly takenAt: string | null;
  readonly uploadedAt: string;
  readonly location: LngLat | null;
}

export interface HazardEvidence {
  readonly hazardId: string;
  readonly photos: readonly EvidencePhoto[];
  /** The finding of the latest 复查 visit since the last rectification was submitted. */
  readonly latestFinding: ReviewFinding | null;
  /** Whether 销号 needs review photos for this hazard under the district's policy. */
  readonly reviewPhotosRequired: boolean;
  /** Whether review photos are on record since the last rectification (closing may then go ahead). */
  readonly hasReviewPhotos: boolean;
  readonly policy: EvidencePolicy;
}

/** The events after the last 提交整改: the current round of rectification and review. */
export function currentRound(events: readonly HazardEvent[]): readonly HazardEvent[] {
  const lastSubmit = events.map((event) => event.action).lastIndexOf('submit');
  return lastSubmit < 0 ? events : events.slice(lastSubmit + 1);
}

/** Photos of 复查 visits recorded since the last rectification was submitted. */
export function reviewPhotoIdsOf(events: readonly HazardEvent[]): string[] {
  return currentRound(events).filter((event) => event.action === 'review').flatMap((event) => event.photoIds);
}

function stageOf(event: HazardEvent): EvidenceStage | null {
  if (event.action === 'submit') return 'after';
  if (event.action === 'review' || event.action === 'close') return 'review';
  return event.action === 'report' ? 'before' : null;
}

/**
 * 整改前 / 整改后 / 复查 photos of a hazard the actor can see, each checked against its upload time
 * and the unit's place (the hazard's own place when it has no unit), for the reviewer.
 */
export async function getHazardEvidence(deps: CoreDeps, actor: Actor, hazardId: string): Promise<HazardEvidence> {
  const scope = scopeFilterOf(actor);
  const hazard = await deps.hazards.findById(hazardId, scope);
  if (!hazard) throw hazardNotFound(hazardId);
  const [events, policy, unit] = await Promise.all([
    deps.hazardEvents.listForHazard(hazard.id, hazard.districtCode),
    evidencePolicyFor(deps, hazard.districtCode),
    hazard.unitId ? deps.units.findById(hazard.unitId, scope) : Promise.resolve(undefined),
  ]);
  const site = unit?.location ?? hazard.location;
  const wanted: { photoId: string; stage: EvidenceStage; eventId: string | null }[] = hazard.photoIds.map((photoId) => ({ photoId, stage: 'before', eventId: null }));
  for (const event of events) {
    const stage = stageOf(event);
    if (!stage) continue;
    for (const photoId of event.photoIds) {
      if (!wanted.some((entry) => entry.photoId === photoId)) wanted.push({ photoId, stage, eventId: event.id });
    }
  }
  const photos: EvidencePhoto[] = [];
  for (const entry of wanted) {
    const photo: Photo | undefined = await deps.photos.findById(entry.photoId, hazard.districtCode);
    if (!photo) continue;
    photos.push({
      ...entry,
      ...checkPhoto(photo, site, policy),
      takenAt: photo.takenAt,
      uploadedAt: photo.uploadedAt,
      location: photo.location,
    });
  }
  const round = currentRound(events);
  const lastReview = round.filter((event) => event.action === 'review').at(-1);
  const finding = lastReview?.details['finding'];
  return {
    hazardId: hazard.id,
    photos,
    latestFinding: finding === 'rectified' || finding === 'not_rectified' ? finding : null,
    reviewPhotosRequired: reviewPhotosRequired(policy, hazard),
    hasReviewPhotos: reviewPhotoIdsOf(events).length > 0,
    policy,
  };
}
