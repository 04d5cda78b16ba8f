/**
 * Study-level effect sizes with metafor's escalc conventions: log risk ratio, log odds ratio and risk
 * difference with their large-sample variances. A study with a zero cell gets 0.5 added to all four
 * cells (add = 1/2, to = "only0"); a study with no events in either arm carries no information on a
 * ratio scale and is dropped for RR and OR (drop00), but is kept for RD, where it says "no difference".
 */
import type { Measure, Study } from './types.ts';

export interface Outcome {
  study: Study;
  /** Effect on the analysis scale (log for RR and OR). */
  yi: number;
  vi: number;
}

const CORRECTION = 0.5;

export const hasNoEvents = (s: Study) =>
  (s.eventsT === 0 && s.eventsC === 0) || (s.eventsT === s.nT && s.eventsC === s.nC);

export function outcomes(studies: Study[], measure: Measure): Outcome[] {
  return studies.filter((s) => measure === 'RD' || !hasNoEvents(s)).map((s) => outcome(s, measure));
}

function outcome(study: Study, measure: Measure): Outcome {
  const zeroCell = [
    study.eventsT,
    study.nT - study.eventsT,
    study.eventsC,
    study.nC - study.eventsC,
  ].includes(0);
  const add = zeroCell ? CORRECTION : 0;
  const a = study.eventsT + add;
  const b = study.nT - study.eventsT + add;
  const c = study.eventsC + add;
  const d = study.nC - study.eventsC + add;
  const n1 = a + b;
  const n2 = c + d;
  switch (measure) {
    case 'RR':
      return { study, yi: Math.log(a / n1 / (c / n2)), vi: 1 / a - 1 / n1 + 1 / c - 1 / n2 };
    case 'OR':
      return { study, yi: Math.log((a * d) / (b * c)), vi: 1 / a + 1 / b + 1 / c + 1 / d };
    case 'RD': {
      const p1 = a / n1;
      const p2 = c / n2;
      return { study, yi: p1 - p2, vi: (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2 };
    }
  }
}

/** Ratio measures are analysed on the log scale and reported back on the ratio scale. */
export const isRatio = (measure: Measure) => measure !== 'RD';
