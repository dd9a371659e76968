// A worker process for the SIGKILL tests (job-runner.test.ts): it applies a job's effect, reports
// progress 1/2 and then hangs, as a long job would, until the test kills it. Its batchable kind
// (ADR 0116) hangs inside the batch's transaction instead, holding the whole batch.
import { applyEffectOnce, BATCH_HANG_JOB_KIND, EFFECT_JOB_KIND } from './effect-once.js';
import { loadConfig } from '../../config.js';
import { openPlatform } from '../../open-platform.js';
import { createJobRunner } from '../job-runner.js';

const platform = await openPlatform(loadConfig(), { migrate: false });
const runner = createJobRunner({
  deps: platform.deps,
  definitions: [{
    kind: EFFECT_JOB_KIND,
    async run({ job, reportProgress }) {
      await applyEffectOnce(platform.database, job.id);
      await reportProgress(1, 2);
      await new Promise(() => undefined);
    },
  }, {
    kind: BATCH_HANG_JOB_KIND,
    run: () => new Promise(() => undefined),
    batch: { size: 4, runInTransaction: () => new Promise(() => undefined) },
  }],
  leaseMs: 60_000,
  pollMs: 50,
  concurrency: 1,
  schedules: false,
});
runner.start();
