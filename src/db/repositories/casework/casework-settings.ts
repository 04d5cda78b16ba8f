import { AppError } from '../../../domain/app-error.ts';
import {
  applySettingsChanges,
  type CaseworkSettings,
  type CaseworkSettingsChanges,
  caseworkSettings,
  DEFAULT_CASEWORK_SETTINGS,
} from '../../../domain/casework-settings.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';

export interface CaseworkSettingsView {
  settings: CaseworkSettings;
  defaults: CaseworkSettings;
}

/** What the programme has chosen itself (only these are stored), or null for an unknown programme. */
async function storedSettings(db: Db, programmeId: string, lock = false) {
  const row = await db
    .selectFrom('programme')
    .select('casework_settings')
    .where('id', '=', programmeId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
  return row ? (row.casework_settings ?? {}) : null;
}

/** The thresholds a programme's casework is measured against: its own choices over the defaults. */
export async function loadCaseworkSettings(db: Db, programmeId: string): Promise<CaseworkSettings> {
  return caseworkSettings(await storedSettings(db, programmeId));
}

/**
 * Community share is a range: the guideline's lower end may not pass its upper end once the change
 * is merged with what is stored.
 */
function checkRange(merged: CaseworkSettings, changes: CaseworkSettingsChanges) {
  if (merged.communityShareGuidelineMin <= merged.communityShareGuidelineMax) return;
  const path =
    changes.communityShareGuidelineMin !== undefined
      ? 'communityShareGuidelineMin'
      : 'communityShareGuidelineMax';
  throw AppError.validation([
    { path, message: `${path}: the guideline minimum must not exceed its maximum` },
  ]);
}

/** The programme's casework thresholds: read by its members, changed by its lead. */
export class CaseworkSettingsRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  get(): Promise<CaseworkSettingsView> {
    return guardedRead(this.store, async (db, sink) => {
      const programmeId = this.caller.programmeId;
      const decision = await authorise(
        sink,
        this.caller,
        { action: 'read', subject: { type: 'programme', programmeId } },
        {
          subjectType: 'programme',
          subjectId: programmeId ?? undefined,
          programmeId,
          details: { setting: 'casework' },
        },
      );
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      return { settings: await loadCaseworkSettings(db, programmeId), defaults: DEFAULT_CASEWORK_SETTINGS };
    });
  }

  /** Sets the thresholds given; null drops the programme's choice, so the default applies again. */
  update(changes: CaseworkSettingsChanges): Promise<CaseworkSettingsView> {
    return guarded(this.store, async (tx) => {
      const programmeId = this.caller.programmeId;
      const stored = (programmeId && (await storedSettings(tx, programmeId, true))) || {};
      const before = caseworkSettings(stored);
      const keys = Object.keys(changes) as (keyof CaseworkSettings)[];
      const decision = await authorise(
        tx,
        this.caller,
        { action: 'manage', subject: { type: 'programme', programmeId } },
        {
          subjectType: 'programme',
          subjectId: programmeId ?? undefined,
          programmeId,
          details: {
            setting: 'casework',
            from: Object.fromEntries(keys.map((k) => [k, before[k]])),
            to: changes,
          },
        },
      );
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      const next = applySettingsChanges(stored, changes);
      const settings = caseworkSettings(next);
      checkRange(settings, changes);
      await tx
        .updateTable('programme')
        .set({ casework_settings: JSON.stringify(next) })
        .where('id', '=', programmeId)
        .execute();
      return { settings, defaults: DEFAULT_CASEWORK_SETTINGS };
    });
  }
}
