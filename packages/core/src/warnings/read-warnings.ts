import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { acknowledgementsByTown, isWarningInForce, type Warning, type WarningRecipient } from './warning.js';
import { canIssueWarnings, warningIssueRefused, warningNotFound } from './warning-actions.js';

export interface WarningSummary {
  readonly warning: Warning;
  readonly inForce: boolean;
  readonly acknowledged: number;
  readonly total: number;
}

/** The district's warnings with N/M acknowledged, for the issuers. */
export async function listWarnings(deps: CoreDeps, actor: Actor): Promise<WarningSummary[]> {
  if (!canIssueWarnings(actor)) throw warningIssueRefused();
  const now = deps.clock.now();
  const warnings = await deps.warnings.list(actor.districtCode, 50);
  return Promise.all(warnings.map(async (warning) => {
    const recipients = await deps.warnings.listRecipients(warning.id, warning.districtCode);
    return { warning, inForce: isWarningInForce(warning, now), acknowledged: recipients.filter((recipient) => recipient.acknowledgedAt).length, total: recipients.length };
  }));
}

/** One warning with who has and has not acknowledged, by town. */
export async function getWarning(deps: CoreDeps, actor: Actor, warningId: string): Promise<WarningSummary & { byTown: ReturnType<typeof acknowledgementsByTown>; recipients: WarningRecipient[] }> {
  if (!canIssueWarnings(actor)) throw warningIssueRefused();
  const warning = await deps.warnings.findById(warningId, actor.districtCode);
  if (!warning) throw warningNotFound(warningId);
  const recipients = await deps.warnings.listRecipients(warning.id, warning.districtCode);
  return {
    warning, inForce: isWarningInForce(warning, deps.clock.now()), recipients, byTown: acknowledgementsByTown(recipients),
    acknowledged: recipients.filter((recipient) => recipient.acknowledgedAt).length, total: recipients.length,
  };
}

/** The warnings in force addressed to the actor (their home page), with their own acknowledgement. */
export async function myWarnings(deps: CoreDeps, actor: Actor): Promise<{ warning: Warning; acknowledgedAt: string | null }[]> {
  const now = deps.clock.now();
  return (await deps.warnings.listForRecipient(actor.userId, actor.districtCode, 20))
    .filter(({ warning }) => isWarningInForce(warning, now))
    .map(({ warning, recipient }) => ({ warning, acknowledgedAt: recipient.acknowledgedAt }));
}
