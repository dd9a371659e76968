import type { ChecklistItem, StartInspectionBody } from '@safegrid/contracts';
import type { AnswerDraft } from '../inspection-draft';

/** A photo taken on the phone: kept as taken until uploaded, then known by its server id. */
export interface QueuedPhoto {
  readonly name: string;
  readonly blob: Blob;
  readonly photoId: string | null;
}

/**
 * An inspection done on the phone without signal (ADR 0094). It is answered on the phone and, once
 * finished with the signature, sent step by step — start, photos, answers, signature, finish — each
 * step's result saved before the next, each step under its own idempotency key: however often
 * syncing is cut short and started again, the server records one inspection and its hazards once.
 */
export interface QueuedInspection {
  /** Made on the phone; with a suffix per step it is the idempotency key of the start and the finish. */
  readonly id: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly unitName: string;
  readonly checklistName: string;
  readonly start: StartInspectionBody;
  /** The items that apply, as the server said when the checklist was kept for offline use, in checklist order. */
  readonly itemIds: readonly string[];
  /** Those items' texts, legal bases and levels: the phone shows them without signal. */
  readonly items: readonly ChecklistItem[];
  /** Answers by item; photo ids are keys of `photos` until the photos are uploaded. */
  readonly answers: Readonly<Record<string, AnswerDraft>>;
  readonly photos: Readonly<Record<string, QueuedPhoto>>;
  /**
   * Set when the inspector signed: from then on it waits to be sent. `expectedVersion` is there when
   * the finish was first sent online and its answer never came: the queued finish is then the same
   * request under the same key, so the server returns the first result if it had it.
   */
  readonly finish: { readonly signedBy: string; readonly signature: QueuedPhoto; readonly expectedVersion?: number } | null;
  /** The server's inspection once the start went through (or from the start, for one begun online). */
  readonly inspectionId: string | null;
  readonly answersSent: boolean;
  /** draft: still being answered; pending: finished on the phone, waiting to be sent; failed: refused. */
  readonly state: 'draft' | 'pending' | 'failed';
  readonly attempts: number;
  /** Why the server refused a step (code and message in the user's language), kept for the user. */
  readonly problem: { readonly code: string; readonly message: string } | null;
}

/** Photo keys stand for photos not yet uploaded; they never look like a server id. */
export const LOCAL_PHOTO_PREFIX = 'local-';

export const isLocalPhoto = (id: string) => id.startsWith(LOCAL_PHOTO_PREFIX);

export function newQueuedInspection(input: Pick<QueuedInspection, 'id' | 'userId' | 'createdAt' | 'unitName' | 'checklistName' | 'start' | 'itemIds' | 'items'>): QueuedInspection {
  return { ...input, answers: {}, photos: {}, finish: null, inspectionId: null, answersSent: false, state: 'draft', attempts: 0, problem: null };
}

/** Items still without an answer: the phone finishes only a complete inspection, as the server would. */
export function unansweredOf(queued: Pick<QueuedInspection, 'itemIds' | 'answers'>): number {
  return queued.itemIds.filter((itemId) => !queued.answers[itemId]).length;
}
