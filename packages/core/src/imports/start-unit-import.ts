import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import type { CoreDeps } from '../deps.js';
import { idempotencyKeyReused } from '../hazards/hazard-errors.js';
import { newJob, type Job } from '../jobs/job.js';
import { DomainError } from '../shared/domain-error.js';
import { canEditUnits } from '../units/unit-policy.js';
import { emptySheet, importRefused } from './import-errors.js';
import type { OnExisting, UnitImportRequest } from './import-units.js';
import type { UnitImportRun } from './unit-import-run.js';

/** The job that commits a unit import run (ADR 0098). */
export const UNIT_IMPORT_JOB_KIND = 'imports.units';
/**
 * Attempts of the commit job. A file the checks refuse is recorded as refused, not retried; only a
 * run that died (a stopped process, a lost database connection) runs again, from the kept sheet.
 */
export const UNIT_IMPORT_MAX_ATTEMPTS = 3;

export interface StartUnitImportInput extends UnitImportRequest {
  readonly onExisting: OnExisting;
  readonly fileName: string;
  /** A client's retry key: the same key and request answer the first run instead of starting another. */
  readonly idempotencyKey?: string | undefined;
  /** A digest of the request (file, mapping, choice) so a key reused for another file is refused. */
  readonly requestHash?: string | undefined;
}

/** A run as the status answer shows it: no rows, with its job's state and progress. */
export interface UnitImportStatus {
  readonly run: Omit<UnitImportRun, 'sheet'>;
  readonly job: Job | undefined;
}

export const unitImportNotFound = (id: string) =>
  new DomainError('not_found', 'import.run_not_found', 'The import does not exist or is not yours.', { id });

/**
 * 台账导入, step two as a job (ADR 0098): keeps the sheet as read and enqueues `imports.units` in the
 * same transaction, so the job exists exactly when the run does. The job checks every row again,
 * reporting progress, and writes all rows or none. A retried request with the same idempotency key
 * answers the first run: one file committed twice by a double click or a lost answer imports once.
 */
export async function startUnitImport(deps: CoreDeps, actor: Actor, input: StartUnitImportInput): Promise<{ status: UnitImportStatus; started: boolean }> {
  if (!canEditUnits(actor)) throw importRefused();
  if (input.table.rows.length === 0) throw emptySheet();
  if (input.idempotencyKey) {
    const earlier = await deps.idempotency.find(actor.userId, input.idempotencyKey);
    if (earlier) {
      if (earlier.requestHash !== (input.requestHash ?? '')) throw idempotencyKeyReused();
      return { status: await readUnitImport(deps, actor, earlier.resourceId), started: false };
    }
  }
  const now = deps.clock.now();
  const id = deps.ids.newId();
  const job = newJob(
    { kind: UNIT_IMPORT_JOB_KIND, districtCode: actor.districtCode, payload: { importId: id }, dedupeKey: id, maxAttempts: UNIT_IMPORT_MAX_ATTEMPTS },
    { id: deps.ids.newId(), now },
  );
  const summary: Omit<UnitImportRun, 'sheet'> = {
    id, districtCode: actor.districtCode, jobId: job.id, requestedBy: actor.userId, fileName: input.fileName.slice(0, 255), onExisting: input.onExisting,
    mapping: input.mapping ?? {}, totalRows: input.table.rows.length, outcome: null, createdAt: now.toISOString(), finishedAt: null,
  };
  await deps.inTransaction(async (stores) => {
    await stores.unitImports.insert({ ...summary, sheet: input.table });
    await stores.jobs.enqueue(job);
    if (input.idempotencyKey) {
      await stores.idempotency.save({ userId: actor.userId, key: input.idempotencyKey, requestHash: input.requestHash ?? '', resourceId: id, createdAt: now.toISOString() });
    }
  });
  return { status: { run: summary, job }, started: true };
}

/** An import run's state for the page that polls it: its requester's, or any of the district office's. */
export async function readUnitImport(deps: CoreDeps, actor: Actor, id: string): Promise<UnitImportStatus> {
  const run = await deps.unitImports.findSummary(id, actor.districtCode);
  if (!run || (run.requestedBy !== actor.userId && !isDistrictOffice(actor))) throw unitImportNotFound(id);
  return { run, job: await deps.jobs.find(run.jobId, run.districtCode) };
}
