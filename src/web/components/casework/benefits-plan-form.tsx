import { BodyShort, Textarea, TextField } from '@navikt/ds-react';
import type { ParticipantBenefit } from '../../api/casework-types.ts';
import { useAddBenefitsPlan } from '../../api/use-casework-writes.ts';
import {
  emptyPlan,
  liveEstimate,
  PLAN_FIELDS,
  type PlanField,
  type PlanValues,
  planBody,
  validatePlan,
} from '../../forms/casework/benefits-plan-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { DateField } from '../date-field.tsx';
import { FormFrame } from '../form-frame.tsx';
import { EstimateView } from './estimate-view.tsx';
import { GuidanceAlert } from './guidance-alert.tsx';

interface Props {
  participantId: string;
  benefits: ParticipantBenefit[];
  onSaved: () => void;
}

const fieldId = (field: PlanField) => `plan-${field}`;

/**
 * The benefits calculator: hours and wage give a live estimate in the browser (the same model the
 * server uses), which can be saved as a dated plan.
 */
export function BenefitsPlanForm({ participantId, benefits, onSaved }: Props) {
  const t = useT();
  const p = t.casework.plan;
  const today = todayInOslo();
  const write = useAddBenefitsPlan(participantId);
  const form = useFormFlow<PlanValues, PlanField>({
    initial: emptyPlan(today),
    fields: PLAN_FIELDS,
    fieldId,
    validate: (values) => validatePlan(values, t.casework, today),
    invalid: (field) => t.casework.validation.invalid(p[field]),
    send: (values) => afterWrite(write.run(planBody(values)), onSaved),
  });
  const estimate = liveEstimate(benefits, form.values, today);

  return (
    <FormFrame testId="benefits-plan" heading={p.heading} form={form} submitLabel={p.submit}>
      <GuidanceAlert />
      <TextField
        {...form.field.input('hoursPerWeek')}
        label={p.hoursPerWeek}
        inputMode="decimal"
        htmlSize={6}
      />
      <TextField {...form.field.input('hourlyWage')} label={p.hourlyWage} inputMode="decimal" htmlSize={8} />
      <div>
        {benefits.length === 0 && <BodyShort>{p.noBenefits}</BodyShort>}
        {benefits.length > 0 && !estimate && <BodyShort className="muted">{p.fillIn}</BodyShort>}
        {estimate && <EstimateView estimate={estimate} />}
      </div>
      <DateField
        {...form.field.value('planDate')}
        label={p.planDate}
        description={t.casework.dateDescription}
        required
        notAfter={today}
      />
      <Textarea
        {...form.field.input('note')}
        label={p.note}
        description={t.casework.optional}
        maxLength={2000}
      />
    </FormFrame>
  );
}
