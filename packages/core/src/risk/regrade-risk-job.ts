import { systemActor } from '../accounts/actor.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { regradeDistrict } from './recompute-district-risks.js';

/**
 * Nightly regrade of one district, so that colours that depend on the date take effect without a
 * write: a unit not inspected recently, an override that expired, a deadline that passed. One job
 * per district and night. Idempotent: a second run grades the same facts to the same colours and
 * appends history only where a colour changed, which the first run already did.
 */
export const regradeRiskJob: JobDefinition = {
  kind: 'risk.regrade',
  schedule: '30 2 * * *',
  async run({ job, deps, reportProgress }) {
    const now = deps.clock.now();
    const result = await deps.inTransaction((stores) =>
      regradeDistrict(stores, { districtCode: job.districtCode, now, ids: deps.ids, actor: systemActor(job.districtCode) }));
    await reportProgress(result.graded, result.graded);
  },
};
