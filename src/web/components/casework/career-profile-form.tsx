import { BodyLong, Textarea } from '@navikt/ds-react';
import type { CareerProfile } from '../../api/casework-types.ts';
import { useSaveCareerProfile } from '../../api/use-casework-writes.ts';
import {
  emptyEducationRow,
  emptyWorkRow,
  type ProfileField,
  type ProfileValues,
  profileBody,
  profileFields,
  profileValues,
  validateProfile,
} from '../../forms/casework/career-profile-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormFrame } from '../form-frame.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { ProfileChoicesFields } from './profile-choices-fields.tsx';
import { ProfilePreferencesFields } from './profile-preferences-fields.tsx';
import { EducationRowFields, WorkRowFields } from './profile-row-fields.tsx';
import { RepeatableRows } from './repeatable-rows.tsx';

interface Props {
  participantId: string;
  profile: CareerProfile | null;
  youth: boolean;
  onSaved: () => void;
  onCancel: () => void;
  /** After a conflict: fetch the newest version and start again from it. */
  onReload: () => void;
}

const fieldId = (field: ProfileField) => `profile-${field}`;

/** Edits the career profile; saving makes a new version based on the one the edit started from. */
export function CareerProfileForm({ participantId, profile, youth, onSaved, onCancel, onReload }: Props) {
  const t = useT();
  const p = t.casework.profile;
  const rowTexts = (legend: string, add: string) => ({
    legend,
    row: (n: number) => p.row(legend, n),
    remove: p.removeRow,
    add,
  });
  const write = useSaveCareerProfile(participantId);
  const fields = profileFields(youth);
  const form = useFormFlow<ProfileValues, ProfileField>({
    initial: profileValues(profile?.content ?? null),
    fields,
    fieldId,
    validate: (values) => validateProfile(values, t.casework),
    invalid: (field) => t.casework.validation.invalid(p[field]),
    send: (values) => afterWrite(write.run(profileBody(values, profile?.version ?? null)), onSaved),
  });
  const text = (
    field: 'educationGoals' | 'interests' | 'strengths' | 'notes' | 'noShowPlan',
    description?: string,
  ) => <Textarea {...form.field.input(field)} label={p[field]} description={description} maxLength={4000} />;

  return (
    <FormFrame
      testId="profile"
      heading={p.formHeading}
      form={form}
      submitLabel={p.submit}
      onCancel={onCancel}
      focusOnMount
      notice={
        form.generalError?.status === 409 ? (
          <ConflictNotice text={p.conflict} reloadLabel={p.reload} onReload={onReload} />
        ) : undefined
      }
    >
      <BodyLong>{p.formIntro}</BodyLong>
      {youth && text('educationGoals', p.educationGoalsYouth)}
      <RepeatableRows
        id={fieldId('workHistory')}
        texts={rowTexts(p.workHistory, p.addWork)}
        rows={form.values.workHistory}
        error={form.errors.workHistory}
        empty={emptyWorkRow}
        onChange={(workHistory) => form.change({ workHistory }, 'workHistory')}
      >
        {(row, set) => <WorkRowFields row={row} set={set} error={form.errors.workHistory} />}
      </RepeatableRows>
      <RepeatableRows
        id={fieldId('education')}
        texts={rowTexts(p.education, p.addEducation)}
        rows={form.values.education}
        error={form.errors.education}
        empty={emptyEducationRow}
        onChange={(education) => form.change({ education }, 'education')}
      >
        {(row, set) => <EducationRowFields row={row} set={set} error={form.errors.education} />}
      </RepeatableRows>
      {!youth && text('educationGoals')}
      {text('interests', p.listDescription)}
      {text('strengths', p.listDescription)}
      <ProfilePreferencesFields
        values={form.values}
        errors={form.errors}
        fieldId={fieldId}
        onChange={form.change}
      />
      <ProfileChoicesFields
        values={form.values}
        errors={form.errors}
        fieldId={fieldId}
        onChange={form.change}
      />
      {text('notes')}
      {text('noShowPlan', p.noShowPlanDescription)}
    </FormFrame>
  );
}
