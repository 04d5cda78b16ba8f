import pg from 'pg';

export interface CapturedStatement {
  text: string;
  values: unknown[];
}

const counts = new Map<string, number>();
/** Statements whose text contains this are kept (text and parameters), for the bench to EXPLAIN. */
const captureMark = process.env.BENCH_CAPTURE_SQL;
let captured: CapturedStatement | null = null;

// Only when asked: the measured runs must not pay for counting.
if (process.env.BENCH_COUNT_QUERIES === '1' || captureMark) {
  const counting = process.env.BENCH_COUNT_QUERIES === '1';
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const config =
      typeof first === 'string' ? { text: first } : (first as { text?: string; values?: unknown[] });
    const text = config.text ?? '?';
    if (counting) {
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 70);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (captureMark && text.includes(captureMark)) {
      captured = { text, values: config.values ?? (Array.isArray(args[1]) ? args[1] : []) };
    }
    return original.apply(this, args);
  };
}

/** Statements sent so far, keyed by their first 70 characters. */
export function queryCounts(): Record<string, number> {
  return Object.fromEntries(counts);
}

/** The last statement sent that contained BENCH_CAPTURE_SQL, as sent. */
export function capturedStatement(): CapturedStatement | null {
  return captured;
}
