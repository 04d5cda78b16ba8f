import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date | undefined, Date>;

/** The fidelity review tables (migration 0012), joined into `Schema`. */
export interface FidelityReviewTable {
  id: Generated<string>;
  programme_id: string;
  scale_version: string;
  period_from: string;
  period_to: string;
  review_date: string;
  created_by: string;
  created_at: CreatedAt;
  signed_off_at: Date | null;
  signed_off_by: string | null;
}

export interface FidelityReviewerTable {
  review_id: string;
  reviewer_id: string;
  submitted_at: Date | null;
}

export interface FidelityRatingTable {
  review_id: string;
  reviewer_id: string;
  item_key: string;
  rating: number;
  evidence: string;
  updated_at: Timestamp;
}

export interface FidelityConsensusTable {
  review_id: string;
  item_key: string;
  rating: number;
  rationale: string;
  decided_by: string;
  decided_at: Timestamp;
}

export interface FidelityRecommendationTable {
  review_id: string;
  item_key: string;
  body: string;
  written_by: string;
  updated_at: Timestamp;
}

export interface FidelityActionTable {
  id: Generated<string>;
  review_id: string;
  item_key: string | null;
  what: string;
  owner: string;
  due_date: string;
  status: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
  updated_by: string;
  updated_at: Timestamp;
}

export interface FidelityChartGrantTable {
  id: Generated<string>;
  review_id: string;
  granted_by: string;
  granted_at: CreatedAt;
  expires_at: Date;
}

export interface FidelitySchema {
  fidelity_review: FidelityReviewTable;
  fidelity_reviewer: FidelityReviewerTable;
  fidelity_rating: FidelityRatingTable;
  fidelity_consensus: FidelityConsensusTable;
  fidelity_recommendation: FidelityRecommendationTable;
  fidelity_action: FidelityActionTable;
  fidelity_chart_grant: FidelityChartGrantTable;
}
