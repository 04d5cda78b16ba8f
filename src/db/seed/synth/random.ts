import { prng } from '../seed-support.ts';

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
 * own key, so each is the same however the run is batched.
 */
export function streamFor(seed: number, kind: number, index: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(kind + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) ^ index;
  h = Math.imul(h ^ (h >>> 15), 0x165667b1);
  const random = prng(h ^ (h >>> 13));
  random(); // the first number of a fresh mulberry32 is poorly mixed
  return random;
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
