import type { workNb } from './work-nb.ts';

export const workEn: typeof workNb = {};
