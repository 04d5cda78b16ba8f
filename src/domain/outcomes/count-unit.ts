import type { UnitCounts } from './counts.ts';
import type { ActivityEvent, ParticipantHistory, SpecialistSpell } from './history.ts';
import type { PeriodKey } from './quarters.ts';
import type { OutcomeSettings } from './targets.ts';

export interface CountOptions {
  /**
   * The day the counts are made. Events after it are not yet observed (a planned job start is not a
   * start) and running spells are censored at it. Default: the period's last day.
   */
  asOf?: string;
  /** The unit's job specialists' employment spells (workforce and caseload per specialist). */
  specialists?: readonly SpecialistSpell[];
}

/**
 * The additive counts of one unit in one fixed period: the histories of the unit's participants
 * (a specialist's caseload, or a programme's), the unit's activity log and specialists. Cuts (age
 * band, track, sex, referral source) are made by passing only the histories of the cut.
 */
export function countUnit(
  _histories: readonly ParticipantHistory[],
  _activity: readonly ActivityEvent[],
  _period: PeriodKey,
  _settings: OutcomeSettings,
  _options: CountOptions = {},
): UnitCounts {
  throw new Error('countUnit: implemented in the next commit');
}
