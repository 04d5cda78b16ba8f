import { Button, Heading, VStack } from '@navikt/ds-react';
import { useAddActivity } from '../../api/use-add-activity.ts';
import {
  ACTIVITY_FIELDS,
  activityBody,
  activityFieldId,
  emptyActivity,
  validateActivity,
} from '../../forms/ips-unit/activity-form.ts';
import { useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';
import { ActivityFields } from './activity-fields.tsx';

/** Logs one piece of the caller's own working time. */
export function ActivityForm({ onAdded }: { onAdded: () => void }) {
  const t = useT();
  const add = useAddActivity();
  const today = todayInOslo();
  const form = useFormFlow({
    initial: emptyActivity(today),
    fields: ACTIVITY_FIELDS,
    validate: (values) => validateActivity(values, t, today),
    invalid: (field) => t.unit.activityForm.invalid[field],
    send: async (values) => {
      const result = await add.run(activityBody(values));
      if (!result.ok) return result.error;
      onAdded();
      return null;
    },
  });

  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="activity-form-heading"
      data-testid="activity-form"
    >
      <VStack gap="space-16" className="form-column">
        <Heading id="activity-form-heading" level="2" size="medium">
          {t.unit.activityForm.heading}
        </Heading>
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={ACTIVITY_FIELDS}
          fieldId={activityFieldId}
        />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <ActivityFields
          values={form.values}
          errors={form.errors}
          onChange={(change, field) => form.update((v) => ({ ...v, ...change }), field)}
        />
        <Button type="submit" loading={add.pending} className="fit-content" data-testid="activity-submit">
          {t.unit.activityForm.submit}
        </Button>
      </VStack>
    </form>
  );
}
