import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import {
  type BenefitsEstimate,
  benefitStatusOn,
  benefitsRunningOn,
  estimateBenefits,
} from '../../../domain/benefits.ts';
import { CASEWORK_CATEGORY } from '../../../domain/casework-categories.ts';
import type { PeriodStatus } from '../../../domain/dated-period.ts';
import type { Caller } from '../../access/caller.ts';
import { type CaseworkAsk, caseworkWrite, rejectIf } from '../../access/casework-write.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { requireActiveCodes } from '../code-lists/code-overrides.ts';

export interface Benefit {
  id: string;
  benefit: string;
  monthlyAmount: number | null;
  fromDate: string;
  toDate: string | null;
  recordedAt: string;
  /** On the request's day: planned, current ("benefits now") or ended. */
  status: PeriodStatus;
}

export interface NewBenefit {
  benefit: string;
  monthlyAmount?: number | null;
  fromDate: string;
  toDate?: string | null;
}

export interface BenefitsPlan {
  id: string;
  planDate: string;
  hoursPerWeek: number;
  hourlyWage: number;
  /** The estimate as shown when the plan was made, under its model version. */
  effect: BenefitsEstimate;
  modelVersion: string;
  note: string | null;
  recordedAt: string;
}

export interface NewBenefitsPlan {
  planDate: string;
  hoursPerWeek: number;
  hourlyWage: number;
  note?: string | null;
}

const BENEFIT_COLUMNS = ['id', 'benefit', 'monthly_amount', 'from_date', 'to_date', 'recorded_at'] as const;

function toBenefit(
  r: {
    id: string;
    benefit: string;
    monthly_amount: number | null;
    from_date: string;
    to_date: string | null;
    recorded_at: Date;
  },
  today: string,
): Benefit {
  const period = { fromDate: r.from_date, toDate: r.to_date };
  return {
    id: r.id,
    benefit: r.benefit,
    monthlyAmount: r.monthly_amount,
    ...period,
    recordedAt: r.recorded_at.toISOString(),
    status: benefitStatusOn(period, today),
  };
}

/** Every benefit the participant has had or will have, the newest first, each as of `today`. */
export async function benefitsOf(
  db: Kysely<Schema>,
  participantId: string,
  today: string,
): Promise<Benefit[]> {
  const rows = await db
    .selectFrom('participant_benefit_current')
    .select(BENEFIT_COLUMNS)
    .where('participant_id', '=', participantId)
    .orderBy('from_date', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute();
  return rows.map((r) => toBenefit(r, today));
}

/** Every benefits plan, the newest first. */
export async function benefitsPlansOf(db: Kysely<Schema>, participantId: string): Promise<BenefitsPlan[]> {
  const rows = await db
    .selectFrom('benefits_plan')
    .select([
      'id',
      'plan_date',
      'hours_per_week',
      'hourly_wage',
      'effect',
      'model_version',
      'note',
      'recorded_at',
    ])
    .where('participant_id', '=', participantId)
    .orderBy('plan_date', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    planDate: r.plan_date,
    hoursPerWeek: r.hours_per_week,
    hourlyWage: r.hourly_wage,
    effect: r.effect as unknown as BenefitsEstimate,
    modelVersion: r.model_version,
    note: r.note,
    recordedAt: r.recorded_at.toISOString(),
  }));
}

/** The benefits received on a date, oldest first, as benefitsRunningOn decides. */
async function benefitsOn(tx: Transaction<Schema>, participantId: string, date: string) {
  const rows = await tx
    .selectFrom('participant_benefit_current')
    .select(['benefit', 'monthly_amount', 'from_date as fromDate', 'to_date as toDate'])
    .where('participant_id', '=', participantId)
    .orderBy('from_date')
    .execute();
  return benefitsRunningOn(rows, date);
}

/** Benefits and plans are the NAV benefit status: that category decides every write here. */
function recording(participantId: string, view: string): CaseworkAsk {
  return { participantId, action: 'record_casework', category: CASEWORK_CATEGORY.benefits, view };
}

/** Benefits counselling: the benefits a participant receives and dated plans of what work does to them. */
export class BenefitRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  add(participantId: string, input: NewBenefit): Promise<Benefit> {
    const ask = recording(participantId, 'benefit');
    return caseworkWrite(this.store, this.caller, ask, async ({ tx, userId, today }) => {
      const toDate = input.toDate ?? null;
      await requireActiveCodes(tx, [{ list: 'benefit_types', code: input.benefit, path: 'benefit' }]);
      rejectIf(
        toDate !== null && toDate < input.fromDate
          ? [{ path: 'toDate', message: 'toDate must not be before fromDate' }]
          : [],
      );
      const row = await tx
        .insertInto('participant_benefit')
        .values({
          participant_id: participantId,
          benefit: input.benefit,
          monthly_amount: input.monthlyAmount ?? null,
          from_date: input.fromDate,
          to_date: toDate,
          recorded_by: userId,
        })
        .returning(BENEFIT_COLUMNS)
        .executeTakeFirstOrThrow();
      return toBenefit(row, today);
    });
  }

  end(participantId: string, benefitId: string, toDate: string): Promise<Benefit> {
    const ask = recording(participantId, 'benefit_end');
    return caseworkWrite(this.store, this.caller, ask, async ({ tx, today }) => {
      const current = await tx
        .selectFrom('participant_benefit_current')
        .select(['from_date', 'to_date'])
        .where('id', '=', benefitId)
        .where('participant_id', '=', participantId)
        .executeTakeFirst();
      if (!current) throw new AppError('not_found', `benefit ${benefitId} not found for this participant`);
      if (current.to_date !== null)
        throw new AppError('conflict', `benefit ${benefitId} already ended on ${current.to_date}`);
      rejectIf(
        toDate < current.from_date
          ? [{ path: 'toDate', message: `toDate must not be before fromDate (${current.from_date})` }]
          : [],
      );
      const row = await tx
        .updateTable('participant_benefit')
        .set({ to_date: toDate })
        .where('id', '=', benefitId)
        .returning(BENEFIT_COLUMNS)
        .executeTakeFirstOrThrow();
      return toBenefit(row, today);
    });
  }

  /** Estimates on the server from the benefits running on the plan date, and keeps inputs and result. */
  plan(participantId: string, input: NewBenefitsPlan): Promise<BenefitsPlan> {
    const ask = recording(participantId, 'benefits_plan');
    return caseworkWrite(this.store, this.caller, ask, async ({ tx, userId }) => {
      const running = await benefitsOn(tx, participantId, input.planDate);
      const inputs = {
        benefits: running.map((b) => ({ benefit: b.benefit, monthlyAmount: b.monthly_amount })),
        hoursPerWeek: input.hoursPerWeek,
        hourlyWage: input.hourlyWage,
      };
      const effect = estimateBenefits(inputs);
      const { id } = await tx
        .insertInto('benefits_plan')
        .values({
          participant_id: participantId,
          plan_date: input.planDate,
          hours_per_week: input.hoursPerWeek,
          hourly_wage: input.hourlyWage,
          inputs: JSON.stringify(inputs),
          effect: JSON.stringify(effect),
          model_version: effect.modelVersion,
          note: input.note ?? null,
          recorded_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const plans = await benefitsPlansOf(tx, participantId);
      return plans.find((p) => p.id === id) as BenefitsPlan;
    });
  }
}
