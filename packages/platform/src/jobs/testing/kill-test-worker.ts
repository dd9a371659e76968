// A worker process for the SIGKILL test (job-runner.test.ts): it applies a job's effect, reports
// progress 1/2 and then hangs, as a long job would, until the test kills it.
import { applyEffectOnce, EFFECT_JOB_KIND } from './effect-once.js';
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
  }],
  leaseMs: 60_000,
  pollMs: 50,
  concurrency: 1,
  schedules: false,
});
runner.start();
