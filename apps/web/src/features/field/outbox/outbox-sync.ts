import type { HazardResponse, PhotoResponse, ReportHazardBody } from '@safegrid/contracts';
import { ApiError, NetworkError } from '../../../shared/api-client';
import type { OutboxReport, OutboxStore } from './outbox-store';

export interface SyncDeps {
  readonly store: OutboxStore;
  readonly uploadPhoto: (blob: Blob, name: string) => Promise<PhotoResponse>;
  readonly report: (body: ReportHazardBody, idempotencyKey: string) => Promise<HazardResponse>;
  /** Words for a refusal, from its code. */
  readonly describe: (error: ApiError) => string;
}

/** A report the server accepted: the record it became. */
export interface DeliveredReport {
  readonly hazardId: string;
  readonly title: string;
}

export interface SyncResult {
  readonly sent: number;
  readonly failed: number;
  /** The records made by this sync, in the order sent (上报成功, with a link to each). */
  readonly delivered: readonly DeliveredReport[];
  /** Why syncing stopped early: no connection, or the session ended. */
  readonly stoppedBy: 'network' | 'session' | 'server' | null;
}

type Outcome = 'failed' | 'network' | 'session' | 'server';

function outcomeOf(error: unknown): Outcome {
  if (error instanceof NetworkError) return 'network';
  if (error instanceof ApiError && error.status === 401) return 'session';
  if (error instanceof ApiError && error.status < 500 && error.status !== 408 && error.status !== 429) return 'failed';
  return 'server';
}

/**
 * Sends one report: its photos first (each id saved as soon as it is known), then the report with
 * their ids under the report's idempotency key — so however often this is retried, the hazard is
 * recorded once.
 */
async function sendOne(deps: SyncDeps, queued: OutboxReport): Promise<Outcome | DeliveredReport> {
  let report = { ...queued, attempts: queued.attempts + 1 };
  try {
    const photos = [...report.photos];
    for (const [index, photo] of photos.entries()) {
      if (photo.photoId) continue;
      const uploaded = await deps.uploadPhoto(photo.blob, photo.name);
      photos[index] = { ...photo, photoId: uploaded.id };
      report = { ...report, photos };
      await deps.store.put(report);
    }
    const photoIds = photos.map((photo) => photo.photoId).filter((id): id is string => id !== null);
    const hazard = await deps.report({ ...report.body, foundAt: report.createdAt, ...(photoIds.length > 0 ? { photoIds } : {}) } as ReportHazardBody, report.id);
    await deps.store.remove(report.id);
    return { hazardId: hazard.id, title: report.body.title };
  } catch (error) {
    const outcome = outcomeOf(error);
    if (outcome === 'failed' && error instanceof ApiError) {
      await deps.store.put({ ...report, state: 'failed', problem: { code: error.code, message: deps.describe(error) } });
    } else {
      await deps.store.put(report);
    }
    return outcome;
  }
}

/** Sends the user's pending reports, oldest first, until done or the connection or session is gone. */
export async function syncOutbox(deps: SyncDeps, userId: string): Promise<SyncResult> {
  const delivered: DeliveredReport[] = [];
  let failed = 0;
  for (const report of await deps.store.list(userId)) {
    if (report.state !== 'pending') continue;
    const outcome = await sendOne(deps, report);
    if (typeof outcome === 'object') delivered.push(outcome);
    else if (outcome === 'failed') failed += 1;
    else return { sent: delivered.length, failed, delivered, stoppedBy: outcome };
  }
  return { sent: delivered.length, failed, delivered, stoppedBy: null };
}
