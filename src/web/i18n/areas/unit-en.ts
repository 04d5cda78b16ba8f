import type { unitNb } from './unit-nb.ts';

export const unitEn: typeof unitNb = {};
