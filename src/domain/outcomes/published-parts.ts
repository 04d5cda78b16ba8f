import type { Survival } from './life-table.ts';
import { type Cell, suppressCount, suppressList } from './suppression.ts';

/**
 * The building blocks of figures published beyond the programme (published.ts): counts, lists with
 * their total, shares and survival curves, each withheld so that no count of 1 to threshold − 1 can
 * be read off, nor worked out from figures published beside it.
 */
export const HIDDEN: Cell = { value: null, suppressed: true };

export function shown(value: number | null): Cell {
  return { value, suppressed: false };
}

function isSmall(n: number, t: number): boolean {
  return n > 0 && n < t;
}

/** A share of counts published elsewhere as cells. */
export interface PublishedRate {
  value: Cell;
  numerator: Cell;
  denominator: Cell;
}

/**
 * A share, given the cells its numerator and denominator are published as: shown only when both are
 * shown and the people not counted are not few either (11 of 12 tells that one is not). When the share
 * is withheld its numerator is too, since the numerator and the denominator give the complement.
 */
export function publishRate(
  numerator: number,
  denominator: number,
  num: Cell,
  den: Cell,
  t: number,
): PublishedRate {
  const hide = num.suppressed || den.suppressed || isSmall(denominator - numerator, t);
  if (hide) return { value: HIDDEN, numerator: HIDDEN, denominator: den };
  return { value: shown(denominator > 0 ? numerator / denominator : null), numerator: num, denominator: den };
}

/** A share of two counts published nowhere else. */
export function publishShare(numerator: number, denominator: number, t: number): PublishedRate {
  return publishRate(numerator, denominator, suppressCount(numerator, t), suppressCount(denominator, t), t);
}

/** A mean or ratio over a count of people: withheld when that count is small or withheld. */
export function publishMean(value: number | null, over: Cell): Cell {
  return over.suppressed ? HIDDEN : shown(value);
}

/**
 * Counts that add up to a total, keyed; the total comes out as the list's, with secondary suppression.
 * Parts that are not published themselves (a residual) are passed under keys the caller drops.
 */
export function publishParts<K extends string>(
  parts: Record<K, number>,
  t: number,
): { cells: Record<K, Cell>; total: Cell } {
  const keys = Object.keys(parts) as K[];
  const list = suppressList(
    keys.map((k) => parts[k]),
    t,
  );
  const cells = Object.fromEntries(keys.map((k, i) => [k, list.cells[i] ?? HIDDEN])) as Record<K, Cell>;
  return { cells, total: list.total };
}

export interface PublishedSurvival {
  spells: Cell;
  shareCensored: Cell;
  medianWeeks: Cell;
  /** Steps of at least `threshold` events each, while at least `threshold` are at risk. */
  curve: { week: number; atRisk: number; survival: number }[];
}

/**
 * A Kaplan–Meier curve beyond the programme: a point is shown only once at least `t` events have
 * happened since the last shown point and at least `t` spells are at risk, so neither a step of the
 * curve nor a drop in the number at risk counts fewer than `t` people. The median (a week, not a
 * count) is shown when there are at least `t` spells and, if it is reached, at least `t` events.
 */
export function publishSurvival(s: Survival, t: number): PublishedSurvival {
  const spells = suppressCount(s.spells, t);
  const curve: PublishedSurvival['curve'] = [];
  let eventsSince = 0;
  for (const p of s.curve) {
    eventsSince += p.events;
    if (eventsSince < t || p.atRisk < t) continue;
    curve.push({ week: p.week, atRisk: p.atRisk, survival: p.survival });
    eventsSince = 0;
  }
  const medianShown = !spells.suppressed && (s.medianWeeks === null || s.events >= t);
  return {
    spells,
    shareCensored: publishShare(s.censored, s.spells, t).value,
    medianWeeks: medianShown ? shown(s.medianWeeks) : HIDDEN,
    curve,
  };
}
