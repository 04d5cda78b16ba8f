import { checkedThreshold, suppressCount } from '../domain/outcomes/suppression.ts';
import type { Estimate } from './analysis/run.ts';

/**
 * Disclosure control on everything that leaves the researcher's page or the command line, as SSB
 * and microdata.no do: counts rounded to a base, and any figure resting on fewer persons than the
 * threshold withheld (the outcomes module's small-cell rule), with a note saying what was applied.
 */
export interface DisclosureSettings {
  threshold: number;
  roundingBase: number;
}

export const DEFAULT_ROUNDING_BASE = 5;

export function checkedSettings(s: DisclosureSettings): DisclosureSettings {
  if (!Number.isInteger(s.roundingBase) || s.roundingBase < 1 || s.roundingBase > 100)
    throw new RangeError('the rounding base must be a whole number from 1 to 100');
  return { threshold: checkedThreshold(s.threshold, 'threshold'), roundingBase: s.roundingBase };
}

/** A count rounded to the nearest multiple of the base. */
export function roundCount(n: number, base: number): number {
  return Math.round(n / base) * base;
}

/** A published count: withheld below the threshold, else rounded. */
export function publishedCount(n: number, s: DisclosureSettings): number | null {
  const cell = suppressCount(n, s.threshold);
  return cell.suppressed ? null : roundCount(n, s.roundingBase);
}

export interface PublishedEstimate {
  estimate: number | null;
  low: number | null;
  high: number | null;
  nParticipants: number | null;
  nControls: number | null;
  suppressed: boolean;
}

/**
 * An estimate as published: its counts rounded, and the estimate itself withheld when either group
 * is a small cell, since a mean over two people says what each of them had.
 */
export function publishedEstimate<T extends Estimate>(
  row: T,
  s: DisclosureSettings,
): Omit<T, keyof Estimate> & PublishedEstimate {
  const { estimate, se: _se, low, high, nParticipants, nControls, ...rest } = row;
  const participants = publishedCount(nParticipants, s);
  const controls = publishedCount(nControls, s);
  const suppressed = participants === null || controls === null;
  return {
    ...rest,
    estimate: suppressed ? null : estimate,
    low: suppressed ? null : low,
    high: suppressed ? null : high,
    nParticipants: participants,
    nControls: controls,
    suppressed,
  };
}

/** The note printed on every output, in both languages. */
export function disclosureNote(s: DisclosureSettings): { nb: string; en: string } {
  return {
    nb:
      `Antall er avrundet til nærmeste ${s.roundingBase}. Tall og estimater som bygger på færre enn ` +
      `${s.threshold} personer er skjult.`,
    en:
      `Counts are rounded to the nearest ${s.roundingBase}. Figures and estimates resting on fewer than ` +
      `${s.threshold} persons are withheld.`,
  };
}
