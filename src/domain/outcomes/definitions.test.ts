import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionOf, METRIC_DEFINITIONS, METRIC_IDS } from './definitions.ts';
import { MIN_SUPPRESSION_THRESHOLD } from './suppression.ts';
import { DEFAULT_OUTCOME_SETTINGS as S } from './targets.ts';

const DOC = new URL('../../../docs/outcome-definitions.md', import.meta.url);
const percent = (x: number) => `${Math.round(x * 100)} %`;

function markdown(): string {
  const intro = [
    '# Outcome definitions',
    '',
    'Generated from `src/domain/outcomes/definitions.ts` by its test (rerun with',
    '`UPDATE_OUTCOME_DEFINITIONS=1`). The dashboards, the XLSX definitions sheet and the PDF report',
    'read the same list.',
    '',
    `- Periods: fixed calendar quarters and years. Hours threshold for a job to count: ${S.competitiveMinHoursPerWeek}`,
    '  paid hours a week (the casework setting `competitiveMinHoursPerWeek`).',
    `- Targets (defaults, per programme): IPS Grow ${percent(S.ipsGrowEmploymentTarget)}; US Learning Community bands`,
    `  ${S.usLcBands.map(percent).join(' / ')}; 13-week retention ${percent(S.retention13Target)};`,
    `  ${S.specialistJobStartsPerQuarter} job starts per FTE job specialist per quarter.`,
    `- Small cells: counts of 1 to ${S.suppressionThreshold - 1} are shown as "<${S.suppressionThreshold}" beyond the`,
    `  programme, with secondary suppression against the totals; the threshold is never below ${MIN_SUPPRESSION_THRESHOLD}.`,
    '',
  ];
  const entries = METRIC_DEFINITIONS.flatMap((d) => [
    `## ${d.name.en} (\`${d.id}\`)`,
    '',
    `**${d.name.nb}.** ${d.definition.nb}`,
    '',
    d.definition.en,
    '',
  ]);
  return [...intro, ...entries].join('\n');
}

describe('metric definitions', () => {
  it('define every metric once, in bokmål and English', () => {
    expect(METRIC_DEFINITIONS.map((d) => d.id)).toEqual([...METRIC_IDS]);
    for (const d of METRIC_DEFINITIONS) {
      expect([d.name.nb, d.name.en, d.definition.nb, d.definition.en].every((t) => t.length > 0)).toBe(true);
    }
    expect(definitionOf('employment_rate_ips_grow').name.en).toBe('Employment rate (IPS Grow)');
  });

  it('are in docs/outcome-definitions.md as they are in the code', () => {
    const text = markdown();
    if (process.env.UPDATE_OUTCOME_DEFINITIONS) writeFileSync(DOC, text);
    expect(
      readFileSync(DOC, 'utf8'),
      'docs/outcome-definitions.md is stale: rerun with UPDATE_OUTCOME_DEFINITIONS=1',
    ).toBe(text);
  });
});
