import { actorOf, systemActor, type Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps } from '../deps.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { isDomainError, type DomainError } from '../shared/domain-error.js';
import { importRefused, importRowsInvalid, unmappedHeadings } from './import-errors.js';
import { checkUnitImport, importUnitsRecord } from './import-units.js';
import { UNIT_IMPORT_JOB_KIND, UNIT_IMPORT_MAX_ATTEMPTS } from './start-unit-import.js';
import type { UnitImportOutcome, UnitImportRun } from './unit-import-run.js';

/** A repeated run found the import finished by an earlier one while it wrote: its writes roll back. */
class AlreadyImported extends Error {
  override readonly name = 'AlreadyImported';
}

/** Failures that may pass on a later attempt; every other refusal is the file's or the account's and is recorded. */
const TRANSIENT_KINDS = new Set<DomainError['kind']>(['conflict', 'locked', 'rate_limited']);

/** The account the run acts as, as it is now: a disabled account imports nothing. */
async function actorOfRun(deps: CoreDeps, run: UnitImportRun): Promise<Actor | undefined> {
  if (run.requestedBy === 'system') return systemActor(run.districtCode);
  const user = await deps.users.findById(run.requestedBy);
  return user && user.status === 'active' && user.districtCode === run.districtCode ? actorOf(user) : undefined;
}

const refusal = (error: DomainError): UnitImportOutcome => ({
  outcome: 'refused',
  code: error.code,
  params: Object.fromEntries(Object.entries(error.details).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number')),
});

/**
 * `imports.units` (ADR 0098): commits one kept unit import run. It checks every row again as the
 * account that asked (progress: rows checked of rows in the file), then writes all rows in ONE
 * transaction that also saves the outcome and drops the kept sheet. Idempotent: a run whose outcome
 * is saved is left alone, and a repeated run that raced an earlier one finds the outcome set inside
 * its own transaction and rolls back, so a file is never imported twice. A run that dies mid-way
 * leaves nothing (the transaction never committed) and runs again from the kept sheet. Rows the
 * checks refuse end the run as refused, with the reason, and nothing written.
 */
export const unitImportJob: JobDefinition = {
  kind: UNIT_IMPORT_JOB_KIND,
  maxAttempts: UNIT_IMPORT_MAX_ATTEMPTS,
  async run({ job, deps, reportProgress }) {
    const importId = job.payload['importId'];
    // Run by hand from the jobs page there is no import to commit.
    if (typeof importId !== 'string') return;
    const run = await deps.unitImports.find(importId, job.districtCode);
    if (!run) throw new Error(`unit import ${importId} does not exist`);
    if (run.outcome !== null || run.sheet === null) return;
    const sheet = run.sheet;
    const finish = (outcome: UnitImportOutcome) => deps.inTransaction((stores) => stores.unitImports.finish(run.id, run.districtCode, outcome, deps.clock.now().toISOString()));
    try {
      const actor = await actorOfRun(deps, run);
      if (!actor) throw importRefused();
      await reportProgress(0, run.totalRows);
      const { checked, rows, problems } = await checkUnitImport(deps, actor, { table: sheet, mapping: run.mapping }, (done, total) =>
        // The lookups count valid rows; shown against the file's rows, the checks end at all rows.
        reportProgress(total === 0 ? run.totalRows : Math.round((done / total) * run.totalRows), run.totalRows));
      if (checked.unknownHeadings.length > 0) throw unmappedHeadings(checked.unknownHeadings);
      if (problems.length > 0) throw importRowsInvalid(problems.length);
      await reportProgress(run.totalRows, run.totalRows);
      const context = writeContext(deps, actor);
      await deps.inTransaction(async (stores) => {
        const result = await importUnitsRecord(stores, context, { rows, onExisting: run.onExisting });
        if (!(await stores.unitImports.finish(run.id, run.districtCode, { outcome: 'imported', ...result }, context.now.toISOString()))) throw new AlreadyImported();
      });
    } catch (error) {
      if (error instanceof AlreadyImported) return;
      if (isDomainError(error) && !TRANSIENT_KINDS.has(error.kind)) {
        await finish(refusal(error));
        return;
      }
      throw error;
    }
  },
};
