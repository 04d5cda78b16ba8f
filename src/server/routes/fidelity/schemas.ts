import { z } from 'zod';
import { IsoDate, Uuid } from '../common-schemas.ts';

export const Text = z.object({ nb: z.string(), en: z.string() });
export const Band = z.enum(['exemplary', 'good', 'fair', 'not_ips']);
const Section = z.object({ score: z.number(), max: z.number(), rated: z.number(), items: z.number() });
export const Sections = z.object({ staffing: Section, organisation: Section, services: Section });
export const ItemKey = z
  .string()
  .regex(/^(staffing|organisation|services)-\d{1,2}$/, 'must be an item key such as services-4');
export const ReviewParams = z.strictObject({ id: Uuid });
export const ItemParams = z.strictObject({ id: Uuid, itemKey: ItemKey });
export const ProgrammeParams = z.strictObject({ programmeId: Uuid });

export const Scale = z
  .object({
    version: z.string(),
    edition: Text,
    items: z.array(
      z.object({
        key: z.string(),
        section: z.enum(['staffing', 'organisation', 'services']),
        number: z.number(),
        title: Text,
        definition: Text,
        anchors: z.array(Text),
        sources: z.array(z.enum(['interview', 'chart_review', 'observation', 'case_data'])),
      }),
    ),
    bands: z.array(z.object({ band: Band, min: z.number(), max: z.number() })),
  })
  .describe('FidelityScale');

export const ReviewListItem = z.object({
  id: z.string(),
  scaleVersion: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  reviewDate: z.string(),
  status: z.enum(['open', 'signed_off']),
  total: z.number().nullable(),
  band: Band.nullable(),
  signedOffAt: z.string().nullable(),
  nextDue: z.string().nullable(),
});

export const NewReviewBody = z.strictObject({
  programmeId: Uuid,
  scaleVersion: z.string().max(40).optional(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  reviewDate: IsoDate,
  reviewerIds: z.array(Uuid).max(10),
});

const Rating = z.number({ error: 'rating is required' }).int('rating must be a whole number from 1 to 5');
const Note = z.string().max(4000, 'must be at most 4000 characters');
export const RatingBody = z.strictObject({ rating: Rating, evidence: Note.default('') });
export const ConsensusBody = z.strictObject({ rating: Rating, rationale: Note.default('') });
export const RecommendationBody = z.strictObject({
  body: z.string().trim().min(1, 'body is required').max(4000),
});
export const ActionStatus = z.enum(['planned', 'in_progress', 'done']);
export const NewActionBody = z.strictObject({
  itemKey: ItemKey.nullable().default(null),
  what: z.string().trim().min(1, 'what is required').max(1000),
  owner: z.string().trim().min(1, 'owner is required').max(200),
  dueDate: IsoDate,
});
export const ActionPatchBody = z.strictObject({ status: ActionStatus });
export const ChartGrantBody = z.strictObject({
  expiresAt: z.iso.datetime({ offset: true, message: 'must be a date and time (ISO 8601)' }),
});

const ActionItem = z.object({
  id: z.string(),
  itemKey: z.string().nullable(),
  what: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  status: ActionStatus,
});
const Recommendation = z.object({ itemKey: z.string(), body: z.string() });
const Agreed = z.object({ itemKey: z.string(), rating: z.number(), rationale: z.string() });
const OwnRating = z.object({
  reviewerId: z.string(),
  itemKey: z.string(),
  rating: z.number(),
  evidence: z.string(),
});
const LegalNote = z.object({ itemKey: z.string(), text: Text }).nullable();
const Score = z.object({
  total: z.number(),
  sections: Sections,
  band: Band.nullable(),
  complete: z.boolean(),
  missing: z.array(z.string()),
});

export const ReviewView = z
  .object({
    id: z.string(),
    programme: z.object({ id: z.string(), name: z.string() }),
    scaleVersion: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    reviewDate: z.string(),
    status: z.enum(['open', 'signed_off']),
    signedOffAt: z.string().nullable(),
    reviewers: z.array(z.object({ id: z.string(), displayName: z.string(), submitted: z.boolean() })),
    allSubmitted: z.boolean(),
    ratings: z.array(OwnRating),
    consensusView: z
      .array(
        z.object({
          itemKey: z.string(),
          ratings: z.array(z.object({ reviewerId: z.string(), rating: z.number(), evidence: z.string() })),
          disagreement: z.boolean(),
          agreed: Agreed.nullable(),
        }),
      )
      .nullable(),
    consensus: z.array(Agreed),
    score: Score,
    recommendations: z.array(Recommendation),
    actionPlan: z.array(ActionItem),
    legalModelNote: LegalNote,
  })
  .describe('FidelityReview');

const PreviousScores = Score.extend({
  reviewId: z.string(),
  scaleVersion: z.string(),
  reviewDate: z.string(),
  signedOffAt: z.string().nullable(),
});

export const Report = z
  .object({
    reviewId: z.string(),
    programme: z.object({ id: z.string(), name: z.string() }),
    scaleVersion: z.string(),
    edition: Text,
    periodFrom: z.string(),
    periodTo: z.string(),
    reviewDate: z.string(),
    signedOffAt: z.string().nullable(),
    total: z.number(),
    band: Band.nullable(),
    complete: z.boolean(),
    sections: Sections,
    items: z.array(
      z.object({
        key: z.string(),
        section: z.string(),
        title: Text,
        rating: z.number().nullable(),
        rationale: z.string(),
      }),
    ),
    strengths: z.array(z.string()),
    recommendations: z.array(Recommendation),
    actionPlan: z.array(ActionItem),
    previous: PreviousScores.nullable(),
    legalModelNote: LegalNote,
    nextDue: z.string().nullable(),
  })
  .describe('FidelityReport');

export const Trend = z.object({
  items: z.array(
    z.object({
      reviewId: z.string(),
      reviewDate: z.string(),
      total: z.number(),
      band: Band.nullable(),
      sections: Sections,
    }),
  ),
});

const Cell = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
export const RegionFidelity = z
  .object({
    region: z.object({ id: z.string(), name: z.string() }),
    quarter: z.string(),
    threshold: z.number(),
    programmes: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        reviewDate: z.string().nullable(),
        total: z.number().nullable(),
        band: Band.nullable(),
        employmentRate: Cell.nullable(),
      }),
    ),
  })
  .describe('RegionFidelity');

export const ChartRecord = z.object({
  id: z.string(),
  handle: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  referralDate: z.string(),
  categories: z.array(z.string()),
  withheld: z.array(z.object({ category: z.string(), reason: z.string() })),
  notes: z.array(
    z.object({
      id: z.string(),
      category: z.string(),
      body: z.string(),
      author: z.object({ id: z.string(), displayName: z.string() }),
      createdAt: z.string(),
    }),
  ),
  grantUntil: z.string().nullable(),
});
