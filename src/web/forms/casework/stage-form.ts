import type { Stage } from '../../../domain/code-lists.ts';
import { allowedNextStages } from '../../../domain/lifecycle.ts';
import type { NewStageBody, StageTransition } from '../../api/casework-types.ts';
import { type CaseworkTexts, compact, dateError, type Errors, optionalText } from './field-rules.ts';

export type StageField = 'stage' | 'effectiveDate' | 'note';
export const STAGE_FIELDS: readonly StageField[] = ['stage', 'effectiveDate', 'note'];

export interface StageValues {
  stage: Stage | '';
  effectiveDate: string;
  note: string;
}

/** Oldest first: by date, then by when it was recorded (two changes may share a date). */
export function chronological(transitions: readonly StageTransition[]): StageTransition[] {
  return [...transitions].sort(
    (a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.recordedAt.localeCompare(b.recordedAt),
  );
}

/** The stage a paused participant was in before the pause, so resuming offers it first. */
export function pausedFrom(transitions: readonly StageTransition[]): Stage | null {
  const ordered = chronological(transitions);
  const last = ordered.at(-1);
  if (last?.stage !== 'paused') return null;
  return ordered.at(-2)?.stage ?? null;
}

/** The newest change's date: a new one may not be dated before it. */
export function lastTransitionDate(transitions: readonly StageTransition[]): string | null {
  return chronological(transitions).at(-1)?.effectiveDate ?? null;
}

/** Where the participant may go from here (discharge has its own form). */
export function stageChoices(current: Stage, transitions: readonly StageTransition[]): Stage[] {
  return allowedNextStages(current, pausedFrom(transitions));
}

export interface StageFacts {
  today: string;
  /** The newest change's date, and the same formatted for the message. */
  lastDate: { date: string; shown: string } | null;
}

/** A lifecycle change takes effect by today, and not before the newest change. */
export function effectiveDateError(value: string, label: string, t: CaseworkTexts, facts: StageFacts) {
  return dateError(
    value,
    { label, required: true, notAfter: facts.today, notBefore: facts.lastDate ?? undefined },
    t,
  );
}

export function validateStage(values: StageValues, t: CaseworkTexts, facts: StageFacts): Errors<StageField> {
  return compact({
    stage: values.stage ? undefined : t.validation.choose(t.stage.stageField),
    effectiveDate: effectiveDateError(values.effectiveDate, t.stage.effectiveDate, t, facts),
    note: undefined,
  });
}

export function stageBody(values: StageValues): NewStageBody {
  return {
    stage: values.stage as Stage,
    effectiveDate: values.effectiveDate,
    note: optionalText(values.note),
  };
}
