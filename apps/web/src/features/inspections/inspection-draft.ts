import type { AnswerInspectionBody, AnswerResult, ChecklistItem, InspectionResponse } from '@safegrid/contracts';

export type AnswerBody = AnswerInspectionBody['answers'][number];

/** An answer as the inspector is giving it on the phone, before and after it reaches the server. */
export interface AnswerDraft {
  readonly itemId: string;
  readonly result: AnswerResult;
  readonly note: string;
  readonly photoIds: readonly string[];
  /** 立查立改: fixed on the spot, with photos of the fix (only for a failed item). */
  readonly fixedOnSite: { readonly evidencePhotoIds: readonly string[]; readonly note: string } | null;
}

/** Answers not yet confirmed by the server, by item (kept in the browser so a reload loses none). */
export type PendingAnswers = Readonly<Record<string, AnswerDraft>>;

export function draftOf(answer: InspectionResponse['answers'][number]): AnswerDraft {
  return {
    itemId: answer.itemId,
    result: answer.result,
    note: answer.note ?? '',
    photoIds: answer.photoIds,
    fixedOnSite: answer.fixedOnSite ? { evidencePhotoIds: answer.fixedOnSite.evidencePhotoIds, note: answer.fixedOnSite.note ?? '' } : null,
  };
}

/** What the screen shows: the server's answers, overridden by those still on their way. */
export function effectiveAnswers(inspection: Pick<InspectionResponse, 'answers' | 'itemIds'>, pending: PendingAnswers): Map<string, AnswerDraft> {
  const saved = new Map(inspection.answers.map((answer) => [answer.itemId, draftOf(answer)]));
  const answers = new Map<string, AnswerDraft>();
  for (const itemId of inspection.itemIds) {
    const answer = pending[itemId] ?? saved.get(itemId);
    if (answer) answers.set(itemId, answer);
  }
  return answers;
}

/** The wire form of a draft: trimmed notes, no empty note, 立查立改 only with a failure. */
export function answerBodyOf(draft: AnswerDraft): AnswerBody {
  const note = draft.note.trim();
  const fixed = draft.result === 'fail' ? draft.fixedOnSite : null;
  return {
    itemId: draft.itemId,
    result: draft.result,
    note: note ? note : null,
    photoIds: [...draft.photoIds],
    fixedOnSite: fixed ? { evidencePhotoIds: [...fixed.evidencePhotoIds], ...(fixed.note.trim() ? { note: fixed.note.trim() } : {}) } : null,
  };
}

/** The pending answers once `sent` was saved: an answer changed again meanwhile stays pending. */
export function pendingAfterSave(pending: PendingAnswers, sent: readonly AnswerDraft[]): PendingAnswers {
  const next: Record<string, AnswerDraft> = { ...pending };
  for (const draft of sent) {
    const current = next[draft.itemId];
    if (current && JSON.stringify(current) === JSON.stringify(draft)) delete next[draft.itemId];
  }
  return next;
}

export interface ItemSection {
  readonly section: string;
  readonly items: readonly ChecklistItem[];
}

/** The inspection's items grouped by the checklist's sections, in checklist order. */
export function sectionsOf(items: readonly ChecklistItem[], itemIds: readonly string[]): ItemSection[] {
  const wanted = new Set(itemIds);
  const sections: { section: string; items: ChecklistItem[] }[] = [];
  for (const item of items) {
    if (!wanted.has(item.id)) continue;
    const last = sections.at(-1);
    if (last?.section === item.section) last.items.push(item);
    else sections.push({ section: item.section, items: [item] });
  }
  return sections;
}

export interface InspectionProgress {
  readonly answered: number;
  readonly total: number;
  readonly failed: number;
  /** Failed items that will become hazards when the inspection is finished (立查立改 ones are closed at once). */
  readonly fixedOnSite: number;
}

export function progressOf(itemIds: readonly string[], answers: ReadonlyMap<string, AnswerDraft>): InspectionProgress {
  let failed = 0;
  let fixedOnSite = 0;
  for (const answer of answers.values()) {
    if (answer.result !== 'fail') continue;
    failed += 1;
    if (answer.fixedOnSite) fixedOnSite += 1;
  }
  return { answered: itemIds.filter((id) => answers.has(id)).length, total: itemIds.length, failed, fixedOnSite };
}

/** What is still missing before a draft answer may be saved (the server would refuse it). */
export function draftProblems(draft: AnswerDraft): ('fixEvidence')[] {
  return draft.result === 'fail' && draft.fixedOnSite && draft.fixedOnSite.evidencePhotoIds.length === 0 ? ['fixEvidence'] : [];
}
