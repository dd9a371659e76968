/**
 * The server's job queue as its /metrics reports it (`safegrid_job_queue_depth`). The bench runs
 * the server with its job runner on (ADR 0107: a create leaves its unit's regrade to a job), so a
 * write is measured with the work it defers: the queue is let run empty before an operation, and a
 * write operation's rate counts the time the queue takes to empty after it.
 */
export interface MetricsAccess {
  readonly url: string;
  readonly token: string;
}

/** Jobs waiting or running now; null when the metrics cannot be read. */
export async function pendingJobs(metrics: MetricsAccess): Promise<number | null> {
  try {
    const response = await fetch(`${metrics.url}/metrics`, { headers: { authorization: `Bearer ${metrics.token}` } });
    if (!response.ok) return null;
    return pendingInMetrics(await response.text());
  } catch {
    return null;
  }
}

/**
 * Sums the queued and running jobs of a Prometheus text scrape; null when the gauge is absent.
 * The labels come in any order and with others besides `state` (the registry adds `service`).
 */
export function pendingInMetrics(text: string): number | null {
  let seen = false;
  let pending = 0;
  for (const match of text.matchAll(/^safegrid_job_queue_depth\{([^}]*)\} (\S+)$/gm)) {
    seen = true;
    const state = /(?:^|,)state="([^"]*)"/.exec(match[1] ?? '')?.[1];
    if (state === 'queued' || state === 'running') pending += Number(match[2]);
  }
  return seen || text.includes('# TYPE safegrid_job_queue_depth gauge') ? pending : null;
}

/**
 * Waits until no job is queued or running (polling every 200 ms, at most `timeoutSeconds`) and
 * returns the seconds waited; throws when the queue cannot be read or does not empty in time, so
 * a figure never silently leaves deferred work out.
 */
export async function waitForEmptyJobQueue(metrics: MetricsAccess, timeoutSeconds: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const pending = await pendingJobs(metrics);
    if (pending === null) throw new Error('the server’s /metrics gave no job queue depth');
    const waited = (performance.now() - started) / 1000;
    if (pending === 0) return waited;
    if (waited > timeoutSeconds) throw new Error(`${pending} jobs still queued or running after ${timeoutSeconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
