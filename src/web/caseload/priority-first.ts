interface Queued {
  priority: boolean;
  referralDate: string;
}

/** The referral queue's order: under-30s first, then the longest waiting; ties keep their order. */
export function priorityFirst<T extends Queued>(queue: readonly T[]): T[] {
  return [...queue].sort((a, b) => {
    if (a.priority !== b.priority) return a.priority ? -1 : 1;
    return a.referralDate < b.referralDate ? -1 : a.referralDate > b.referralDate ? 1 : 0;
  });
}
