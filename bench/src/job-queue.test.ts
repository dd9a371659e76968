import { describe, expect, it } from 'vitest';
import { pendingInMetrics } from './job-queue.js';

// As the server's /metrics answered during a bench run (the registry adds `service` to every series).
const SCRAPE = `# HELP safegrid_job_queue_depth Jobs in the queue by state, read from the database at each scrape
# TYPE safegrid_job_queue_depth gauge
safegrid_job_queue_depth{state="queued",service="safegrid"} 4248
safegrid_job_queue_depth{state="retrying",service="safegrid"} 18
safegrid_job_queue_depth{service="safegrid",state="running"} 2
safegrid_job_queue_depth{state="succeeded",service="safegrid"} 232
nodejs_heap_size_used_bytes{service="safegrid"} 1.5e7
`;

describe('job queue depth from /metrics', () => {
  it('sums queued and running jobs whatever the other labels and their order', () => {
    expect(pendingInMetrics(SCRAPE)).toBe(4250);
  });

  it('reads an empty queue as zero and a scrape without the gauge as unknown', () => {
    expect(pendingInMetrics('# HELP safegrid_job_queue_depth Jobs\n# TYPE safegrid_job_queue_depth gauge\nsafegrid_job_queue_depth{state="succeeded",service="safegrid"} 3\n')).toBe(0);
    expect(pendingInMetrics('# TYPE safegrid_job_queue_depth gauge\n')).toBe(0);
    expect(pendingInMetrics('nodejs_heap_size_used_bytes 1\n')).toBeNull();
  });
});
