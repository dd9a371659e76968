import type { Kysely, Selectable } from 'kysely';
import type { DocumentKind, DocumentStore, EnforcementDocument, Sector } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { EnforcementDocumentsTable } from '../database-schema-documents.js';
import { toIso } from './row-values.js';
import { scopeCondition } from './scope-conditions.js';

const META_COLUMNS = [
  'id', 'districtCode', 'townCode', 'villageCode', 'gridId', 'sector', 'kind', 'number', 'year', 'seq', 'unitId', 'inspectionId',
  'supersedesId', 'byteSize', 'sha256', 'issuedBy', 'issuedByName', 'issuedAt',
] as const;
type MetaRow = Pick<Selectable<EnforcementDocumentsTable>, (typeof META_COLUMNS)[number]>;

/** Issued 执法文书 (ADR 0069): immutable rows with their bytes; numbers from one sequence row per district, kind and year. */
export function createDocumentStore(db: Kysely<Database>): DocumentStore {
  const hazardIdsOf = async (rows: readonly MetaRow[]): Promise<Map<string, string[]>> => {
    const ids = new Map<string, string[]>(rows.map((row) => [row.id, []]));
    if (rows.length === 0) return ids;
    const links = await db.selectFrom('enforcementDocumentHazards').select(['documentId', 'hazardId'])
      .where('districtCode', '=', rows[0]?.districtCode ?? '').where('documentId', 'in', rows.map((row) => row.id)).orderBy('hazardId').execute();
    for (const link of links) ids.get(link.documentId)?.push(link.hazardId);
    return ids;
  };
  const toDocuments = async (rows: readonly MetaRow[]): Promise<EnforcementDocument[]> => {
    const hazardIds = await hazardIdsOf(rows);
    return rows.map((row) => ({
      id: row.id, districtCode: row.districtCode, townCode: row.townCode, villageCode: row.villageCode, gridId: row.gridId,
      sector: row.sector as Sector, kind: row.kind as DocumentKind, number: row.number, year: Number(row.year), seq: Number(row.seq),
      unitId: row.unitId, inspectionId: row.inspectionId, hazardIds: hazardIds.get(row.id) ?? [], supersedesId: row.supersedesId,
      byteSize: Number(row.byteSize), sha256: row.sha256, issuedBy: row.issuedBy, issuedByName: row.issuedByName, issuedAt: toIso(row.issuedAt),
    }));
  };
  return {
    async nextSequence(districtCode, kind, year) {
      // One statement that creates or bumps the row and returns the new value: on PostgreSQL the
      // row lock holds a second issuer until this transaction ends; SQLite has one writer at a time.
      const row = await db.insertInto('documentSequences').values({ districtCode, kind, year, lastSeq: 1 })
        .onConflict((conflict) => conflict.columns(['districtCode', 'kind', 'year']).doUpdateSet((eb) => ({ lastSeq: eb(eb.ref('documentSequences.lastSeq'), '+', 1) })))
        .returning('lastSeq')
        .executeTakeFirstOrThrow();
      return Number(row.lastSeq);
    },

    async insert(document, file) {
      const { hazardIds, ...meta } = document;
      await db.insertInto('enforcementDocuments').values({ ...meta, file: Buffer.from(file.buffer, file.byteOffset, file.byteLength) }).execute();
      if (hazardIds.length > 0) {
        await db.insertInto('enforcementDocumentHazards')
          .values(hazardIds.map((hazardId) => ({ districtCode: document.districtCode, documentId: document.id, hazardId })))
          .execute();
      }
    },

    async findById(id, scope) {
      const row = await db.selectFrom('enforcementDocuments').select(META_COLUMNS)
        .where('enforcementDocuments.id', '=', id).where((eb) => scopeCondition(eb, 'enforcementDocuments', scope)).executeTakeFirst();
      return row ? (await toDocuments([row]))[0] : undefined;
    },

    async readFile(document) {
      const row = await db.selectFrom('enforcementDocuments').select('file')
        .where('districtCode', '=', document.districtCode).where('id', '=', document.id).executeTakeFirst();
      return row ? new Uint8Array(row.file) : undefined;
    },

    async listFor(scope, link) {
      let query = db.selectFrom('enforcementDocuments').select(META_COLUMNS.map((column) => `enforcementDocuments.${column}` as const))
        .where((eb) => scopeCondition(eb, 'enforcementDocuments', scope));
      query = 'inspectionId' in link
        ? query.where('enforcementDocuments.inspectionId', '=', link.inspectionId)
        : query.where((eb) => eb.exists(eb.selectFrom('enforcementDocumentHazards as link').select('link.hazardId')
          .whereRef('link.districtCode', '=', 'enforcementDocuments.districtCode').whereRef('link.documentId', '=', 'enforcementDocuments.id')
          .where('link.hazardId', '=', link.hazardId)));
      return toDocuments(await query.orderBy('enforcementDocuments.id', 'desc').execute());
    },

    async certificatesOf(districtCode, userIds) {
      if (userIds.length === 0) return new Map();
      const rows = await db.selectFrom('officerCertificates').select(['userId', 'certificateNo'])
        .where('districtCode', '=', districtCode).where('userId', 'in', [...userIds]).execute();
      return new Map(rows.map((row) => [row.userId, row.certificateNo]));
    },

    async setCertificate(districtCode, userId, certificateNo, at) {
      await db.insertInto('officerCertificates').values({ districtCode, userId, certificateNo, updatedAt: at })
        .onConflict((conflict) => conflict.columns(['districtCode', 'userId']).doUpdateSet({ certificateNo, updatedAt: at }))
        .execute();
    },
  };
}
