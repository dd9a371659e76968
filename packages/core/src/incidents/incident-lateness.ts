import type { Incident, LateNotifyTarget, LateReport } from './incident.js';
import { stepStatuses } from './incident-deadlines.js';

/** Who is told of a late step: the duty officer and the leader on duty at the level that should have received it. */
export function lateNotifyTargets(level: LateNotifyTarget['level']): LateNotifyTarget[] {
  return [{ level, role: 'duty_officer' }, { level, role: 'duty_leader' }];
}

/**
 * The 迟报 records an incident should carry at `now`: one per step that is overdue or was done
 * after its limit. Existing records are kept (once per step); a missing step later done gets its
 * `doneAt`. Returns only the records that are new or changed, so a second run adds nothing.
 */
export function lateReportChanges(incident: Pick<Incident, 'facts' | 'grade' | 'steps' | 'lateReports'>, now: Date): LateReport[] {
  const existing = new Map(incident.lateReports.map((late) => [late.step, late]));
  const changes: LateReport[] = [];
  for (const status of stepStatuses(incident, now)) {
    if ((status.state !== 'overdue' && status.state !== 'done_late') || status.dueAt === null) continue;
    const known = existing.get(status.step);
    if (!known) {
      changes.push({ step: status.step, dueAt: status.dueAt, detectedAt: now.toISOString(), doneAt: status.doneAt, notify: lateNotifyTargets(status.receiver) });
    } else if (known.doneAt === null && status.doneAt !== null) {
      changes.push({ ...known, doneAt: status.doneAt });
    }
  }
  return changes;
}

/** The incident's late records with `changes` applied (replacing a step's record or adding it). */
export function withLateReports(lateReports: readonly LateReport[], changes: readonly LateReport[]): LateReport[] {
  const byStep = new Map(lateReports.map((late) => [late.step, late]));
  for (const change of changes) byStep.set(change.step, change);
  return [...byStep.values()];
}
