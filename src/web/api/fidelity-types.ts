import type { FidelityBand, FidelitySection } from '../../domain/fidelity/scale.ts';

/** The fidelity API's answers as the pages use them. */
export interface Period {
  from: string;
  to: string;
}

export type ReviewStatus = 'rating' | 'consensus' | 'signed_off';
export type ActionStatus = 'planned' | 'in_progress' | 'done';

export interface ReviewSummary {
  id: string;
  period: Period;
  status: ReviewStatus;
  total: number | null;
  band: FidelityBand | null;
  signedOffAt: string | null;
  nextDue: string | null;
}

export interface ActionItem {
  id: string;
  what: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
}

export interface Review {
  id: string;
  programme: { id: string; name: string };
  period: Period;
  reviewDate: string;
  status: ReviewStatus;
  scaleVersion: string;
  reviewers: { id: string; name: string; submittedAt: string | null }[];
  /** Every reviewer's ratings once all have submitted; until then the caller's own. */
  ratings: { reviewerId: string; itemKey: string; rating: number; evidence: string }[];
  consensus: { itemKey: string; rating: number; rationale: string }[];
  recommendations: { itemKey: string; text: string }[];
  actions: ActionItem[];
  signedOffAt: string | null;
  legalModelNote: string | null;
}

export type SectionScores = Record<FidelitySection, { score: number; max: number }>;

export interface FidelityReport {
  id: string;
  programme: { id: string; name: string };
  period: Period;
  scaleVersion: string;
  reviewers: string[];
  signedOffAt: string | null;
  total: number;
  band: FidelityBand | null;
  sections: SectionScores;
  ratings: { itemKey: string; rating: number }[];
  strengths: string[];
  recommendations: { itemKey: string; text: string }[];
  actions: ActionItem[];
  previous: {
    period: Period;
    total: number;
    band: FidelityBand | null;
    sections: SectionScores;
    ratings: { itemKey: string; rating: number }[];
  } | null;
  legalModelNote: string | null;
}

export interface Trend {
  reviews: { id: string; period: Period; total: number; sections: SectionScores }[];
}

export interface RegionFidelity {
  region: { id: string; name: string };
  quarter: string;
  threshold: number;
  programmes: {
    id: string;
    name: string;
    total: number | null;
    band: FidelityBand | null;
    employmentRate: { value: number | null; suppressed: boolean };
  }[];
}

export interface NewReviewBody {
  programmeId: string;
  periodFrom: string;
  periodTo: string;
  reviewDate: string;
  reviewerIds: string[];
}
