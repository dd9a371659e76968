import type { Incident, LateReport } from '../incidents/incident.js';
import type { Warning, WarningRecipient } from '../warnings/warning.js';

/**
 * THE SEAM to notifications (ADR 0076). The duty features record every escalation as data on their
 * objects (an incident's 迟报 record with whom to tell); they do not send anything yet, because the
 * notification channels (inbox, WeCom/DingTalk robots, webhook, e-mail) are built on another branch.
 * After both are merged, the lead wires this function's notices into those channels from the job that
 * records them (`incidents.check-deadlines`). Nothing here pretends a message was sent.
 */
export interface DutyNotice {
  /** Stable per event and addressee, so a repeated job run delivers once. */
  readonly key: string;
  readonly districtCode: string;
  readonly topic: 'incident.late_report';
  /** Whom to tell: the duty officer or leader on duty at that level (the roster resolves the person). */
  readonly to: { readonly level: string; readonly role: string };
  readonly subjectId: string;
  readonly params: Readonly<Record<string, string>>;
}

/** What would be sent for newly recorded 迟报 records of one incident. */
export function lateReportNotices(incident: Pick<Incident, 'id' | 'districtCode' | 'townCode' | 'facts' | 'grade'>, lateReports: readonly LateReport[]): DutyNotice[] {
  return lateReports.flatMap((late) =>
    late.notify.map((to) => ({
      key: `incident:${incident.id}:late:${late.step}:${to.level}:${to.role}`,
      districtCode: incident.districtCode,
      topic: 'incident.late_report' as const,
      to,
      subjectId: incident.id,
      params: { step: late.step, dueAt: late.dueAt, unitName: incident.facts.unitName, grade: incident.grade, townCode: incident.townCode },
    })));
}

/** What would be sent to a warning's addressees: all of them when issued, those not yet acknowledged on the one reminder. */
export function warningNotices(
  warning: Pick<Warning, 'id' | 'districtCode' | 'kind' | 'colour' | 'endsAt'>,
  recipients: readonly Pick<WarningRecipient, 'userId' | 'acknowledgedAt'>[],
  topic: 'warning.issued' | 'warning.reminder',
): { key: string; districtCode: string; topic: string; userId: string; subjectId: string; params: Record<string, string> }[] {
  return recipients.filter((recipient) => topic === 'warning.issued' || recipient.acknowledgedAt === null).map((recipient) => ({
    key: `warning:${warning.id}:${topic}:${recipient.userId}`, districtCode: warning.districtCode, topic, userId: recipient.userId, subjectId: warning.id,
    params: { kind: warning.kind, colour: warning.colour, endsAt: warning.endsAt },
  }));
}
