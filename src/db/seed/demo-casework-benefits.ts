import type { Insertable, Transaction } from 'kysely';
import { type BenefitInput, estimateBenefits, G_2025 } from '../../domain/benefits.ts';
import { isCompetitiveType } from '../../domain/employment.ts';
import type { BenefitsPlanTable, ParticipantBenefitTable, Schema } from '../schema.ts';
import { dischargeOf, type Journey } from './demo-casework-journeys.ts';
import { addDays, at, chance, int, pick, type Random } from './demo-casework-support.ts';
import { recorderOn, type Tenure } from './demo-casework-workforce.ts';

type Benefit = Omit<Insertable<ParticipantBenefitTable>, 'participant_id' | 'recorded_by'>;

const AMOUNTS: Record<string, readonly [number, number]> = {
  aap: [14_000, 22_000],
  uforetrygd: [17_000, 24_000],
  sosialhjelp: [6_000, 9_500],
  kvalifiseringsstonad: [14_500, 15_500],
  sykepenger: [20_000, 30_000],
  bostotte: [1_500, 3_500],
};

const PRIMARY = [
  'aap',
  'aap',
  'aap',
  'aap',
  'aap',
  'aap',
  'uforetrygd',
  'sosialhjelp',
  'kvalifiseringsstonad',
  null,
];

const NOTES = [
  'Gjennomgått sammen med deltaker før jobbstart.',
  'Deltaker ville se hva flere timer i uka betyr for utbetalingen.',
  'Avtalt å sjekke utbetalingen sammen etter første lønning.',
];

function amount(benefit: string, random: Random): number {
  const [min, max] = AMOUNTS[benefit] ?? [5_000, 10_000];
  return Math.round(int(random, min, max) / 50) * 50;
}

/** The day a benefit ends because of work: AAP above 60 % of full time, social assistance above 15 hours. */
function endedByWork(j: Journey, benefit: string, today: string): string | null {
  const limit = benefit === 'aap' ? 22.5 : benefit === 'sosialhjelp' ? 15 : Number.POSITIVE_INFINITY;
  const job = j.jobs.find((x) => isCompetitiveType(x.opening.type) && x.hours > limit);
  const end = job ? addDays(job.start, 30) : null;
  return end !== null && end <= today ? end : null;
}

function benefitsOf(j: Journey, today: string, random: Random): Benefit[] {
  const since = addDays(j.p.referralDate, -int(random, 60, 700));
  const discharge = dischargeOf(j);
  if (j.ingrid) return [{ benefit: 'aap', monthly_amount: 17_850, from_date: since, to_date: null }];
  if (discharge?.reason === 'disability_pension') {
    return [
      {
        benefit: 'aap',
        monthly_amount: amount('aap', random),
        from_date: since,
        to_date: addDays(discharge.date, -1),
      },
      {
        benefit: 'uforetrygd',
        monthly_amount: amount('uforetrygd', random),
        from_date: discharge.date,
        to_date: null,
      },
    ];
  }
  const primary = j.employedAtReferral ? 'sykepenger' : pick(random, PRIMARY);
  const out: Benefit[] = [];
  if (primary) {
    const from = primary === 'sykepenger' ? addDays(j.p.referralDate, -60) : since;
    const to = endedByWork(j, primary, today);
    out.push({ benefit: primary, monthly_amount: amount(primary, random), from_date: from, to_date: to });
  }
  if (chance(random, 0.25)) {
    out.push({
      benefit: 'bostotte',
      monthly_amount: amount('bostotte', random),
      from_date: since,
      to_date: null,
    });
  }
  return out;
}

function activeOn(benefits: readonly Benefit[], date: string): BenefitInput[] {
  return benefits
    .filter((b) => b.from_date <= date && (b.to_date == null || b.to_date >= date))
    .map((b) => ({ benefit: b.benefit, monthlyAmount: b.monthly_amount ?? null }));
}

/** When a plan was made and for what work: before most job starts, and for some still searching. */
function planMoments(j: Journey, today: string, random: Random) {
  if (j.ingrid) return [{ date: addDays(today, -10), hours: 18.5, wage: 205 }];
  const moments = j.jobs
    .filter((x) => isCompetitiveType(x.opening.type) && chance(random, 0.85))
    .map((x) => ({
      date: addDays(x.start, -int(random, 5, 20)),
      hours: x.hours,
      wage: x.opening.hourlyWage,
    }));
  const search = j.stages.find((s) => s.stage === 'job_search');
  if (j.jobs.length === 0 && search && chance(random, 0.75)) {
    moments.push({ date: addDays(search.date, int(random, 10, 40)), hours: int(random, 10, 20), wage: 200 });
  }
  return moments
    .map((m) => ({ ...m, date: m.date < j.p.referralDate ? j.p.referralDate : m.date }))
    .filter((m) => m.date <= today);
}

function planRows(j: Journey, benefits: readonly Benefit[], ctx: Ctx): Insertable<BenefitsPlanTable>[] {
  return planMoments(j, ctx.today, ctx.random).flatMap((m) => {
    const current = activeOn(benefits, m.date);
    if (current.length === 0) return [];
    const inputs = { benefits: current, hoursPerWeek: m.hours, hourlyWage: m.wage, g: G_2025 };
    const effect = estimateBenefits(inputs);
    return [
      {
        participant_id: j.p.id,
        plan_date: m.date,
        hours_per_week: m.hours,
        hourly_wage: m.wage,
        inputs: JSON.stringify(inputs),
        effect: JSON.stringify(effect),
        model_version: effect.modelVersion,
        note: j.ingrid ? 'Regnet på halv stilling i butikk (18,5 timer i uka).' : pick(ctx.random, NOTES),
        recorded_by: recorderOn(ctx.tenures, j.p.specialistId, m.date),
        recorded_at: at(m.date, 10),
      },
    ];
  });
}

interface Ctx {
  today: string;
  tenures: Tenure[];
  random: Random;
}

/** Each participant's benefits now and before, and the benefits plans made with them. */
export async function insertBenefits(tx: Transaction<Schema>, journeys: readonly Journey[], ctx: Ctx) {
  const benefitRows: Insertable<ParticipantBenefitTable>[] = [];
  const plans: Insertable<BenefitsPlanTable>[] = [];
  for (const j of journeys) {
    const benefits = benefitsOf(j, ctx.today, ctx.random);
    for (const b of benefits) {
      // Recorded when the job specialist learnt of it: at the referral, or when it began if later.
      const known = b.from_date > j.p.referralDate ? b.from_date : j.p.referralDate;
      benefitRows.push({
        ...b,
        participant_id: j.p.id,
        recorded_by: recorderOn(ctx.tenures, j.p.specialistId, known),
        recorded_at: at(known, 9),
      });
    }
    plans.push(...planRows(j, benefits, ctx));
  }
  if (benefitRows.length > 0) await tx.insertInto('participant_benefit').values(benefitRows).execute();
  if (plans.length > 0) await tx.insertInto('benefits_plan').values(plans).execute();
}
