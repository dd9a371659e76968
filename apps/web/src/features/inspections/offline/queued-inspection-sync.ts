import type { AnswerInspectionBody, FinishInspectionBody, FinishInspectionResponse, InspectionResponse, PhotoResponse, StartInspectionBody } from '@safegrid/contracts';
import { ApiError, NetworkError } from '../../../shared/api-client';
import { answerBodyOf, type AnswerDraft } from '../inspection-draft';
import { isLocalPhoto, type QueuedInspection, type QueuedPhoto } from './queued-inspection';

/** Where queued inspections wait (IndexedDB on the phone, a map in tests); a write resolves once committed. */
export interface QueuedInspectionStore {
  list(userId: string): Promise<QueuedInspection[]>;
  put(queued: QueuedInspection): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface InspectionSyncDeps {
  readonly store: QueuedInspectionStore;
  readonly uploadPhoto: (blob: Blob, name: string) => Promise<PhotoResponse>;
  readonly start: (body: StartInspectionBody, idempotencyKey: string) => Promise<InspectionResponse>;
  readonly answer: (inspectionId: string, body: AnswerInspectionBody) => Promise<InspectionResponse>;
  readonly finish: (inspectionId: string, body: FinishInspectionBody, idempotencyKey: string) => Promise<FinishInspectionResponse>;
  /** Words for a refusal, from its code. */
  readonly describe: (error: ApiError) => string;
}

/** An inspection the server finished: its record and the hazards its failures became. */
export interface DeliveredInspection {
  /** The phone's id of it, so the page it was done on can say it arrived. */
  readonly queuedId: string;
  readonly inspectionId: string;
  readonly unitName: string;
  readonly hazardIds: readonly string[];
}

export interface InspectionSyncResult {
  readonly delivered: readonly DeliveredInspection[];
  readonly failed: number;
  readonly stoppedBy: 'network' | 'session' | 'server' | null;
}

type Outcome = 'failed' | 'network' | 'session' | 'server';

function outcomeOf(error: unknown): Outcome {
  if (error instanceof NetworkError) return 'network';
  if (error instanceof ApiError && error.status === 401) return 'session';
  if (error instanceof ApiError && error.status < 500 && error.status !== 408 && error.status !== 429) return 'failed';
  return 'server';
}

/** The keys of one inspection's steps: the same on every retry, different between inspections. */
export const startKey = (queued: Pick<QueuedInspection, 'id'>) => `${queued.id}:start`;
export const finishKey = (queued: Pick<QueuedInspection, 'id'>) => `${queued.id}:finish`;

function withServerPhotos(draft: AnswerDraft, photos: QueuedInspection['photos']): AnswerDraft {
  const serverId = (id: string) => (isLocalPhoto(id) ? (photos[id]?.photoId ?? id) : id);
  return {
    ...draft,
    photoIds: draft.photoIds.map(serverId),
    fixedOnSite: draft.fixedOnSite ? { ...draft.fixedOnSite, evidencePhotoIds: draft.fixedOnSite.evidencePhotoIds.map(serverId) } : null,
  };
}

/** Runs one inspection's remaining steps in order, saving each step's result before the next. */
async function sendOne(deps: InspectionSyncDeps, queued: QueuedInspection, finish: NonNullable<QueuedInspection['finish']>): Promise<Outcome | DeliveredInspection> {
  let current: QueuedInspection = { ...queued, attempts: queued.attempts + 1 };
  const save = async (next: QueuedInspection) => {
    current = next;
    await deps.store.put(current);
  };
  try {
    const inspectionId = current.inspectionId ?? (await deps.start(current.start, startKey(current))).id;
    if (!current.inspectionId) await save({ ...current, inspectionId });
    for (const [key, photo] of Object.entries(current.photos)) {
      if (photo.photoId) continue;
      const uploaded = await deps.uploadPhoto(photo.blob, photo.name);
      await save({ ...current, photos: { ...current.photos, [key]: { ...photo, photoId: uploaded.id } } });
    }
    const answers = Object.values(current.answers);
    if (!current.answersSent && answers.length > 0) {
      // Answering an item again replaces its answer: a batch sent twice leaves the same answers.
      await deps.answer(inspectionId, { answers: answers.map((draft) => answerBodyOf(withServerPhotos(draft, current.photos))) });
      await save({ ...current, answersSent: true });
    }
    let signature: QueuedPhoto = finish.signature;
    if (!signature.photoId) {
      signature = { ...signature, photoId: (await deps.uploadPhoto(signature.blob, signature.name)).id };
      await save({ ...current, finish: { ...finish, signature } });
    }
    // Same fields in the same order as the online finish: the key's request hash must match.
    const version = finish.expectedVersion === undefined ? {} : { expectedVersion: finish.expectedVersion };
    const finished = await deps.finish(inspectionId, { signedBy: finish.signedBy, signature: signature.photoId ?? '', ...version }, finishKey(current));
    await deps.store.remove(current.id);
    return { queuedId: current.id, inspectionId, unitName: current.unitName, hazardIds: finished.hazardIds };
  } catch (error) {
    const outcome = outcomeOf(error);
    // A refusal (finished elsewhere, the checklist withdrawn, too far away) is kept with the
    // server's words until the user deals with it — never dropped.
    if (outcome === 'failed' && error instanceof ApiError) await deps.store.put({ ...current, state: 'failed', problem: { code: error.code, message: deps.describe(error) } });
    else await deps.store.put(current);
    return outcome;
  }
}

/** Sends the user's finished inspections, oldest first, until done or the connection or session is gone. */
export async function syncQueuedInspections(deps: InspectionSyncDeps, userId: string): Promise<InspectionSyncResult> {
  const delivered: DeliveredInspection[] = [];
  let failed = 0;
  const queued = (await deps.store.list(userId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const inspection of queued) {
    // A draft is still being answered; only an inspection finished on the phone is sent.
    if (inspection.state !== 'pending' || !inspection.finish) continue;
    const outcome = await sendOne(deps, inspection, inspection.finish);
    if (typeof outcome === 'object') delivered.push(outcome);
    else if (outcome === 'failed') failed += 1;
    else return { delivered, failed, stoppedBy: outcome };
  }
  return { delivered, failed, stoppedBy: null };
}
