import type { Stage } from '../../../domain/code-lists.ts';
import type { StageTransition } from '../../api/casework-types.ts';
import { useRecordStage } from '../../api/use-casework-writes.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import type { StageFacts } from '../../forms/casework/stage-form.ts';
import {
  STAGE_FIELDS,
  type StageField,
  type StageValues,
  stageBody,
  stageChoices,
  validateStage,
} from '../../forms/casework/stage-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChoiceSelect } from '../choice-select.tsx';
import { FormFrame } from '../form-frame.tsx';
import { EffectiveDateFields } from './effective-date-fields.tsx';

interface Props {
  participantId: string;
  current: Stage;
  transitions: StageTransition[];
  facts: StageFacts;
  onSaved: () => void;
}

const fieldId = (field: StageField) => `stage-${field}`;

function headingOf(current: Stage, t: ReturnType<typeof useT>): string {
  if (current === 'paused') return t.casework.stage.resumeHeading;
  if (current === 'discharged') return t.casework.stage.reopenHeading;
  return t.casework.stage.formHeading;
}

/** Move on, pause or resume: only the stages the lifecycle allows from here are offered. */
export function StageForm({ participantId, current, transitions, facts, onSaved }: Props) {
  const t = useT();
  const s = t.casework.stage;
  const stages = useCodeList('stages');
  const write = useRecordStage(participantId);
  const choices = stageChoices(current, transitions);
  const form = useFormFlow<StageValues, StageField>({
    initial: { stage: '', effectiveDate: todayInOslo(), note: '' },
    fields: STAGE_FIELDS,
    fieldId,
    validate: (values) => validateStage(values, t.casework, facts),
    invalid: (field) => t.casework.validation.invalid(s[field === 'stage' ? 'stageField' : field]),
    send: (values) => afterWrite(write.run(stageBody(values)), onSaved),
  });

  return (
    <FormFrame testId="stage" heading={headingOf(current, t)} form={form} submitLabel={s.submit}>
      <ChoiceSelect
        {...form.field.input('stage')}
        label={s.stageField}
        description={s.stageDescription}
        placeholder={s.chooseStage}
        choices={choices.map((code) => ({ value: code, label: stages.label(code) }))}
      />
      <EffectiveDateFields
        field={form.field}
        dateLabel={s.effectiveDate}
        noteLabel={s.note}
        today={facts.today}
      />
    </FormFrame>
  );
}
