import type { InspectionResponse } from '@safegrid/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { answerBodyOf, draftOf, draftProblems, pendingAfterSave, type AnswerDraft, type PendingAnswers } from './inspection-draft';
import { inspectionsApi } from './inspections-api';
import { inspectionKeys } from './use-inspections';

const storageKey = (inspectionId: string) => `safegrid.inspection.${inspectionId}.pending`;
// Answers given in quick succession travel together.
const BATCH_DELAY_MS = 800;
const RETRY_DELAY_MS = 5_000;

function loadPending(inspectionId: string): PendingAnswers {
  try {
    const stored = localStorage.getItem(storageKey(inspectionId));
    return stored ? (JSON.parse(stored) as PendingAnswers) : {};
  } catch {
    return {};
  }
}

function storePending(inspectionId: string, pending: PendingAnswers): void {
  try {
    if (Object.keys(pending).length === 0) localStorage.removeItem(storageKey(inspectionId));
    else localStorage.setItem(storageKey(inspectionId), JSON.stringify(pending));
  } catch {
    // Private mode or full storage: answers still go to the server, only a reload may lose the unsent.
  }
}

/** Drops the answers waiting for this inspection (they moved into the phone's outbox). */
export function forgetPendingAnswers(inspectionId: string): void {
  storePending(inspectionId, {});
}

export type SaveState = 'saved' | 'waiting' | 'saving' | 'offline' | 'refused';

/**
 * Answers are kept in the browser as they are given and sent in batches; the server's copy is the
 * record. A reload (or a phone that dropped the page) sends what had not arrived yet.
 */
export function useAnswerSaver(inspection: InspectionResponse) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<PendingAnswers>(() => loadPending(inspection.id));
  const [state, setState] = useState<'idle' | 'saving' | 'offline' | 'refused'>('idle');
  const [error, setError] = useState<unknown>(null);
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const editable = inspection.status === 'in_progress';

  const update = useCallback((next: PendingAnswers) => {
    pendingRef.current = next; // two changes before the next render both count
    storePending(inspection.id, next);
    setPending(next);
  }, [inspection.id]);

  const inspectionRef = useRef(inspection);
  inspectionRef.current = inspection;
  /** Changes an answer from its latest state: pending here, else saved on the server, else blank. */
  const updateAnswer = useCallback((itemId: string, change: (current: AnswerDraft) => Partial<AnswerDraft>) => {
    const saved = inspectionRef.current.answers.find((answer) => answer.itemId === itemId);
    const current = pendingRef.current[itemId] ?? (saved ? draftOf(saved) : { itemId, result: 'pass', note: '', photoIds: [], fixedOnSite: null });
    setState((state) => (state === 'refused' ? 'idle' : state));
    setError(null);
    update({ ...pendingRef.current, [itemId]: { ...current, ...change(current), itemId } });
  }, [update]);

  const ready = Object.values(pending).filter((draft) => draftProblems(draft).length === 0);
  const readyKey = JSON.stringify(ready);
  useEffect(() => {
    if (!editable || ready.length === 0 || state !== 'idle') return undefined;
    const timer = setTimeout(() => {
      setState('saving');
      inspectionsApi.answer(inspection.id, { answers: ready.map(answerBodyOf) }).then(
        (saved) => {
          queryClient.setQueryData<InspectionResponse>(inspectionKeys.detail(inspection.id), saved);
          update(pendingAfterSave(pendingRef.current, ready));
          setState('idle');
        },
        (failure: unknown) => {
          if (failure instanceof ApiError) {
            // A refusal will not change by retrying: show it until the inspector changes an answer.
            setError(failure);
            setState('refused');
            return;
          }
          setState('offline');
        },
      );
    }, BATCH_DELAY_MS);
    return () => clearTimeout(timer);
    // `ready` is compared by value through readyKey.
  }, [readyKey, editable, state, inspection.id]); // eslint-disable-line react-hooks/exhaustive-deps

  // Not reached (offline, server down): try again a little later; the answers wait in the browser.
  useEffect(() => {
    if (state !== 'offline') return undefined;
    const timer = setTimeout(() => setState('idle'), RETRY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const waiting = Object.keys(pending).length;
  const saveState: SaveState = state === 'refused' ? 'refused' : state === 'saving' ? 'saving' : state === 'offline' ? 'offline' : waiting > 0 ? 'waiting' : 'saved';
  return { pending, updateAnswer, saveState, waiting, error };
}
