import { isInScope } from '../accounts/scope.js';
import type { DocumentStore, EnforcementDocument } from '../documents/enforcement-document.js';

export interface MemoryDocumentTables {
  documentSequences: Map<string, number>;
  documents: Map<string, { document: EnforcementDocument; file: Uint8Array }>;
  officerCertificates: Map<string, string>;
}

const newestFirst = (a: EnforcementDocument, b: EnforcementDocument) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Issued documents over plain maps, with the storage rules: one number per district, kind, year and seq. */
export function createMemoryDocumentStore(tables: MemoryDocumentTables): DocumentStore {
  const scoped = (document: EnforcementDocument, scope: Parameters<DocumentStore['findById']>[1]) => isInScope(scope, document);
  return {
    async nextSequence(districtCode, kind, year) {
      const key = `${districtCode}:${kind}:${year}`;
      const next = (tables.documentSequences.get(key) ?? 0) + 1;
      tables.documentSequences.set(key, next);
      return next;
    },
    async insert(document, file) {
      const clash = [...tables.documents.values()].some(({ document: other }) =>
        other.id === document.id || (other.districtCode === document.districtCode && other.kind === document.kind && other.year === document.year && other.seq === document.seq));
      if (clash) throw new Error('duplicate key: enforcement_documents');
      tables.documents.set(document.id, { document, file: new Uint8Array(file) });
    },
    async findById(id, scope) {
      const row = tables.documents.get(id);
      return row && scoped(row.document, scope) ? row.document : undefined;
    },
    async readFile(document) {
      const row = tables.documents.get(document.id);
      return row && row.document.districtCode === document.districtCode ? new Uint8Array(row.file) : undefined;
    },
    async listFor(scope, link) {
      return [...tables.documents.values()]
        .map((row) => row.document)
        .filter((document) => scoped(document, scope)
          && ('inspectionId' in link ? document.inspectionId === link.inspectionId : document.hazardIds.includes(link.hazardId)))
        .sort(newestFirst);
    },
    async certificatesOf(districtCode, userIds) {
      return new Map(userIds.flatMap((id) => {
        const certificate = tables.officerCertificates.get(`${districtCode}:${id}`);
        return certificate ? [[id, certificate] as const] : [];
      }));
    },
    async setCertificate(districtCode, userId, certificateNo) {
      tables.officerCertificates.set(`${districtCode}:${userId}`, certificateNo);
    },
  };
}
