import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { STATS_STREAM_URL } from './dashboard-api';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'off';

// Changes often come in bursts (a town assigning a batch): refetch once the burst settles.
const SETTLE_MS = 800;

/**
 * Keeps the dashboard's numbers current: the server announces each committed hazard change in
 * the user's scope, and every query under ['stats'] is refetched. After a reconnect everything is
 * refetched too, since changes may have been missed while disconnected.
 */
export function useLiveUpdates(): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setState('off');
      return undefined;
    }
    const source = new EventSource(STATS_STREAM_URL);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = false;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['stats'] }), SETTLE_MS);
    };
    source.addEventListener('ready', () => {
      if (connectedBefore) refresh();
      connectedBefore = true;
      setState('live');
    });
    source.addEventListener('hazard', refresh);
    source.addEventListener('error', () => setState(source.readyState === EventSource.CLOSED ? 'off' : 'reconnecting'));
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [queryClient]);
  return state;
}
