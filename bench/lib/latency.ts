import { performance } from 'node:perf_hooks';
import type autocannon from 'autocannon';
import type { Target } from './api-fixture.ts';
import { median, percentile, round } from './results.ts';

/**
 * Latency of `n` requests to each target, one request at a time (no queueing behind others), the
 * targets taking turns so that drift on a shared box hits all alike; the first `warmUp` rounds are
 * thrown away. Timed from sending to the whole body read, on a kept-alive connection.
 */
export async function sequential(targets: Target[], n: number, warmUp: number): Promise<number[][]> {
  const ms = targets.map((): number[] => []);
  for (let i = 0; i < warmUp + n; i++) {
    for (const [k, target] of targets.entries()) {
      const t0 = performance.now();
      const response = await fetch(target.url, { headers: target.headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${target.name}: ${response.status}`);
      if (i >= warmUp) ms[k]?.push(performance.now() - t0);
    }
  }
  return ms;
}

export function latencyStats(ms: number[]) {
  return {
    requests: ms.length,
    medianMs: round(median(ms)),
    p95Ms: round(percentile(ms, 95)),
    p99Ms: round(percentile(ms, 99)),
    maxMs: round(Math.max(...ms)),
  };
}

/** What an autocannon run says: requests/s (average of its per-second counts) and latency percentiles. */
export function loadStats(r: autocannon.Result) {
  return {
    rps: round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    answered: r['2xx'],
  };
}
