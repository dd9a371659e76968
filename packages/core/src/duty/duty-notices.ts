import type { Stores, WriteServices } from '../deps.js';
import type { Incident, LateReport } from '../incidents/incident.js';
import { enqueueJob } from '../jobs/job-definition.js';
import type { NotificationKind, NotificationLink, NotificationParams } from '../notifications/notification.js';
import { FAN_OUT_JOB_KIND } from '../notifications/notification-job-kinds.js';
import type { PlanTask } from '../task-lists/task-list.js';
import { officeKey } from '../task-lists/task-list.js';
import type { Warning, WarningEvent } from '../warnings/warning.js';
import type { DutyHandover } from './handover.js';
import type { RosterGap } from './roster.js';

/**
 * What the duty features tell people (ADR 0076, 0077, 0082), as values: each notice names its
 * kind, whom it addresses (resolved to accounts when it is fanned out, so the roster on duty at that
 * moment counts), where it lies (for the channel endpoints of a town or the district), and a key
 * stable per event. A notice is enqueued as a `notifications.fan-out` job in the transaction that
 * found it; the job writes inbox rows and channel deliveries keyed by it, so finding the same event
 * again delivers nothing new.
 */
export type DutyAudience =
  /** The 带班领导 and 值班员 on duty now at an office (their accounts, when the roster names one) and the office's accounts. */
  | { readonly type: 'on_duty'; readonly regionCode: string }
  /** A warning's addressees as fixed when it was issued; on the reminder only those who have not acknowledged. */
  | { readonly type: 'warning'; readonly warningId: string; readonly unacknowledgedOnly: boolean }
  /** The accounts of one office: `district`, `town:<code>` or `department:<code>` (task-lists' officeKey). */
  | { readonly type: 'office'; readonly office: string };

export interface DutyNotice {
  /** Stable per event: the inbox and delivery rows are keyed by it. */
  readonly key: string;
  readonly districtCode: string;
  readonly kind: NotificationKind;
  readonly audience: DutyAudience;
  /** The towns the subject lies in, for channel endpoints; empty for the whole district. */
  readonly townCodes: readonly string[];
  readonly params: NotificationParams;
  readonly link: NotificationLink;
}

const params = (values: Partial<NotificationParams> & Pick<NotificationParams, 'subjectTitle'>): NotificationParams => ({
  subjectLevel: '', actorName: '', deadline: null, note: null, level: null, ...values,
});

/** The office that owns a roster: the district office or a town's. */
export const rosterOffice = (districtCode: string, regionCode: string) => (regionCode === districtCode ? 'district' : officeKey({ kind: 'town', code: regionCode }));

/**
 * 迟报: one notice per late step, to the duty officer and leader on duty at the level that should
 * have received the report. The platform serves the county (ADR 0076: the levels above are not
 * users), so every step goes to the district's duty office, which reports upward; the receiving
 * level is named in the text, and robot endpoints carry it to the group chats.
 */
export function lateReportNotices(incident: Pick<Incident, 'id' | 'districtCode' | 'townCode' | 'facts' | 'grade'>, lateReports: readonly LateReport[]): DutyNotice[] {
  return lateReports.map((late) => ({
    key: `incident:${incident.id}:late:${late.step}`,
    districtCode: incident.districtCode,
    kind: 'incident.late_report',
    audience: { type: 'on_duty', regionCode: incident.districtCode },
    townCodes: [incident.townCode],
    params: params({ subjectTitle: incident.facts.unitName, subjectLevel: incident.grade, deadline: late.dueAt, note: late.step, level: late.notify[0]?.level ?? null }),
    link: { type: 'incident', id: incident.id },
  }));
}

/** The 迟报 records `saved` carries that `previous` did not: each is told once. */
export function newLateReports(previous: Pick<Incident, 'lateReports'>, saved: Pick<Incident, 'lateReports'>): LateReport[] {
  return saved.lateReports.filter((late) => !previous.lateReports.some((known) => known.step === late.step));
}

const WARNING_EVENT_KIND: Readonly<Record<WarningEvent['kind'], NotificationKind>> = {
  issued: 'warning.issued', upgraded: 'warning.upgraded', lifted: 'warning.lifted', reminded: 'warning.reminder',
};

