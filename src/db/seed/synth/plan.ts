import { orgNumberCheckDigit } from '../../../domain/org-number.ts';
import { type Day, dayOf } from './days.ts';
import { DISTRICTS, EMPLOYER_KINDS, REGIONS, TOWNS } from './names.ts';
import { chance, int, lognormal, pick, type Random, STREAM, streamFor, uuid, weighted } from './random.ts';
import { type SpecialistPlan, specialistsOf } from './workforce.ts';

export interface SynthOptions {
  participants: number;
  years: number;
  seed: number;
  /** The last day of the history (ISO): the report date everything is cut at. */
  end: string;
}

export interface ProgrammePlan {
  index: number;
  id: string;
  name: string;
  region: string;
  town: string;
  start: Day;
  navId: string;
  dpsId: string;
  municipalityId: string;
  ipsTeamId: string;
  treatmentTeamId: string;
  supervisorId: string;
  managerId: string;
  employers: EmployerPlan[];
}

export interface EmployerPlan {
  id: string;
  orgNumber: string;
  name: string;
}

/** A job specialist post: held by one specialist after another, each taking over the caseload. */
export interface PositionPlan {
  programme: number;
  start: Day;
  holders: SpecialistPlan[];
}

export interface NationalPlan {
  options: SynthOptions;
  start: Day;
  end: Day;
  centres: Array<{ id: string; name: string }>;
  programmes: ProgrammePlan[];
  positions: PositionPlan[];
  specialists: SpecialistPlan[];
}

/** Participants per programme and per job specialist over the run, as in a grown national service. */
const PARTICIPANTS_PER_PROGRAMME = 167;
const PARTICIPANTS_PER_SPECIALIST = 10;

/**
 * The national service: four resource-centre regions, programmes opening over the years (the
 * scale-up), their job specialist posts (more posts as a programme grows) and who held each post.
 */
export function nationalPlan(options: SynthOptions): NationalPlan {
  const random = streamFor(options.seed, STREAM.plan, 0);
  const end = dayOf(options.end);
  const start = end - Math.round(options.years * 365.25);
  const centres = REGIONS.map((r) => ({ id: uuid(random), name: r.centre }));
  const count = Math.max(REGIONS.length, Math.round(options.participants / PARTICIPANTS_PER_PROGRAMME));
  const programmes = programmesOf(random, count, start, end);
  const sizes = programmes.map(() => Math.min(4, lognormal(random, 1, 0.5)));
  const activeYears = programmes.reduce((sum, p, k) => sum + ((end - p.start) / 365.25) * (sizes[k] ?? 1), 0);
  const targetSpecialists = Math.max(
    count * 2,
    Math.round(options.participants / PARTICIPANTS_PER_SPECIALIST),
  );
  // Each post is held by its first specialist and then by a successor about every meanTenureYears
  // (the tenure draw, cut at the end, with posts opening later than their programme).
  const meanTenureYears = 2.7;
  const meanYears = activeYears / sizes.reduce((a, b) => a + b, 0);
  const posts = targetSpecialists / (1 + meanYears / meanTenureYears);
  const positions: PositionPlan[] = [];
  programmes.forEach((p, k) => {
    const n = Math.max(1, Math.round((posts * (sizes[k] ?? 1)) / sizes.reduce((a, b) => a + b, 0)));
    for (let j = 0; j < n; j++) {
      // The first post opens with the programme; later ones as it grows.
      const opens = j === 0 ? p.start : p.start + Math.floor(random() * 0.5 * (end - p.start));
      positions.push({ programme: k, start: opens, holders: [] });
    }
  });
  const specialists = specialistsOf(options.seed, positions, end);
  return { options, start, end, centres, programmes, positions, specialists };
}

function programmesOf(random: Random, count: number, start: Day, end: Day): ProgrammePlan[] {
  const shares = Object.fromEntries(REGIONS.map((r) => [r.region, r.share])) as Record<string, number>;
  const used = new Map<string, number>();
  return Array.from({ length: count }, (_, index) => {
    // Every region has a programme; the rest follow the regions' shares.
    const region = index < REGIONS.length ? (REGIONS[index]?.region as string) : weighted(random, shares);
    const town = pick(random, TOWNS[region as keyof typeof TOWNS]);
    const seen = used.get(town) ?? 0;
    used.set(town, seen + 1);
    const district =
      seen === 0
        ? ''
        : ` ${DISTRICTS[(seen - 1) % DISTRICTS.length]}${seen > DISTRICTS.length ? ` ${Math.ceil(seen / DISTRICTS.length)}` : ''}`;
    // A quarter ran when the history starts; the rest opened over its first seven tenths.
    const opens = chance(random, 0.25) ? start : start + Math.floor(0.7 * (end - start) * random() ** 1.3);
    return {
      index,
      id: uuid(random),
      name: `IPS ${town}${district}`,
      region,
      town: `${town}${district}`,
      start: opens,
      navId: uuid(random),
      dpsId: uuid(random),
      municipalityId: uuid(random),
      ipsTeamId: uuid(random),
      treatmentTeamId: uuid(random),
      supervisorId: uuid(random),
      managerId: uuid(random),
      employers: employersOf(random, town, int(random, 25, 60)),
    };
  });
}

function employersOf(random: Random, town: string, n: number): EmployerPlan[] {
  const numbers = new Set<string>();
  const employers: EmployerPlan[] = [];
  while (employers.length < n) {
    const number = orgNumberOf(random);
    if (number === null || numbers.has(number)) continue;
    numbers.add(number);
    const name = `${pick(random, EMPLOYER_KINDS)} ${town} ${employers.length + 1} AS`;
    employers.push({ id: uuid(random), orgNumber: number, name });
  }
  return employers;
}

/** A 9-digit organisation number that passes the mod-11 check, or null when the draw has none. */
function orgNumberOf(random: Random): string | null {
  const first = String(int(random, 80_000_000, 99_999_999));
  const check = orgNumberCheckDigit(first);
  return check === null ? null : `${first}${check}`;
}
