import type { researchNb } from './research-nb.ts';

/** English texts of the meta-analysis page. */
export const researchEn: typeof researchNb = {
  title: 'Meta-analysis',
  intro:
    'Pool published trials: one row per trial with events and totals in the IPS arm (t) and the control arm (c), and any moderators. No participant data is used. The figures are the same as from metafor in R.',
  csvLabel: 'CSV',
  csvDescription: 'Columns study,events_t,n_t,events_c,n_c and any moderator columns.',
  fileLabel: 'Or upload a CSV file',
  measure: 'Effect measure',
  measures: { RR: 'Risk ratio (RR)', OR: 'Odds ratio (OR)', RD: 'Risk difference (RD)' },
  method: 'Method',
  methods: {
    FE: 'Fixed effect (inverse variance)',
    MH: 'Mantel-Haenszel',
    DL: 'Random effects, DerSimonian-Laird',
    REML: 'Random effects, REML',
  },
  hksj: 'Knapp-Hartung adjustment (t tests)',
  mods: 'Moderators (meta-regression)',
  modsDescription: 'Column names separated by commas, e.g. welfare_generosity,employment_protection',
  run: 'Run the analysis',
  example: 'Use the example data',
  resultsHeading: 'Result',
  summary: {
    k: 'Number of studies',
    pooled: 'Pooled estimate (95% CI)',
    tau2: 'τ² (95% CI)',
    I2: 'I²',
    H2: 'H²',
    Q: (df: number) => `Q (df = ${df})`,
    pi: 'Prediction interval',
    egger: "Egger's test",
    R2: 'R² (heterogeneity explained)',
    moderators: 'Test of the moderators',
    dropped: 'Left out (no events in either arm)',
  },
  coefficients: {
    caption: 'Coefficients (log scale for RR and OR)',
    name: 'Coefficient',
    estimate: 'Estimate',
    se: 'SE',
    stat: 'z / t',
    p: 'p',
    ci: '95% CI',
  },
  studies: {
    caption: 'The studies',
    study: 'Study',
    effect: 'Effect (95% CI)',
    weight: 'Weight',
  },
  plots: {
    forestTitle: 'Forest plot',
    funnelTitle: 'Funnel plot',
    pooled: 'Pooled estimate',
    egger: "Egger's test",
    forestAlt:
      "Forest plot: each study's effect with its confidence interval and the pooled estimate. The figures are in the table below.",
    funnelAlt:
      "Funnel plot: each study's effect against its standard error. Egger's test is written under the plot.",
  },
  downloads: {
    heading: 'Download',
    forestSvg: 'Forest plot (SVG)',
    forestPng: 'Forest plot (PNG)',
    funnelSvg: 'Funnel plot (SVG)',
    funnelPng: 'Funnel plot (PNG)',
    csv: 'Table (CSV)',
  },
  inputErrors: 'Correct the CSV file:',
};
