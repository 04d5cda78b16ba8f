import pg from 'pg';

const counts = new Map<string, number>();

// Only when asked: the measured runs must not pay for counting.
if (process.env.BENCH_COUNT_QUERIES === '1') {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : ((first as { text?: string }).text ?? '?');
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 70);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return original.apply(this, args);
  };
}

/** Statements sent so far, keyed by their first 70 characters. */
export function queryCounts(): Record<string, number> {
  return Object.fromEntries(counts);
}
