import type { ChecklistResponse, InspectionResponse } from '@safegrid/contracts';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/use-session';
import { useOutbox } from '../../field/outbox/outbox-context';
import type { PendingAnswers } from '../inspection-draft';
import { offlineConductPath } from '../inspection-paths';
import { forgetPendingAnswers, type SaveState } from '../use-answer-saver';
import { queuedFromOnline } from './continue-offline';

/**
 * On the phone (/m/…), an inspection begun online moves into the outbox as soon as the signal goes
 * (the browser says offline, or an answer did not reach the server): the inspector answers and signs
 * there, and the outbox sends the answers and the finish in order when the connection is back.
 */
export function useContinueOffline(input: {
  readonly inspection: InspectionResponse;
  readonly checklist: ChecklistResponse;
  readonly unitName: string | undefined;
  readonly pending: PendingAnswers;
  readonly saveState: SaveState;
  readonly enabled: boolean;
}): void {
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
  useEffect(() => {
    if (!onPhone || !input.enabled || !signalGone || !outbox.ready || moving.current) return;
    moving.current = true;
    const { inspection, checklist, unitName, pending } = latest.current;
    const go = () => void navigate(offlineConductPath(inspection.id), { replace: true });
    // Already moved (a reload on the online page): continue with the phone's copy, never overwrite it.
    if (outbox.inspections.some((queued) => queued.id === inspection.id)) {
      go();
      return;
    }
    const queued = queuedFromOnline({ userId: user.id, inspection, checklist, unitName: unitName ?? '', pending, now: new Date() });
    outbox.saveInspection(queued).then(() => {
      forgetPendingAnswers(inspection.id);
      go();
    }, () => {
      // The phone could not keep it: stay on the online page, whose answers wait in local storage.
      moving.current = false;
    });
  }, [onPhone, input.enabled, signalGone, outbox, user.id, navigate]);
}
