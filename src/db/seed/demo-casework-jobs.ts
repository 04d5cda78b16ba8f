import type { Transaction } from 'kysely';
import type { Schema } from '../schema.ts';
import type { Journey } from './demo-casework-journeys.ts';
import { addDays, at } from './demo-casework-support.ts';
import { recorderOn, type Tenure } from './demo-casework-workforce.ts';

/** The jobs of every journey, each recorded two days before it started, when the contract was signed. */
export async function insertJobs(tx: Transaction<Schema>, journeys: readonly Journey[], tenures: Tenure[]) {
  const rows = journeys.flatMap((j) =>
    j.jobs.map((job) => ({
      id: job.id,
      participant_id: j.p.id,
      employer_id: job.employer.id,
      title: job.opening.title,
      occupation: job.opening.occupation,
      employment_type: job.opening.type,
      wage_type: job.opening.wageType,
      hours_per_week: job.hours,
      start_date: job.start,
      end_date: job.end,
      end_reason: job.endReason,
      recorded_by: recorderOn(tenures, j.p.specialistId, job.start),
      recorded_at: at(addDays(job.start, -2), 14),
    })),
  );
  if (rows.length > 0) await tx.insertInto('job').values(rows).execute();
}
