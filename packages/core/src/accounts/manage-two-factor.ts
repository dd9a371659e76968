import type { CoreDeps, Stores, WriteServices } from '../deps.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import type { Actor } from './actor.js';
import { isDistrictOffice } from './district-office.js';
import {
  DEFAULT_TWO_FACTOR_POLICY, RECOVERY_CODE_COUNT, TOTP_ISSUER, isTotpCode, normalizeRecoveryCode,
  type TotpEnrolment, type TwoFactorEventKind, type TwoFactorPolicy,
} from './two-factor.js';

/** What the user menu shows about the signed-in user's own second factor. */
export interface TwoFactorStatus {
  readonly enabled: boolean;
  readonly recoveryCodesLeft: number;
  /** The district requires a second factor of this account. */
  readonly required: boolean;
}

/** The one moment a secret is shown: to scan (URI) or type (base32). */
export interface TotpEnrolmentStart {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly issuer: string;
  readonly accountName: string;
}

/** The district's policy, or the default (not required) until the district office sets one. */
export async function twoFactorPolicyFor(stores: Pick<Stores, 'twoFactor'>, districtCode: string): Promise<TwoFactorPolicy> {
  const stored = await stores.twoFactor.findPolicy(districtCode);
  return stored ? { requiredForDistrictOffice: stored.requiredForDistrictOffice } : DEFAULT_TWO_FACTOR_POLICY;
}

/**
 * Whether this account must enrol before doing anything else: the district requires a second
 * factor of district-office accounts and this one has none enabled.
 */
export async function mustEnrolTwoFactor(stores: Pick<Stores, 'twoFactor'>, actor: Actor): Promise<boolean> {
  if (!isDistrictOffice(actor)) return false;
  const policy = await twoFactorPolicyFor(stores, actor.districtCode);
  if (!policy.requiredForDistrictOffice) return false;
  const enrolment = await stores.twoFactor.find(actor.userId);
  return enrolment?.status !== 'enabled';
}

export async function twoFactorStatus(deps: CoreDeps, actor: Actor): Promise<TwoFactorStatus> {
  requirePerson(actor);
  const enrolment = await deps.twoFactor.find(actor.userId);
  const enabled = enrolment?.status === 'enabled';
  const policy = await twoFactorPolicyFor(deps, actor.districtCode);
  return {
    enabled,
    recoveryCodesLeft: enabled ? await deps.twoFactor.countUnusedRecoveryCodes(actor.userId) : 0,
    required: policy.requiredForDistrictOffice && isDistrictOffice(actor),
  };
}

/**
 * Creates a new secret for the signed-in user, pending until a current code confirms it. A pending
 * enrolment is replaced; an enabled one must be turned off first (409).
 */
export async function startTotpEnrolment(deps: CoreDeps, actor: Actor): Promise<TotpEnrolmentStart> {
  requirePerson(actor);
  const secret = deps.totp.newSecret();
  await deps.inTransaction(async (stores) => {
    const existing = await stores.twoFactor.find(actor.userId);
    if (existing?.status === 'enabled') throw new DomainError('conflict', 'two_factor.already_enabled', 'The second factor is already on.');
    await stores.twoFactor.save({
      userId: actor.userId, districtCode: actor.districtCode, secret: deps.secrets.seal(secret), status: 'pending',
      createdAt: deps.clock.now().toISOString(), enabledAt: null, lastUsedStep: null,
    });
  });
  return { secret, otpauthUri: deps.totp.keyUri(secret, actor.username), issuer: TOTP_ISSUER, accountName: actor.username };
}

/**
 * Turns the pending enrolment on when `code` is the authenticator's current code, and returns the
 * ten recovery codes (shown once; only their hashes are kept). Audited.
 */
export async function confirmTotpEnrolment(deps: CoreDeps, actor: Actor, input: { readonly code: string }): Promise<{ recoveryCodes: string[] }> {
  requirePerson(actor);
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () => deps.totp.newRecoveryCode());
  const now = deps.clock.now();
  await deps.inTransaction(async (stores) => {
    const enrolment = await stores.twoFactor.find(actor.userId);
    if (!enrolment || enrolment.status !== 'pending') {
      throw new DomainError('conflict', 'two_factor.no_pending_enrolment', 'Start the enrolment first.');
    }
    const step = isTotpCode(input.code) ? deps.totp.matchStep(deps.secrets.open(enrolment.secret), input.code.replace(/\s/g, ''), now) : null;
    if (step === null) throw invalidInput([{ path: '/code', code: 'totp_code_wrong' }]);
    await stores.twoFactor.save({ ...enrolment, status: 'enabled', enabledAt: now.toISOString(), lastUsedStep: step });
    await stores.twoFactor.replaceRecoveryCodes(actor.userId, recoveryCodes.map((code) => deps.tokens.hashToken(normalizeRecoveryCode(code))));
    await appendEvent(stores, deps, actor, actor.userId, 'enabled', now);
  });
  return { recoveryCodes };
}

