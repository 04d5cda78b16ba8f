import { DEFAULT_CANDIDATE_DAYS, retentionRules } from '../../../domain/retention.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { every, type ScheduledJob } from '../every.ts';
import { type ArchiveFinalReport, finalReportsFiled } from './archive.ts';
import { type HeldCase, runCaseRule } from './cases.ts';
import { candidatesDue, type RetentionItem, sweepTimed } from './timed-records.ts';

export interface RetentionOptions {
  now: Date;
  /** List what would go and change nothing. */
  dryRun: boolean;
  /** Days an unconverted candidate is kept (IPS_CANDIDATE_RETENTION_DAYS). */
  candidateDays?: number;
  archive?: ArchiveFinalReport;
}

export interface RetentionReport {
  dryRun: boolean;
  /** Cases and candidates removed (or that would be), one by one. */
  removed: RetentionItem[];
  /** Cases past their period and kept for now, with the reason. */
  held: HeldCase[];
  /** Expired sessions and old sign-in attempts, counted. */
  swept: { session: number; login_attempt: number };
}

/**
 * Applies every retention rule of the domain's list once: the case rule case by case, the timed
 * records in one transaction. Every removal is audited; a dry run writes nothing.
 */
export async function runRetention(store: Store, options: RetentionOptions): Promise<RetentionReport> {
  const { now, dryRun } = options;
  const cases = await runCaseRule(store, { now, dryRun, archive: options.archive ?? finalReportsFiled });
  const timed = async (tx: Db) => ({
    candidates: await candidatesDue(tx, options.candidateDays ?? DEFAULT_CANDIDATE_DAYS, now, !dryRun),
    session: await sweepTimed(tx, 'session', retentionRules.session.days, now, !dryRun),
    login_attempt: await sweepTimed(tx, 'login_attempt', retentionRules.login_attempt.days, now, !dryRun),
  });
  const { candidates, ...swept } = dryRun ? await timed(store.db) : await store.transact(timed);
  return { dryRun, removed: [...cases.removed, ...candidates], held: cases.held, swept };
}

const DAY_MS = 86_400_000;

/** Runs every retention rule now and then every 24 hours. */
export function scheduleRetention(
  store: Store,
  options: {
    candidateDays: number;
    onRun?: (report: RetentionReport) => void;
    onError: (error: unknown) => void;
  },
): ScheduledJob {
  const run = async () => {
    const report = await runRetention(store, {
      now: new Date(),
      dryRun: false,
      candidateDays: options.candidateDays,
    });
    options.onRun?.(report);
  };
  return every(DAY_MS, run, options.onError);
}
