/** The shapes shared by the meta-analysis modules. */

export type Measure = 'RR' | 'OR' | 'RD';
export type Method = 'FE' | 'MH' | 'DL' | 'REML';

/** One trial's 2×2 counts (treatment t, control c) and its moderator values. */
export interface Study {
  study: string;
  eventsT: number;
  nT: number;
  eventsC: number;
  nC: number;
  moderators: Record<string, number>;
}

/** Coefficients with their standard errors, test statistics (z, or t under Knapp-Hartung), p and CI. */
export interface Coefficients {
  names: string[];
  estimate: number[];
  se: number[];
  stat: number[];
  p: number[];
  lower: number[];
  upper: number[];
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface Heterogeneity {
  /** Cochran's Q (QE under moderators), its degrees of freedom and p-value. */
  Q: number;
  Qdf: number;
  Qp: number;
  /** Percentages as metafor prints them. */
  I2: number;
  H2: number;
}