/** The signed-in user turns their own second factor off with a current code (or a recovery code). Audited. */
export async function disableOwnTwoFactor(deps: CoreDeps, actor: Actor, input: { readonly code: string }): Promise<void> {
  requirePerson(actor);
  const now = deps.clock.now();
  await deps.inTransaction(async (stores) => {
    const enrolment = await stores.twoFactor.find(actor.userId);
    if (!enrolment || enrolment.status !== 'enabled') throw new DomainError('conflict', 'two_factor.not_enabled', 'The second factor is not on.');
    if (!(await acceptSecondFactorCode(stores, deps, enrolment, input.code, now))) {
      throw invalidInput([{ path: '/code', code: 'totp_code_wrong' }]);
    }
    await stores.twoFactor.remove(actor.userId);
    await appendEvent(stores, deps, actor, actor.userId, 'disabled', now);
  });
}

/**
 * The district office turns another account's second factor off (a lost phone): the account logs
 * in with its password alone until it enrols again. Accounts of other districts are not found. Audited.
 */
export async function resetTwoFactor(deps: CoreDeps, actor: Actor, userId: string): Promise<void> {
  requireDistrictOffice(actor);
  const now = deps.clock.now();
  await deps.inTransaction(async (stores) => {
    const user = await stores.users.findById(userId);
    if (!user || user.districtCode !== actor.districtCode) throw new DomainError('not_found', 'user.not_found', 'No such user.');
    const enrolment = await stores.twoFactor.find(userId);
    if (!enrolment) return;
    await stores.twoFactor.remove(userId);
    if (enrolment.status === 'enabled') await appendEvent(stores, deps, actor, userId, 'reset', now);
  });
}

/** The district's second-factor rule, as the district office sees and sets it. */
export async function getTwoFactorPolicy(deps: CoreDeps, actor: Actor): Promise<TwoFactorPolicy> {
  requireDistrictOffice(actor);
  return twoFactorPolicyFor(deps, actor.districtCode);
}

/** The district office decides whether its own accounts must use a second factor. */
export async function setTwoFactorPolicy(deps: CoreDeps, actor: Actor, policy: TwoFactorPolicy): Promise<TwoFactorPolicy> {
  requireDistrictOffice(actor);
  await deps.inTransaction((stores) => stores.twoFactor.savePolicy({
    districtCode: actor.districtCode, requiredForDistrictOffice: policy.requiredForDistrictOffice,
    updatedBy: actor.username, updatedAt: deps.clock.now().toISOString(),
  }));
  return { requiredForDistrictOffice: policy.requiredForDistrictOffice };
}

/**
 * Whether `code` opens this enrolment now, using it up: a 6-digit code of the current step (±1) that
 * is later than the last accepted one (a code cannot be replayed), or an unused recovery code.
 */
export async function acceptSecondFactorCode(
  stores: Pick<Stores, 'twoFactor'>, deps: Pick<WriteServices, 'totp' | 'tokens' | 'secrets'>, enrolment: TotpEnrolment, code: string, now: Date,
): Promise<boolean> {
  if (isTotpCode(code)) {
    const step = deps.totp.matchStep(deps.secrets.open(enrolment.secret), code.replace(/\s/g, ''), now);
    return step !== null && (await stores.twoFactor.useStep(enrolment.userId, step));
  }
  const normalized = normalizeRecoveryCode(code);
  if (normalized.length === 0) return false;
  return stores.twoFactor.useRecoveryCode(enrolment.userId, deps.tokens.hashToken(normalized), now.toISOString());
}

/**
 * Seals every TOTP secret still stored plain (rows written before ADR 0104), at start-up. Each row is
 * one conditional UPDATE from the plain value, so two processes starting together seal it once.
 * Answers how many rows this call sealed.
 */
export async function sealPlainTotpSecrets(deps: Pick<CoreDeps, 'twoFactor' | 'secrets' | 'inTransaction'>): Promise<number> {
  const plain = (await deps.twoFactor.listSecrets()).filter((row) => !deps.secrets.isSealed(row.secret));
  let sealed = 0;
  for (const row of plain) {
    const replaced = await deps.inTransaction((stores) => stores.twoFactor.replaceSecret(row.userId, row.secret, deps.secrets.seal(row.secret)));
    if (replaced) sealed += 1;
  }
  return sealed;
}

async function appendEvent(stores: Stores, deps: WriteServices, actor: Actor, userId: string, kind: TwoFactorEventKind, now: Date): Promise<void> {
  await stores.twoFactor.appendEvent({
    id: deps.ids.newId(), districtCode: actor.districtCode, userId, kind, at: now.toISOString(), actorUserId: actor.userId, actorUsername: actor.username,
  });
}

/** A person's own session: a system reading with an API key has no second factor to manage. */
function requirePerson(actor: Actor): void {
  if (actor.apiKeyId) throw new DomainError('permission_denied', 'auth.api_key_scope', 'An API key cannot manage a second factor.');
}

function requireDistrictOffice(actor: Actor): void {
  requirePerson(actor);
  if (!isDistrictOffice(actor)) throw new DomainError('permission_denied', 'two_factor.manage_refused', 'Only the district office manages second factors of others.');
}
