import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { regionLevelOfCode } from '../regions/region.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { Unit } from '../units/unit.js';
import { enqueueDutyNotices, warningNotices } from '../duty/duty-notices.js';
import { resolveRecipients, WARNING_COLOURS, WARNING_KINDS, type Warning, type WarningAddressees, type WarningColour, type WarningKind } from './warning.js';

export const warningIssueRefused = () => new DomainError('permission_denied', 'warning.issue_refused', 'Only the district office or a department issues warnings.');
export const warningNotFound = (id: string) => new DomainError('not_found', 'warning.not_found', 'The warning does not exist or is not addressed to you.', { warningId: id });
export const warningNotInForce = () => new DomainError('conflict', 'warning.not_in_force', 'The warning is lifted or expired.');
export const warningAlreadyReminded = () => new DomainError('conflict', 'warning.already_reminded', 'The rest were already reminded once.');
export const warningAlreadyAcknowledged = () => new DomainError('conflict', 'warning.already_acknowledged', 'You have already acknowledged this warning, or it is not addressed to you.');
const changedConcurrently = () => new DomainError('conflict', 'warning.changed_concurrently', 'The warning was changed by someone else; reload and try again.');

/** The district office issues any warning; a department for its own sectors' enterprises. */
export function canIssueWarnings(actor: Pick<Actor, 'role' | 'districtCode' | 'scope'>): boolean {
  return isDistrictOffice(actor) || actor.role === 'department';
}

export interface IssueWarningInput {
  readonly kind: WarningKind;
  readonly colour: WarningColour;
  readonly townCodes: readonly string[];
  readonly startsAt: string;
  readonly endsAt: string;
  readonly actions: string;
  readonly addressees: WarningAddressees;
}

function issueProblems(actor: Actor, input: IssueWarningInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!WARNING_KINDS.includes(input.kind)) problems.push({ path: '/kind', code: 'enum' });
  if (!WARNING_COLOURS.includes(input.colour)) problems.push({ path: '/colour', code: 'enum' });
  input.townCodes.forEach((code, index) => {
    if (regionLevelOfCode(code) !== 'town' || !code.startsWith(actor.districtCode)) problems.push({ path: `/townCodes/${index}`, code: 'not_found' });
  });
  if (Number.isNaN(Date.parse(input.startsAt))) problems.push({ path: '/startsAt', code: 'format' });
  if (Number.isNaN(Date.parse(input.endsAt))) problems.push({ path: '/endsAt', code: 'format' });
  else if (Date.parse(input.endsAt) <= Date.parse(input.startsAt)) problems.push({ path: '/endsAt', code: 'before_start' });
  if (!input.actions.trim()) problems.push({ path: '/actions', code: 'required' });
  const { addressees } = input;
  if (!addressees.towns && !addressees.gridWorkers && addressees.departments.length + addressees.enterpriseTags.length + addressees.enterpriseSectors.length === 0) problems.push({ path: '/addressees', code: 'required' });
  if (actor.role === 'department') {
    addressees.enterpriseSectors.forEach((sector, index) => {
      if (!actor.scope.sectors.includes(sector)) problems.push({ path: `/addressees/enterpriseSectors/${index}`, code: 'not_applicable' });
    });
  }
  return problems;
}

async function enterpriseUnits(stores: Stores, users: readonly { role: string; scope: { unitId: string | null } }[], districtCode: string): Promise<Map<string, Unit>> {
  const units = new Map<string, Unit>();
  for (const user of users) {
    if (user.role !== 'enterprise' || !user.scope.unitId || units.has(user.scope.unitId)) continue;
    const unit = await stores.units.findById(user.scope.unitId, { districtCode });
    if (unit) units.set(unit.id, unit);
  }
  return units;
}

