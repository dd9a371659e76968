/**
 * 交接班 (ADR 0077): the outgoing officer writes what the next shift must know — the incidents open
 * in the office's area (taken from the incident reports when written), warnings in force and notes —
 * and the incoming officer acknowledges it. One not acknowledged within an hour is flagged.
 */
export interface DutyHandover {
  readonly id: string;
  readonly districtCode: string;
  readonly regionCode: string;
  readonly writtenBy: string;
  readonly writtenByName: string;
  readonly writtenAt: string;
  readonly openIncidents: readonly { readonly id: string; readonly unitName: string; readonly grade: string }[];
  /** Warnings in force, in words until the warnings feature lands. */
  readonly warnings: string;
  readonly notes: string;
  readonly acknowledgedBy: string | null;
  readonly acknowledgedByName: string | null;
  readonly acknowledgedAt: string | null;
}

export const HANDOVER_ACK_LIMIT_MS = 60 * 60_000;

export function isHandoverFlagged(handover: Pick<DutyHandover, 'writtenAt' | 'acknowledgedAt'>, now: Date): boolean {
  return handover.acknowledgedAt === null && now.getTime() - Date.parse(handover.writtenAt) > HANDOVER_ACK_LIMIT_MS;
}
