import type { UnitCounts } from './counts.ts';
import { workedWhileActive } from './employment-rate.ts';
import { episodeOn, inWindow, type Observed, runsDuring, type Window } from './episodes.ts';
import type { JobSpell } from './history.ts';
import type { OutcomeSettings } from './targets.ts';

function isEducation(j: JobSpell): boolean {
  return j.employmentType === 'education';
}

/**
 * Education outcomes (IPS ung), counted beside work and never as a job start. Ordinary education is
 * recorded as a spell of employment type `education`.
 * - `educationStarts`: education spells started in the period while on the caseload.
 * - `inEducation`: active participants in education on ≥ 1 of their active days in the period.
 * - `inWorkOrEducation`: active participants who worked in a counted job or studied on such a day.
 */
export function educationCounts(
  people: readonly Observed[],
  w: Window,
  s: OutcomeSettings,
): Pick<UnitCounts, 'educationStarts' | 'inEducation' | 'inWorkOrEducation'> {
  const out = { educationStarts: 0, inEducation: 0, inWorkOrEducation: 0 };
  for (const p of people) {
    const education = p.history.jobs.filter(isEducation);
    out.educationStarts += education.filter(
      (j) => inWindow(j.startDate, w) && episodeOn(p.episodes, j.startDate) !== null,
    ).length;
    if (p.ranges.length === 0) continue;
    const studied = education.some((j) => runsDuring(j, p.ranges));
    if (studied) out.inEducation++;
    if (studied || workedWhileActive(p, s)) out.inWorkOrEducation++;
  }
  return out;
}
