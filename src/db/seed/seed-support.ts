/** What the demo seed is made with: its audit actor and its random numbers. */
export const SEED_ACTOR = {
  actor: { kind: 'system', name: 'demo-seed' } as const,
  purpose: 'system_administration' as const,
  requestId: null,
};

/** A small deterministic PRNG (mulberry32), so every fresh demo database holds the same people. */
export function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * When a demo participant was registered: the morning of the referral date (08:00 UTC, so the
 * same date in Oslo), or the seed's own moment when that morning has not come yet.
 */
export function registeredAt(referralDate: string, today: Date): Date {
  const morning = new Date(`${referralDate}T08:00:00Z`);
  return morning < today ? morning : today;
}
