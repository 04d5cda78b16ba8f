import type { caseworkNb } from './casework-nb.ts';

export const caseworkEn: typeof caseworkNb = {};
