import { useAddActivity } from '../../api/use-add-activity.ts';
import {
  ACTIVITY_FIELDS,
  activityBody,
  activityFieldId,
  emptyActivity,
  validateActivity,
} from '../../forms/ips-unit/activity-form.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormFrame } from '../form-frame.tsx';
import { ActivityFields } from './activity-fields.tsx';

/** Logs one piece of the caller's own working time. */
export function ActivityForm({ onAdded }: { onAdded: () => void }) {
  const t = useT();
  const add = useAddActivity();
  const today = todayInOslo();
  const form = useFormFlow({
    initial: emptyActivity(today),
    fields: ACTIVITY_FIELDS,
    fieldId: activityFieldId,
    validate: (values) => validateActivity(values, t, today),
    invalid: (field) => t.unit.activityForm.invalid[field],
    send: (values) => afterWrite(add.run(activityBody(values)), onAdded),
  });

  return (
    <FormFrame
      testId="activity"
      heading={t.unit.activityForm.heading}
      headingLevel="2"
      form={form}
      submitLabel={t.unit.activityForm.submit}
    >
      <ActivityFields values={form.values} errors={form.errors} onChange={form.change} />
    </FormFrame>
  );
}
