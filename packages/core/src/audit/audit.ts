import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { DomainError } from '../shared/domain-error.js';

/**
 * The district's tamper-evident audit trail (ADR 0071): hazard timelines, unit change history,
 * risk overrides, tenant-review decisions, accounts and their locks form one hash chain per
 * district, appended by the stores in the same transaction as each write. Storage walks and checks
 * it; core decides who may see it and records the daily anchor.
 */

/** One broken link: which row or entry, and whether it was edited, deleted, inserted or reordered. */
export interface AuditBreak {
  readonly kind: 'edited' | 'deleted' | 'inserted' | 'reordered';
  readonly where: 'chain' | 'row';
  readonly table: string;
  readonly id: string;
  readonly seq: number | null;
  readonly detail: string;
}

export interface AuditVerification {
  readonly districtCode: string;
  readonly ok: boolean;
  readonly entries: number;
  readonly headSeq: number;
  readonly headHash: string;
  readonly firstBreak: AuditBreak | null;
  readonly breaks: readonly AuditBreak[];
}

export interface AuditHead {
  readonly districtCode: string;
  readonly seq: number;
  readonly hash: string;
}

/** The chain head of one day with that day's verification, kept so a copy held elsewhere can prove an old state. */
export interface AuditAnchor {
  readonly districtCode: string;
  /** Shanghai calendar day, YYYY-MM-DD. */
  readonly day: string;
  readonly seq: number;
  readonly hash: string;
  readonly verifiedOk: boolean;
  readonly problem: AuditBreak | null;
  readonly recordedAt: string;
}

export interface AuditStore {
  head(districtCode: string): Promise<AuditHead>;
  verify(districtCode: string): Promise<AuditVerification>;
  /** Inserts the day's anchor; a second one for the same day is ignored (append-only, idempotent). */
  recordAnchor(anchor: AuditAnchor): Promise<boolean>;
  listAnchors(districtCode: string, limit: number): Promise<AuditAnchor[]>;
}

export const auditReadRefused = (): DomainError =>
  new DomainError('permission_denied', 'audit.read_refused', 'Only the district office reads and verifies the audit trail.');

function requireDistrictOffice(actor: Actor): void {
  if (actor.role !== 'district') throw auditReadRefused();
}

export async function readAuditHead(deps: Pick<CoreDeps, 'audit'>, actor: Actor): Promise<AuditHead> {
  requireDistrictOffice(actor);
  return deps.audit.head(actor.districtCode);
}

export async function verifyAudit(deps: Pick<CoreDeps, 'audit'>, actor: Actor): Promise<AuditVerification> {
  requireDistrictOffice(actor);
  return deps.audit.verify(actor.districtCode);
}

export async function listAuditAnchors(deps: Pick<CoreDeps, 'audit'>, actor: Actor, limit: number): Promise<AuditAnchor[]> {
  requireDistrictOffice(actor);
  return deps.audit.listAnchors(actor.districtCode, limit);
}