/** Issues a warning in the caller's transaction and fixes its addressees as they are now. */
export async function issueWarningRecord(stores: Stores, context: WriteContext, input: IssueWarningInput): Promise<Warning> {
  const { actor, now, deps } = context;
  if (!canIssueWarnings(actor)) throw warningIssueRefused();
  const problems = issueProblems(actor, input);
  if (problems.length > 0) throw invalidInput(problems);
  const warning: Warning = {
    id: deps.ids.newId(), districtCode: actor.districtCode, kind: input.kind, colour: input.colour, townCodes: [...new Set(input.townCodes)],
    startsAt: new Date(input.startsAt).toISOString(), endsAt: new Date(input.endsAt).toISOString(), actions: input.actions.trim(), addressees: input.addressees,
    status: 'in_force', events: [{ kind: 'issued', at: now.toISOString(), byName: actor.displayName, colour: input.colour, note: '' }], remindedAt: null,
    issuedBy: actor.userId, issuedByName: actor.displayName, createdAt: now.toISOString(), version: 1,
  };
  const users = await stores.users.listByDistrict(actor.districtCode);
  const recipients = resolveRecipients(warning, users, await enterpriseUnits(stores, users, actor.districtCode));
  await stores.warnings.insert(warning, recipients);
  await enqueueDutyNotices(stores, deps, warningNotices(warning, [0]));
  return warning;
}

export async function issueWarning(deps: CoreDeps, actor: Actor, input: IssueWarningInput): Promise<Warning> {
  if (!canIssueWarnings(actor)) throw warningIssueRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => issueWarningRecord(stores, context, input));
}

export type WarningChange = { readonly action: 'lift'; readonly note: string } | { readonly action: 'upgrade'; readonly colour: WarningColour; readonly note: string } | { readonly action: 'remind' };

/** 解除, 升级 or the one reminder of those who have not acknowledged: each an event on the warning. */
export async function changeWarning(deps: CoreDeps, actor: Actor, warningId: string, change: WarningChange): Promise<Warning> {
  if (!canIssueWarnings(actor)) throw warningIssueRefused();
  const { now } = writeContext(deps, actor);
  return deps.inTransaction(async (stores) => {
    const warning = await stores.warnings.findById(warningId, actor.districtCode);
    if (!warning) throw warningNotFound(warningId);
    if (warning.status !== 'in_force' || now.toISOString() >= warning.endsAt) throw warningNotInForce();
    const event = { at: now.toISOString(), byName: actor.displayName, note: change.action === 'remind' ? '' : change.note.trim() };
    let next: Warning;
    if (change.action === 'lift') next = { ...warning, status: 'lifted', events: [...warning.events, { ...event, kind: 'lifted', colour: warning.colour }] };
    else if (change.action === 'upgrade') {
      if (WARNING_COLOURS.indexOf(change.colour) <= WARNING_COLOURS.indexOf(warning.colour)) throw invalidInput([{ path: '/colour', code: 'not_higher' }]);
      next = { ...warning, colour: change.colour, events: [...warning.events, { ...event, kind: 'upgraded', colour: change.colour }] };
    } else {
      if (warning.remindedAt !== null) throw warningAlreadyReminded();
      next = { ...warning, remindedAt: now.toISOString(), events: [...warning.events, { ...event, kind: 'reminded', colour: warning.colour }] };
    }
    if (!(await stores.warnings.update({ ...next, version: warning.version + 1 }, warning.version))) throw changedConcurrently();
    // Lifted, upgraded or reminded: the addressees hear of it (the reminder only those who have not acknowledged).
    await enqueueDutyNotices(stores, deps, warningNotices(next, [next.events.length - 1]));
    return next;
  });
}

/** 签收 by an addressee account, once. */
export async function acknowledgeWarning(deps: CoreDeps, actor: Actor, warningId: string): Promise<void> {
  const { now } = writeContext(deps, actor);
  await deps.inTransaction(async (stores) => {
    if (!(await stores.warnings.acknowledge(warningId, actor.districtCode, actor.userId, now.toISOString()))) throw warningAlreadyAcknowledged();
  });
}
