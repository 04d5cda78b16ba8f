import { Textarea } from '@navikt/ds-react';
import type { SupportPlan } from '../../api/casework-types.ts';
import { useSaveSupportPlan } from '../../api/use-casework-writes.ts';
import {
  emptySupportRow,
  SUPPORT_PLAN_FIELDS,
  type SupportPlanField,
  type SupportPlanValues,
  supportPlanBody,
  supportPlanValues,
  validateSupportPlan,
} from '../../forms/casework/support-plan-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormFrame } from '../form-frame.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { RepeatableRows } from './repeatable-rows.tsx';
import { SupportRowFields } from './support-row-fields.tsx';

interface Props {
  participantId: string;
  plan: SupportPlan | null;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

const fieldId = (field: SupportPlanField) => `support-plan-${field}`;

/** Saves the next version of the plan of supports, based on the one the edit started from. */
export function SupportPlanForm({ participantId, plan, onSaved, onCancel, onReload }: Props) {
  const t = useT();
  const f = t.casework.followAlong;
  const write = useSaveSupportPlan(participantId);
  const form = useFormFlow<SupportPlanValues, SupportPlanField>({
    initial: supportPlanValues(plan),
    fields: SUPPORT_PLAN_FIELDS,
    fieldId,
    validate: (values) => validateSupportPlan(values, t.casework),
    invalid: (field) => t.casework.validation.invalid(field === 'note' ? f.planNote : f.planHeading),
    send: (values) => afterWrite(write.run(supportPlanBody(values, plan?.version ?? null)), onSaved),
  });

  return (
    <FormFrame
      testId="support-plan"
      heading={plan ? f.planEdit : f.planCreate}
      headingLevel="4"
      form={form}
      submitLabel={f.planSubmit}
      onCancel={onCancel}
      focusOnMount
      notice={
        form.generalError?.status === 409 ? (
          <ConflictNotice text={f.planConflict} reloadLabel={t.casework.profile.reload} onReload={onReload} />
        ) : undefined
      }
    >
      <RepeatableRows
        id={fieldId('supports')}
        texts={{ legend: f.planHeading, row: f.supportRow, remove: f.removeSupport, add: f.addSupport }}
        rows={form.values.supports}
        error={form.errors.supports}
        empty={emptySupportRow}
        onChange={(supports) => form.update((v) => ({ ...v, supports }), 'supports')}
      >
        {(row, set) => <SupportRowFields row={row} set={set} error={form.errors.supports} />}
      </RepeatableRows>
      <Textarea
        {...form.field.input('note')}
        label={f.planNote}
        description={t.casework.optional}
        maxLength={2000}
      />
    </FormFrame>
  );
}