/** One notice per event of a warning: issued, upgraded and lifted to every addressee, the reminder to those who have not acknowledged. */
export function warningNotices(warning: Pick<Warning, 'id' | 'districtCode' | 'kind' | 'colour' | 'townCodes' | 'endsAt' | 'actions' | 'events'>, eventIndexes: readonly number[]): DutyNotice[] {
  return eventIndexes.flatMap((index) => {
    const event = warning.events[index];
    if (!event) return [];
    return [{
      key: `warning:${warning.id}:event:${index}`,
      districtCode: warning.districtCode,
      kind: WARNING_EVENT_KIND[event.kind],
      audience: { type: 'warning', warningId: warning.id, unacknowledgedOnly: event.kind === 'reminded' },
      townCodes: [...warning.townCodes],
      params: params({ subjectTitle: warning.kind, subjectLevel: event.colour, actorName: event.byName, deadline: warning.endsAt, note: event.note || (event.kind === 'issued' ? warning.actions : null) }),
      link: { type: 'warning', id: warning.id },
    }];
  });
}

/** A monthly report missing (the latest month only: each month is told once as it falls due), or a task past its deadline: to the lead office. */
export function taskListNotices(task: Pick<PlanTask, 'id' | 'districtCode' | 'planId' | 'title' | 'lead' | 'deadline'>, missing: readonly string[], pastDeadline: boolean): DutyNotice[] {
  const base = {
    districtCode: task.districtCode, audience: { type: 'office', office: officeKey(task.lead) } as const,
    townCodes: task.lead.kind === 'town' ? [task.lead.code] : [], link: { type: 'task_list', id: task.planId } as const,
  };
  const latest = missing.at(-1);
  return [
    ...(latest ? [{ ...base, key: `task:${task.id}:missing:${latest}`, kind: 'task_list.report_missing' as const, params: params({ subjectTitle: task.title, deadline: task.deadline, note: latest }) }] : []),
    ...(pastDeadline ? [{ ...base, key: `task:${task.id}:past-deadline`, kind: 'task_list.behind' as const, params: params({ subjectTitle: task.title, deadline: task.deadline }) }] : []),
  ];
}

/**
 * The dates of the next 7 days not fully staffed at one office: one notice to the office that owns
 * the roster, naming the dates. Keyed by the set of dates, so the same gaps are told once, and a
 * changed set (a new day coming into view, a gap filled) is told again — at most daily while gaps stay.
 */
export function rosterGapNotices(districtCode: string, regionCode: string, gaps: readonly RosterGap[]): DutyNotice[] {
  const dates = [...new Set(gaps.map((gap) => gap.date))].sort();
  if (dates.length === 0) return [];
  return [{
    key: `roster-gaps:${regionCode}:${dates.join(',')}`,
    districtCode,
    kind: 'duty.roster_gap',
    audience: { type: 'office', office: rosterOffice(districtCode, regionCode) },
    townCodes: regionCode === districtCode ? [] : [regionCode],
    params: params({ subjectTitle: dates.join('、'), note: String(dates.length) }),
    link: { type: 'duty', id: regionCode },
  }];
}

/** A handover not acknowledged within the hour: to the office that owns the roster, once. */
export function handoverNotices(handovers: readonly Pick<DutyHandover, 'id' | 'districtCode' | 'regionCode' | 'writtenByName' | 'writtenAt'>[]): DutyNotice[] {
  return handovers.map((handover) => ({
    key: `handover:${handover.id}:unacknowledged`,
    districtCode: handover.districtCode,
    kind: 'duty.handover_unacknowledged',
    audience: { type: 'office', office: rosterOffice(handover.districtCode, handover.regionCode) },
    townCodes: handover.regionCode === handover.districtCode ? [] : [handover.regionCode],
    params: params({ subjectTitle: handover.writtenByName, actorName: handover.writtenByName, deadline: handover.writtenAt }),
    link: { type: 'duty', id: handover.regionCode },
  }));
}

/** Enqueues one fan-out job per notice in the caller's transaction; a notice enqueued before is skipped. Returns how many are new. */
export async function enqueueDutyNotices(stores: Pick<Stores, 'jobs'>, deps: Pick<WriteServices, 'ids' | 'clock'>, notices: readonly DutyNotice[]): Promise<number> {
  let added = 0;
  for (const notice of notices) {
    if (await enqueueJob(stores, deps, { kind: FAN_OUT_JOB_KIND, districtCode: notice.districtCode, payload: { dutyNotice: notice }, dedupeKey: `duty:${notice.key}` })) added += 1;
  }
  return added;
}
