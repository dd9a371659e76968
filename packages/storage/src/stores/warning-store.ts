import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Warning, WarningRecipient, WarningStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { WarningRecipientsTable, WarningsTable } from '../database-schema-duty.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';
import { appendAudit } from '../audit/audit-chain.js';

function toWarning(row: Selectable<WarningsTable>): Warning {
  return {
    ...row, kind: row.kind as Warning['kind'], colour: row.colour as Warning['colour'], status: row.status as Warning['status'],
    townCodes: readJson<string[]>(row.townCodes), addressees: readJson<Warning['addressees']>(row.addressees), events: readJson<Warning['events']>(row.events),
    startsAt: toIso(row.startsAt), endsAt: toIso(row.endsAt), remindedAt: toIsoOrNull(row.remindedAt), createdAt: toIso(row.createdAt), version: Number(row.version),
  };
}

const toWarningRow = (warning: Warning): Insertable<WarningsTable> => ({
  ...warning, townCodes: writeJson(warning.townCodes), addressees: writeJson(warning.addressees), events: writeJson(warning.events),
});

const toRecipient = (row: Selectable<WarningRecipientsTable>): WarningRecipient => ({ ...row, role: row.role as WarningRecipient['role'], acknowledgedAt: toIsoOrNull(row.acknowledgedAt) });

/** Warnings and their addressees. */
export function createWarningStore(db: Kysely<Database>): WarningStore {
  return {
    async findById(id, districtCode) {
      const row = await db.selectFrom('warnings').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toWarning(row);
    },
    async insert(warning, recipients) {
      await db.insertInto('warnings').values(toWarningRow(warning)).execute();
      await appendAudit(db, 'warnings', [warning.id]);
      // Chunks keep each statement under SQLite's bound-parameter limit for districts with many accounts.
      for (let start = 0; start < recipients.length; start += 500) {
        await db.insertInto('warningRecipients').values(recipients.slice(start, start + 500).map((recipient) => ({ ...recipient }))).execute();
      }
    },
    async update(warning, expectedVersion) {
      const { id, districtCode, ...changes } = toWarningRow(warning);
      const result = await db.updateTable('warnings').set(changes).where('id', '=', id).where('districtCode', '=', districtCode).where('version', '=', expectedVersion).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await appendAudit(db, 'warnings', [id]);
      return true;
    },
    async list(districtCode, limit) {
      const rows = await db.selectFrom('warnings').selectAll().where('districtCode', '=', districtCode).orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toWarning);
    },
    async listRecipients(warningId, districtCode) {
      const rows = await db.selectFrom('warningRecipients').selectAll().where('warningId', '=', warningId).where('districtCode', '=', districtCode).orderBy('townCode').orderBy('userId').execute();
      return rows.map(toRecipient);
    },
    async listForRecipient(userId, districtCode, limit) {
      const rows = await db.selectFrom('warningRecipients').innerJoin('warnings', (join) => join.onRef('warnings.id', '=', 'warningRecipients.warningId').onRef('warnings.districtCode', '=', 'warningRecipients.districtCode'))
        .selectAll('warnings').select(['warningRecipients.userId', 'warningRecipients.displayName', 'warningRecipients.role', 'warningRecipients.townCode', 'warningRecipients.acknowledgedAt', 'warningRecipients.warningId'])
        .where('warningRecipients.userId', '=', userId).where('warningRecipients.districtCode', '=', districtCode)
        .orderBy('warnings.createdAt', 'desc').orderBy('warnings.id', 'desc').limit(limit).execute();
      return rows.map(({ userId: user, displayName, role, townCode, acknowledgedAt, warningId, ...warning }) => ({
        warning: toWarning(warning),
        recipient: toRecipient({ warningId, districtCode, userId: user, displayName, role, townCode, acknowledgedAt }),
      }));
    },
    async acknowledge(warningId, districtCode, userId, at) {
      const result = await db.updateTable('warningRecipients').set({ acknowledgedAt: at })
        .where('warningId', '=', warningId).where('districtCode', '=', districtCode).where('userId', '=', userId).where('acknowledgedAt', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
