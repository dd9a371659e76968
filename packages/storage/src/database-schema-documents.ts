import type { TimestampColumn } from './database-schema.js';

export interface DocumentSequencesTable {
  districtCode: string;
  kind: string;
  year: number;
  lastSeq: number;
}

export interface EnforcementDocumentsTable {
  districtCode: string;
  id: string;
  townCode: string;
  villageCode: string;
  gridId: string;
  sector: string;
  kind: string;
  number: string;
  year: number;
  seq: number;
  unitId: string;
  inspectionId: string | null;
  supersedesId: string | null;
  file: Uint8Array;
  byteSize: number;
  sha256: string;
  issuedBy: string;
  issuedByName: string;
  issuedAt: TimestampColumn;
}

export interface EnforcementDocumentHazardsTable {
  districtCode: string;
  documentId: string;
  hazardId: string;
}

export interface OfficerCertificatesTable {
  districtCode: string;
  userId: string;
  certificateNo: string;
  updatedAt: TimestampColumn;
}

/** 执法文书: numbers, issued documents and officers’ certificates (ADR 0069). */
export interface DocumentDatabase {
  documentSequences: DocumentSequencesTable;
  enforcementDocuments: EnforcementDocumentsTable;
  enforcementDocumentHazards: EnforcementDocumentHazardsTable;
  officerCertificates: OfficerCertificatesTable;
}
