import type { Kysely } from 'kysely';
import type { FidelityIndicatorSubject } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { LiveIndicator, LiveItemKey } from '../../../domain/fidelity/indicators/indicator.ts';
import { INDICATORS, liveIndicators } from '../../../domain/fidelity/indicators/live-indicators.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guardedRead } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { type IndicatorProgramme, loadIndicatorInputs, loadIndicatorProgramme } from './load-inputs.ts';
import { shownRecords } from './shown-records.ts';

/** An indicator without its records: how many there are is all a count needs to say. */
function counted({ records, ...rest }: LiveIndicator) {
  return { ...rest, recordCount: records.length };
}

/**
 * A programme's live fidelity indicators, decided by the one policy and audited once per read: the
 * values for its staff and its region's reviewers, the records behind one value for its staff.
 */
export class FidelityIndicatorRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  programme(programmeId: string, now = new Date()) {
    return this.read(programmeId, false, now, async (db, programme, asOf) => {
      const inputs = await loadIndicatorInputs(db, programme, asOf);
      return {
        programme: { id: programme.id, name: programme.name, legalModel: programme.legalModel },
        asOf,
        indicators: liveIndicators(inputs).map(counted),
      };
    });
  }

  /** The records behind one value; each participant named only where her record is open to the caller. */
  records(programmeId: string, itemKey: LiveItemKey, now = new Date()) {
    return this.read(programmeId, true, now, async (db, programme, asOf, sink) => {
      const indicator = INDICATORS[itemKey](await loadIndicatorInputs(db, programme, asOf));
      const shown = await shownRecords(db, sink, this.caller, indicator.records, {
        itemKey,
        programmeId,
        now,
      });
      return { programme: { id: programme.id, name: programme.name }, asOf, ...counted(indicator), ...shown };
    });
  }

  /** Finds the programme (404), decides and audits the read, then builds the answer. */
  private read<T>(
    programmeId: string,
    records: boolean,
    now: Date,
    build: (db: Kysely<Schema>, p: IndicatorProgramme, asOf: string, sink: AuditSink) => Promise<T>,
  ): Promise<T> {
    const asOf = osloToday(now);
    return guardedRead(this.store, async (db, sink) => {
      const programme = await loadIndicatorProgramme(db, programmeId);
      if (!programme) throw new AppError('not_found', `programme ${programmeId} not found`);
      const subject: FidelityIndicatorSubject = {
        type: 'fidelity_indicators',
        programmeId,
        programmeRegionId: programme.regionId,
        callerRegionId: await this.callerRegion(db),
        records,
      };
      const decision = await authorise(
        sink,
        this.caller,
        { action: 'read', subject },
        {
          subjectType: 'fidelity_indicators',
          subjectId: programmeId,
          programmeId,
          details: { asOf, records },
        },
        now,
      );
      if (!decision.allow) return new Denial(decision.reason);
      return build(db, programme, asOf, sink);
    });
  }

  /** The region of the caller's organisation: a reviewer's resource centre's. */
  private async callerRegion(db: Kysely<Schema>): Promise<string | null> {
    if (this.caller.actor.kind !== 'user') return null;
    const row = await db
      .selectFrom('organisation')
      .select('region_id')
      .where('id', '=', this.caller.actor.organisationId)
      .executeTakeFirst();
    return row?.region_id ?? null;
  }
}
