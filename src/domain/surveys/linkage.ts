import type { Window } from '../outcomes/episodes.ts';
import type { SpecialistSpell } from '../outcomes/history.ts';
import { daysBetween } from '../outcomes/quarters.ts';
import { type Cell, checkedThreshold, suppressCount } from '../outcomes/suppression.ts';
import { workforceCounts } from '../outcomes/workforce.ts';
import type { Answers } from './answers.ts';

/**
 * Programme-level linkage of one Likert item to the job specialists' turnover and tenure in the
 * workforce records (workforce.ts), e.g. turnover by perceived team integration. Only a programme
 * with k respondents shows its mean answer and joins a band; no answer is ever tied to a person.
 */
export interface ProgrammeLinkage {
  programmeId: string;
  respondents: Cell;
  meanAnswer: number | null;
  annualTurnover: number | null;
  meanServiceYearsAtEnd: number | null;
}

export interface BandLinkage {
  band: 'low' | 'middle' | 'high';
  programmes: number;
  respondents: Cell;
  annualTurnover: number | null;
}

const DAYS_PER_YEAR = 365.25;
/** Bands of a programme's mean answer: below 3, 3 to below 4, 4 and above. */
const bandOf = (mean: number): BandLinkage['band'] => (mean < 3 ? 'low' : mean < 4 ? 'middle' : 'high');

interface Turnover {
  leavers: number;
  meanHeadcount: number;
  years: number;
}

function turnoverOf(
  spells: readonly SpecialistSpell[],
  w: Window,
): Turnover & { serviceYears: number | null } {
  const c = workforceCounts(spells, w);
  return {
    leavers: c.specialistLeavers,
    meanHeadcount: (c.specialistsAtStart + c.specialistsAtEnd) / 2,
    years: (daysBetween(w.from, w.to) + 1) / DAYS_PER_YEAR,
    serviceYears:
      c.specialistsAtEnd > 0 ? c.specialistServiceDaysAtEnd / DAYS_PER_YEAR / c.specialistsAtEnd : null,
  };
}

function annual(t: Turnover): number | null {
  return t.meanHeadcount > 0 ? t.leavers / t.years / t.meanHeadcount : null;
}

function likertAnswers(responses: readonly Answers[], itemId: string): number[] {
  return responses.map((r) => r[itemId]).filter((a): a is number => typeof a === 'number');
}

export interface LinkageInput {
  itemId: string;
  responsesByProgramme: ReadonlyMap<string, readonly Answers[]>;
  spells: readonly SpecialistSpell[];
  window: Window;
  threshold: number;
}

export function linkItemToWorkforce(input: LinkageInput): {
  programmes: ProgrammeLinkage[];
  bands: BandLinkage[];
} {
  const k = checkedThreshold(input.threshold);
  const bands = new Map<BandLinkage['band'], { programmes: number; respondents: number } & Turnover>();
  const programmes = [...input.responsesByProgramme].map(([programmeId, responses]) => {
    const answers = likertAnswers(responses, input.itemId);
    const t = turnoverOf(
      input.spells.filter((s) => s.programmeId === programmeId),
      input.window,
    );
    const shown = answers.length >= k;
    const meanAnswer = shown ? answers.reduce((a, b) => a + b, 0) / answers.length : null;
    if (meanAnswer !== null) {
      const band = bands.get(bandOf(meanAnswer)) ?? {
        programmes: 0,
        respondents: 0,
        leavers: 0,
        meanHeadcount: 0,
        years: t.years,
      };
      bands.set(bandOf(meanAnswer), {
        ...band,
        programmes: band.programmes + 1,
        respondents: band.respondents + answers.length,
        leavers: band.leavers + t.leavers,
        meanHeadcount: band.meanHeadcount + t.meanHeadcount,
      });
    }
    return {
      programmeId,
      respondents: suppressCount(answers.length, k),
      meanAnswer,
      annualTurnover: annual(t),
      meanServiceYearsAtEnd: t.serviceYears,
    };
  });
  const banded = [...bands].map(([band, b]) => ({
    band,
    programmes: b.programmes,
    respondents: suppressCount(b.respondents, k),
    annualTurnover: annual(b),
  }));
  return { programmes, bands: banded };
}
