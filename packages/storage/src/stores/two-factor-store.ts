import type { TotpStatus, TwoFactorEventKind, TwoFactorStore } from '@safegrid/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/audit-chain.js';
import type { Database } from '../database-schema.js';
import { toCount, toIso, toIsoOrNull } from './row-values.js';

/**
 * Second factors (ADR 0093). The secret is stored sealed by core's SecretBox (ADR 0104) and read only to check a code and is never written to a
 * log; the audit chain covers the events and the district's rule, not the enrolment row. Using a
 * time step or a recovery code is one conditional UPDATE, so two processes cannot both accept it.
 */
export function createTwoFactorStore(db: Kysely<Database>): TwoFactorStore {
  return {
    async find(userId) {
      const row = await db.selectFrom('totpEnrolments').selectAll().where('userId', '=', userId).executeTakeFirst();
      if (!row) return undefined;
      return {
        userId: row.userId,
        districtCode: row.districtCode,
        secret: row.secret,
        status: row.status as TotpStatus,
        createdAt: toIso(row.createdAt),
        enabledAt: toIsoOrNull(row.enabledAt),
        lastUsedStep: row.lastUsedStep === null ? null : toCount(row.lastUsedStep),
      };
    },
    async save(enrolment) {
      const { userId: _key, ...changes } = enrolment;
      await db.insertInto('totpEnrolments').values(enrolment).onConflict((conflict) => conflict.column('userId').doUpdateSet(changes)).execute();
    },
    async remove(userId) {
      await db.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
      await db.deleteFrom('totpEnrolments').where('userId', '=', userId).execute();
    },
    async useStep(userId, step) {
      const result = await db
        .updateTable('totpEnrolments')
        .set({ lastUsedStep: step })
        .where('userId', '=', userId)
        .where((eb) => eb.or([eb('lastUsedStep', 'is', null), eb('lastUsedStep', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async replaceRecoveryCodes(userId, codeHashes) {
      await db.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
      if (codeHashes.length > 0) await db.insertInto('recoveryCodes').values(codeHashes.map((codeHash) => ({ userId, codeHash, usedAt: null }))).execute();
    },
    async useRecoveryCode(userId, codeHash, at) {
      const result = await db
        .updateTable('recoveryCodes')
        .set({ usedAt: at })
        .where('userId', '=', userId)
        .where('codeHash', '=', codeHash)
        .where('usedAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async countUnusedRecoveryCodes(userId) {
      const row = await db.selectFrom('recoveryCodes').select((eb) => eb.fn.countAll().as('count')).where('userId', '=', userId).where('usedAt', 'is', null).executeTakeFirst();
      return toCount(row?.count as number | string | bigint | undefined);
    },
    async insertChallenge(challenge) {
      await db.insertInto('loginChallenges').values(challenge).execute();
    },
    async findChallenge(tokenHash) {
      const row = await db.selectFrom('loginChallenges').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
      if (!row) return undefined;
      return { tokenHash: row.tokenHash, userId: row.userId, username: row.username, createdAt: toIso(row.createdAt), expiresAt: toIso(row.expiresAt) };
    },
    async deleteChallenge(tokenHash) {
      await db.deleteFrom('loginChallenges').where('tokenHash', '=', tokenHash).execute();
    },
    async deleteExpiredChallenges(now) {
      await db.deleteFrom('loginChallenges').where('expiresAt', '<=', now).execute();
    },
    async appendEvent(event) {
      await db.insertInto('twoFactorEvents').values(event).execute();
      await appendAudit(db, 'two_factor_events', [event.id]);
    },
    async listEvents(userId) {
      const rows = await db.selectFrom('twoFactorEvents').selectAll().where('userId', '=', userId).orderBy('at').orderBy('id').execute();
      return rows.map((row) => ({
        id: row.id, districtCode: row.districtCode, userId: row.userId, kind: row.kind as TwoFactorEventKind, at: toIso(row.at),
        actorUserId: row.actorUserId, actorUsername: row.actorUsername,
      }));
    },
    async findPolicy(districtCode) {
      const row = await db.selectFrom('twoFactorPolicies').selectAll().where('districtCode', '=', districtCode).executeTakeFirst();
      if (!row) return undefined;
      return { districtCode: row.districtCode, requiredForDistrictOffice: Number(row.requiredForDistrictOffice) === 1, updatedBy: row.updatedBy, updatedAt: toIso(row.updatedAt) };
    },
    async savePolicy(policy) {
      const values = { districtCode: policy.districtCode, requiredForDistrictOffice: policy.requiredForDistrictOffice ? 1 : 0, updatedBy: policy.updatedBy, updatedAt: policy.updatedAt };
      const { districtCode, ...changes } = values;
      await db.insertInto('twoFactorPolicies').values(values).onConflict((conflict) => conflict.column('districtCode').doUpdateSet(changes)).execute();
      await appendAudit(db, 'two_factor_policies', [districtCode]);
    },
    async listSecrets() {
      return db.selectFrom('totpEnrolments').select(['userId', 'secret']).orderBy('userId').execute();
    },
    async replaceSecret(userId, from, to) {
      const result = await db.updateTable('totpEnrolments').set({ secret: to }).where('userId', '=', userId).where('secret', '=', from).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
