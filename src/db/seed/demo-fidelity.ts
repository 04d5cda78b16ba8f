import type { Transaction } from 'kysely';
import { IPS25_2019, scaleByVersion } from '../../domain/fidelity/scale.ts';
import type { FidelityScale } from '../../domain/fidelity/scale-types.ts';
import type { Schema } from '../schema.ts';

/**
 * Agreed ratings of IPS Salten's two earlier reviews, in the scale's item order (staffing 1–3,
 * organisation 1–8, services 1–14). The first is fair (83); six months of work on the action plan
 * lift the second to good (102). Organisation 2 stays at 2 in both: under the consent-based reading
 * integrated records and free team-meeting participation are out of reach.
 */
const FIRST = [4, 3, 4, 3, 2, 3, 3, 4, 4, 4, 3, 3, 3, 4, 3, 4, 3, 3, 3, 4, 3, 4, 3, 3, 3];
const SECOND = [5, 4, 5, 4, 2, 4, 4, 4, 5, 4, 4, 4, 4, 4, 4, 5, 4, 3, 4, 4, 4, 5, 4, 4, 4];

const RECOMMENDATIONS: Record<string, [string, string]> = {
  'services-4': [
    'Få første arbeidsgivermøte innen 30 dager: avtal det i første samtale.',
    'Meet the first employer within 30 days: plan it in the first meeting.',
  ],
  'services-6': [
    'Sett av faste dager til arbeidsgiverbesøk, seks møter i uka per jobbspesialist.',
    'Set fixed days for employer visits, six meetings a week per specialist.',
  ],
  'organisation-3': [
    'Innfør et fast månedsmøte med NAV-veilederne.',
    'Start a fixed monthly meeting with the NAV advisers.',
  ],
};

interface FidelitySeed {
  programmeId: string;
  reviewerIds: [string, string];
  today: Date;
}

function daysBefore(today: Date, days: number): Date {
  return new Date(today.getTime() - days * 86_400_000);
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Two signed-off reviews of the programme with both reviewers' ratings, consensus and plans: few rows, one insert per table. */
export async function seedFidelity(tx: Transaction<Schema>, s: FidelitySeed) {
  const scale = scaleByVersion(IPS25_2019) as FidelityScale;
  const plans = [
    { agreed: FIRST, visitDaysAgo: 395 },
    { agreed: SECOND, visitDaysAgo: 185 },
  ];
  const reviews = await tx
    .insertInto('fidelity_review')
    .values(
      plans.map((p) => ({
        programme_id: s.programmeId,
        scale_version: scale.version,
        period_from: day(daysBefore(s.today, p.visitDaysAgo + 180)),
        period_to: day(daysBefore(s.today, p.visitDaysAgo + 1)),
        review_date: day(daysBefore(s.today, p.visitDaysAgo)),
        created_by: s.reviewerIds[0],
        created_at: daysBefore(s.today, p.visitDaysAgo + 7),
        signed_off_at: daysBefore(s.today, p.visitDaysAgo - 14),
        signed_off_by: s.reviewerIds[0],
      })),
    )
    .returning('id')
    .execute();
  const byReview = reviews.map((r, i) => ({ id: r.id, ...(plans[i] as (typeof plans)[number]) }));
  await tx
    .insertInto('fidelity_reviewer')
    .values(
      byReview.flatMap((r) =>
        s.reviewerIds.map((reviewer_id) => ({
          review_id: r.id,
          reviewer_id,
          submitted_at: daysBefore(s.today, r.visitDaysAgo - 3),
        })),
      ),
    )
    .execute();
  await tx
    .insertInto('fidelity_rating')
    .values(byReview.flatMap((r) => ratingsOf(scale, r.id, r.agreed, s.reviewerIds)))
    .execute();
  await tx
    .insertInto('fidelity_consensus')
    .values(
      byReview.flatMap((r) =>
        scale.items.map((item, i) => ({
          review_id: r.id,
          item_key: item.key,
          rating: r.agreed[i] as number,
          rationale: 'Enige etter gjennomgang av intervjuer og journalutvalg.',
          decided_by: s.reviewerIds[0],
        })),
      ),
    )
    .execute();
  await tx
    .insertInto('fidelity_recommendation')
    .values(
      byReview.flatMap((r) =>
        Object.entries(RECOMMENDATIONS).map(([item_key, [nb]]) => ({
          review_id: r.id,
          item_key,
          body: nb,
          written_by: s.reviewerIds[0],
        })),
      ),
    )
    .execute();
  await tx
    .insertInto('fidelity_action')
    .values(byReview.flatMap((r, i) => actionsOf(r.id, r.visitDaysAgo, i === 0, s)))
    .execute();
}

/** The reviewers' own ratings: the second reviewer was a point apart on every fifth item before they agreed. */
function ratingsOf(
  scale: FidelityScale,
  reviewId: string,
  agreed: readonly number[],
  reviewers: readonly string[],
) {
  return reviewers.flatMap((reviewer_id, who) =>
    scale.items.map((item, i) => {
      const base = agreed[i] as number;
      const apart = who === 1 && i % 5 === 0 ? (base === 5 ? -1 : 1) : 0;
      return {
        review_id: reviewId,
        reviewer_id,
        item_key: item.key,
        rating: base + apart,
        evidence: 'Intervju og journalutvalg.',
      };
    }),
  );
}

function actionsOf(reviewId: string, visitDaysAgo: number, done: boolean, s: FidelitySeed) {
  const due = (days: number) => day(daysBefore(s.today, visitDaysAgo - days));
  const base = { review_id: reviewId, created_by: s.reviewerIds[0], updated_by: s.reviewerIds[0] };
  return [
    {
      ...base,
      item_key: 'services-4',
      what: 'Første arbeidsgivermøte avtales i første samtale',
      owner: 'Marit Berg',
      due_date: due(60),
      status: done ? 'done' : 'in_progress',
    },
    {
      ...base,
      item_key: 'organisation-3',
      what: 'Fast månedsmøte med NAV-veilederne',
      owner: 'Lena Hauge',
      due_date: due(90),
      status: done ? 'done' : 'planned',
    },
  ];
}
