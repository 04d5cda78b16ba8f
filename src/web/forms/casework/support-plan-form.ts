import type { SupportPlan, SupportPlanBody } from '../../api/casework-types.ts';
import { type CaseworkTexts, compact, type Errors, optionalText } from './field-rules.ts';
import { isBlankRow, type Keyed, newRowKey } from './rows.ts';

export type SupportPlanField = 'supports' | 'note';
export const SUPPORT_PLAN_FIELDS: readonly SupportPlanField[] = ['supports', 'note'];

export interface SupportRow extends Keyed {
  kind: string;
  description: string;
  frequency: string;
}

export interface SupportPlanValues {
  supports: SupportRow[];
  note: string;
}

export const emptySupportRow = (): SupportRow => ({
  key: newRowKey(),
  kind: '',
  description: '',
  frequency: '',
});

/** The form's values from the latest version, with one empty row to start a new plan. */
export function supportPlanValues(plan: SupportPlan | null): SupportPlanValues {
  const rows = (plan?.content.supports ?? []).map((s) => ({
    key: newRowKey(),
    kind: s.kind,
    description: s.description,
    frequency: s.frequency ?? '',
  }));
  return { supports: rows.length > 0 ? rows : [emptySupportRow()], note: plan?.content.note ?? '' };
}

function rowFine(row: SupportRow): boolean {
  return isBlankRow(row) || (row.kind !== '' && row.description.trim() !== '');
}

export function validateSupportPlan(values: SupportPlanValues, t: CaseworkTexts): Errors<SupportPlanField> {
  const kept = values.supports.filter((row) => !isBlankRow(row));
  const fine = kept.length > 0 && values.supports.every(rowFine);
  return compact({
    supports: fine ? undefined : t.validation.rows(t.followAlong.planHeading),
    note: undefined,
  });
}

export function supportPlanBody(values: SupportPlanValues, basedOnVersion: number | null): SupportPlanBody {
  return {
    basedOnVersion,
    supports: values.supports
      .filter((row) => !isBlankRow(row))
      .map((row) => {
        const frequency = optionalText(row.frequency);
        return { kind: row.kind, description: row.description.trim(), ...(frequency ? { frequency } : {}) };
      }),
    note: optionalText(values.note),
  };
}
