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

/** What autocannon runs say: medians over runs of requests/s (each run's per-second average) and latency. */
export function loadStats(runs: autocannon.Result[]) {
  return {
    rps: round(median(runs.map((r) => r.requests.average))),
    rpsPerRound: runs.map((r) => Math.round(r.requests.average)),
    p50Ms: median(runs.map((r) => r.latency.p50)),
    p99Ms: median(runs.map((r) => r.latency.p99)),
    answered: runs.reduce((n, r) => n + r['2xx'], 0),
  };
}
