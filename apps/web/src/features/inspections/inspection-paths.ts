import type { UserResponse } from '@safegrid/contracts';

/** Grid workers inspect in the phone view (/m/…); everyone else in the desktop frame. */
export function startPath(user: Pick<UserResponse, 'role'>, unitId?: string, campaignId?: string): string {
  const base = user.role === 'grid_worker' ? '/m/inspect' : '/inspections/new';
  const query = new URLSearchParams({ ...(unitId ? { unitId } : {}), ...(campaignId ? { campaignId } : {}) }).toString();
  return query ? `${base}?${query}` : base;
}

export function conductPath(user: Pick<UserResponse, 'role'>, inspectionId: string): string {
  return user.role === 'grid_worker' ? `/m/inspect/${inspectionId}` : `/inspections/${inspectionId}/conduct`;
}

/** An inspection done on the phone without signal, before it reached the server (ADR 0094). */
export function offlineConductPath(queuedId: string): string {
  return `/m/inspect/offline/${queuedId}`;
}
