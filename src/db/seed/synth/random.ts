/** Random numbers in [0, 1) from a seeded generator: the same seed gives the same data set. */
export type Random = () => number;

/** Stream kinds: each part of the data set draws from its own generator. */
export const STREAM = {
  plan: 0,
  participant: 1,
  specialistWork: 2,
  workforce: 3,
  slots: 4,
  rowIds: 5,
} as const;

/**
 * A generator for one thing (a participant, a specialist's work) from the run's seed and that thing's
 * own key, so each is the same however the run is batched. It is sfc32, whose 128-bit state holds
 * the seed, kind and key: a 32-bit generator (mulberry32) walks one cycle of 2^32 states, so tens of
 * thousands of long streams overlap and repeat each other's row ids.
 */
export function streamFor(seed: number, kind: number, index: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(kind + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) ^ index;
  h = Math.imul(h ^ (h >>> 15), 0x165667b1);
  const random = sfc32(h ^ (h >>> 13), seed, kind, index);
  for (let k = 0; k < 12; k++) random(); // mixes the plain words of the initial state
  return random;
}

function sfc32(a0: number, b0: number, c0: number, d0: number): Random {
  let [a, b, c, d] = [a0 | 0, b0 | 0, c0 | 0, d0 | 0];
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, p: number): boolean {
  return random() < p;
}

export function pick<T>(random: Random, xs: readonly T[]): T {
  return xs[Math.floor(random() * xs.length)] as T;
}

/** A key of `weights` drawn in proportion to its weight. */
export function weighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  let x = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) {
    x -= w;
    if (x < 0) return key;
  }
  return (entries[entries.length - 1] as [K, number])[0];
}

/** A log-normal draw with the given median (sigma on the log scale): waiting times and tenures. */
export function lognormal(random: Random, median: number, sigma: number): number {
  const u = Math.max(random(), 1e-12);
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(sigma * normal);
}

/** A version-4 UUID from the generator, so row ids repeat with the seed too. */
export function uuid(random: Random): string {
  let hex = '';
  for (let k = 0; k < 4; k++)
    hex += Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}
