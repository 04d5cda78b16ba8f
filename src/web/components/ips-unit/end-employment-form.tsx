import { Heading, Select, VStack } from '@navikt/ds-react';
import type { Employment } from '../../api/ips-unit-types.ts';
import { useEndEmployment } from '../../api/use-end-employment.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import {
  END_FIELDS,
  emptyEnd,
  endBody,
  endFieldId,
  validateEnd,
} from '../../forms/ips-unit/employment-form.ts';
import { useFocusOnMount } from '../../forms/use-focus-on-mount.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { todayInOslo } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { DateField } from '../date-field.tsx';
import { FormButtons } from '../form-buttons.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';

interface Props {
  employment: Employment;
  onEnded: () => void;
  onCancel: () => void;
}

/** Ends one employment period: the date and why, for the turnover figures. */
export function EndEmploymentForm({ employment, onEnded, onCancel }: Props) {
  const t = useT();
  const w = t.unit.workforce;
  const reasons = useCodeList('workforce_end_reasons');
  const end = useEndEmployment(employment.id);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const form = useFormFlow({
    initial: emptyEnd(todayInOslo()),
    fields: END_FIELDS,
    validate: (values) => validateEnd(values, employment.startDate, t),
    invalid: (field) => w.invalid[field],
    special: (error) => (error.status === 409 ? { endDate: w.alreadyEnded } : null),
    send: (values) => afterWrite(end.run(endBody(values)), onEnded),
  });
  const { values, errors } = form;

  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="workforce-end-heading"
      data-testid="workforce-end-form"
    >
      <VStack gap="space-16" className="form-column">
        <Heading
          ref={headingRef}
          tabIndex={-1}
          id="workforce-end-heading"
          level="2"
          size="medium"
          className="focus-heading"
        >
          {w.endHeading(employment.user.displayName)}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} errors={errors} order={END_FIELDS} fieldId={endFieldId} />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <DateField
          id={endFieldId('endDate')}
          label={w.endDate}
          description={t.participant.dateDescription}
          value={values.endDate}
          error={errors.endDate}
          onChange={(endDate) => form.update((v) => ({ ...v, endDate }), 'endDate')}
          required
        />
        <Select
          id={endFieldId('endReason')}
          label={w.endReason}
          value={values.endReason}
          error={errors.endReason}
          onChange={(event) => form.update((v) => ({ ...v, endReason: event.target.value }), 'endReason')}
        >
          <option value="">{w.chooseEndReason}</option>
          {reasons.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        <FormButtons
          submitLabel={w.endSubmit}
          pending={end.pending}
          submitTestId="workforce-end-submit"
          onCancel={onCancel}
          cancelLabel={t.unit.common.cancel}
        />
      </VStack>
    </form>
  );
}
