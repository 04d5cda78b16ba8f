import type { Casework, CaseworkWithheld } from '../../api/casework-types.ts';

/** Why the reader may not see `category`, or undefined when they may. */
export function withheldReason(
  casework: Casework,
  category: CaseworkWithheld['category'],
): string | undefined {
  return casework.withheld.find((w) => w.category === category)?.reason;
}
