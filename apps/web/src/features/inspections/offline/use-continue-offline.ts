import type { ChecklistResponse, InspectionResponse } from '@safegrid/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/use-session';
import { useOutbox } from '../../field/outbox/outbox-context';
import type { PendingAnswers } from '../inspection-draft';
import { offlineConductPath } from '../inspection-paths';
import { forgetPendingAnswers, type SaveState } from '../use-answer-saver';
import { queuedFromOnline } from './continue-offline';
import type { QueuedInspection } from './queued-inspection';

/** The signed finish that did not reach the server, to be sent from the outbox instead. */
export type UnsentFinish = NonNullable<QueuedInspection['finish']>;

/**
 * On the phone (/m/…), an inspection begun online moves into the outbox as soon as the signal goes
 * (the browser says offline, or an answer did not reach the server): the inspector answers and signs
 * there, and the outbox sends the answers and the finish in order when the connection is back.
 * The function it returns does the same for a signed finish that never reached the server while the
 * browser still believed it was online: the entry is queued as signed, waiting to be sent. It says
 * whether it took the inspection (only on the phone, and not while a move is under way).
 */
export function useContinueOffline(input: {
  readonly inspection: InspectionResponse;
  readonly checklist: ChecklistResponse;
  readonly unitName: string | undefined;
  readonly pending: PendingAnswers;
  readonly saveState: SaveState;
  readonly enabled: boolean;
}): (finish: UnsentFinish) => boolean {
  const user = useCurrentUser();
  const outbox = useOutbox();
  const navigate = useNavigate();
  const onPhone = useLocation().pathname.startsWith('/m/');
  const [offline, setOffline] = useState(() => !navigator.onLine);
  const moving = useRef(false);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    window.addEventListener('offline', update);
    window.addEventListener('online', update);
    return () => {
      window.removeEventListener('offline', update);
      window.removeEventListener('online', update);
    };
  }, []);
  const latest = useRef(input);
  latest.current = input;
  const signalGone = offline || input.saveState === 'offline';
  const move = useCallback((finish: UnsentFinish | null): boolean => {
    if (!onPhone || !latest.current.enabled || !outbox.ready || moving.current) return false;
    moving.current = true;
    const { inspection, checklist, unitName, pending } = latest.current;
    const go = () => void navigate(offlineConductPath(inspection.id), { replace: true });
    const kept = outbox.inspections.find((queued) => queued.id === inspection.id);
    // Already moved (a reload on the online page): continue with the phone's copy, never overwrite
    // it — but a signed finish is added to it.
    if (kept && !finish) {
      go();
      return true;
    }
    const base = kept ?? queuedFromOnline({ userId: user.id, inspection, checklist, unitName: unitName ?? '', pending, now: new Date() });
    // A finish is offered only once every answer reached the server (the card waits for them): the
    // outbox must not send them again, since answering a finished inspection is refused.
    const answered = Object.keys(pending).length === 0 ? { answersSent: true } : {};
    const queued: QueuedInspection = finish ? { ...base, ...answered, finish, state: 'pending' } : base;
    outbox.saveInspection(queued).then(() => {
      forgetPendingAnswers(inspection.id);
      go();
    }, () => {
      // The phone could not keep it: stay on the online page, whose answers wait in local storage.
      moving.current = false;
    });
    return true;
  }, [onPhone, outbox, user.id, navigate]);
  useEffect(() => {
    if (input.enabled && signalGone) void move(null);
  }, [input.enabled, signalGone, move]);
  return move;
}
