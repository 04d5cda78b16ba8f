/**
 * The worked example of docs/meta-analysis.md: two published IPS trials' counts and four hypothetical
 * ones (sources and caveats there), with illustrative scores for seed 001's two moderators.
 */
export const EXAMPLE_TRIALS = `study,events_t,n_t,events_c,n_c,welfare_generosity,employment_protection
EQOLISE 2007,85,156,43,156,0.6,0.6
Killackey 2008,13,20,2,21,0.5,0.3
Hypothetical A,30,60,15,60,0.2,0.2
Hypothetical B,25,70,20,70,0.9,0.8
Hypothetical C,40,90,18,88,0.4,0.5
Hypothetical D,22,50,14,52,0.8,0.4`;
