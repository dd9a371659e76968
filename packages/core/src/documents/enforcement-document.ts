import type { ScopeFilter } from '../accounts/scope.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Sector } from '../units/unit-catalog.js';

/**
 * The 执法文书 SafeGrid issues (ADR 0069): 责令限期整改指令书 from an inspection's findings or
 * chosen hazards, 现场检查记录 of an inspection, 整改复查意见书 when a hazard is closed after review.
 */
export const DOCUMENT_KINDS = ['rectification_order', 'inspection_record', 'review_opinion'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The abbreviation in the number: 武应急责改〔2026〕第0123号. */
export const DOCUMENT_KIND_CODES: Readonly<Record<DocumentKind, string>> = {
  rectification_order: '责改',
  inspection_record: '检记',
  review_opinion: '复查',
};

/** An issued document: never changed; a reissue is a new document with a new number that supersedes it. */
export interface EnforcementDocument {
  readonly id: string;
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly sector: Sector;
  readonly kind: DocumentKind;
  readonly number: string;
  readonly year: number;
  readonly seq: number;
  readonly unitId: string;
  readonly inspectionId: string | null;
  readonly hazardIds: readonly string[];
  readonly supersedesId: string | null;
  readonly byteSize: number;
  readonly sha256: string;
  readonly issuedBy: string;
  readonly issuedByName: string;
  readonly issuedAt: string;
}

/** Where an issuing body's documents differ: its number prefix and the bodies its remedies paragraph names. */
export interface DocumentSettings {
  /** e.g. 武应急 → 武应急责改〔2026〕第0001号 */
  readonly numberPrefix: string;
  /** The issuing body, e.g. 常州市武进区应急管理局. */
  readonly agency: string;
  /** Where 行政复议 is applied for (within 60 days). */
  readonly reconsiderationBody: string;
  /** Where 行政诉讼 is brought (within 6 months). */
  readonly court: string;
}

export interface DocumentStore {
  /** The next number of the district's sequence for `kind` in `year`, taken inside the caller's transaction. */
  nextSequence(districtCode: string, kind: DocumentKind, year: number): Promise<number>;
  insert(document: EnforcementDocument, file: Uint8Array): Promise<void>;
  findById(id: string, scope: ScopeFilter): Promise<EnforcementDocument | undefined>;
  readFile(document: Pick<EnforcementDocument, 'id' | 'districtCode'>): Promise<Uint8Array | undefined>;
  /** Documents of an inspection or covering a hazard, inside `scope`, newest first. */
  listFor(scope: ScopeFilter, link: { readonly inspectionId: string } | { readonly hazardId: string }): Promise<EnforcementDocument[]>;
  /** 执法证号 of these users (absent when none is recorded). */
  certificatesOf(districtCode: string, userIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
  setCertificate(districtCode: string, userId: string, certificateNo: string, at: string): Promise<void>;
}

export interface DocumentOfficer {
  readonly name: string;
  readonly certificateNo: string;
}

export interface DocumentUnit {
  readonly name: string;
  readonly creditCode: string | null;
  readonly address: string;
  readonly contact: string | null;
}

/** One finding of a 责令限期整改指令书: numbered, with its legal basis and deadline. */
export interface OrderFinding {
  readonly seq: number;
  readonly text: string;
  readonly legalBasis: string | null;
  readonly major: boolean;
  readonly deadline: CalendarDate;
}

/** What a renderer lays out: everything on the page, already decided. */
export type DocumentContent =
  | {
    readonly kind: 'rectification_order';
    readonly number: string;
    readonly agency: string;
    readonly unit: DocumentUnit;
    readonly findings: readonly OrderFinding[];
    readonly reconsiderationBody: string;
    readonly court: string;
    readonly officers: readonly DocumentOfficer[];
    readonly signature: Uint8Array | null;
    readonly signedBy: string | null;
    readonly issuedOn: CalendarDate;
  }
  | {
    readonly kind: 'inspection_record';
    readonly number: string;
    readonly agency: string;
    readonly unit: DocumentUnit;
    readonly startedAt: string;
    readonly finishedAt: string | null;
    readonly place: string;
    readonly checklist: string;
    readonly items: readonly { readonly seq: number; readonly text: string; readonly result: string; readonly note: string | null }[];
    readonly officers: readonly DocumentOfficer[];
    readonly signature: Uint8Array | null;
    readonly signedBy: string | null;
    readonly issuedOn: CalendarDate;
  }
  | {
    readonly kind: 'review_opinion';
    readonly number: string;
    readonly agency: string;
    readonly unit: DocumentUnit;
    /** The order whose rectification was reviewed, when one was issued. */
    readonly orderNumber: string | null;
    readonly orderIssuedOn: CalendarDate | null;
    readonly hazards: readonly { readonly seq: number; readonly text: string; readonly closedOn: CalendarDate | null; readonly note: string | null }[];
    readonly officers: readonly DocumentOfficer[];
    readonly issuedOn: CalendarDate;
  };

/** Lays a document out as PDF bytes (pdfkit with an embedded Noto Sans SC subset in adapters). */
export interface DocumentRenderer {
  render(content: DocumentContent): Promise<Uint8Array>;
}

/** 武应急责改〔2026〕第0123号 */
export function documentNumber(prefix: string, kind: DocumentKind, year: number, seq: number): string {
  return `${prefix}${DOCUMENT_KIND_CODES[kind]}〔${year}〕第${String(seq).padStart(4, '0')}号`;
}
