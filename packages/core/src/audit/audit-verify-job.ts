import type { JobDefinition } from '../jobs/job-definition.js';
import { shanghaiDate } from '../shared/calendar-date.js';

/**
 * Every night: verify the district's chain and anchor its head for the day (ADR 0071). The anchor
 * row (head seq and hash, verified or not, and the first break) is what the district office sees
 * on the audit page and prints; the 通报 document will carry it once documents exist. A break also
 * fails the job, so it shows as failed on the jobs page; notifying the office waits for the
 * notifications feature. Idempotent: one anchor per district and day, a rerun changes nothing.
 */
export const auditVerifyJob: JobDefinition = {
  kind: 'audit.verify',
  schedule: '30 2 * * *',
  maxAttempts: 1,
  async run({ job, deps, reportProgress }) {
    const result = await deps.audit.verify(job.districtCode);
    await deps.audit.recordAnchor({
      districtCode: job.districtCode, day: shanghaiDate(deps.clock.now()), seq: result.headSeq, hash: result.headHash,
      verifiedOk: result.ok, problem: result.firstBreak, recordedAt: deps.clock.now().toISOString(),
    });
    await reportProgress(result.entries, result.entries);
    if (result.firstBreak) {
      const { kind, table, id, seq, detail } = result.firstBreak;
      throw new Error(`audit chain broken at ${seq ?? '-'}: ${kind} ${table} ${id} (${detail})`);
    }
  },
};
