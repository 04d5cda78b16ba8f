import { Textarea } from '@navikt/ds-react';
import type { ActivityEntry } from '../../api/ips-unit-types.ts';
import { type ActivityCorrectionBody, useCorrectActivity } from '../../api/use-correct-activity.ts';
import { compact } from '../../forms/casework/field-rules.ts';
import { afterWrite, useFormFlow } from '../../forms/use-form-flow.ts';
import { useT } from '../../i18n/use-t.ts';
import { CorrectionFrame } from '../correction-frame.tsx';
import { MinutesField } from './minutes-field.tsx';

type Field = 'kind' | 'minutes' | 'reason';
const FIELDS: readonly Field[] = ['kind', 'minutes', 'reason'];

interface Values {
  kind: 'correct' | 'void';
  minutes: string;
  reason: string;
}

function body(v: Values): ActivityCorrectionBody {
  const reason = v.reason.trim();
  return v.kind === 'void'
    ? { kind: 'void', reason }
    : { kind: 'correct', reason, values: { minutes: Number(v.minutes) } };
}

interface Props {
  entry: ActivityEntry;
  what: string;
  onSaved: () => void;
  onCancel: () => void;
}

/** Corrects an entry's minutes or voids it, always with a reason; the original is kept. */
export function ActivityCorrectionForm({ entry, what, onSaved, onCancel }: Props) {
  const t = useT();
  const c = t.unit.activityCorrection;
  const write = useCorrectActivity(entry.id);
  const fieldId = (field: Field) => `activity-correction-${entry.id}-${field}`;
  const form = useFormFlow<Values, Field>({
    initial: { kind: 'correct', minutes: String(entry.minutes), reason: '' },
    fields: FIELDS,
    fieldId,
    validate: (v) =>
      compact({
        kind: undefined,
        minutes: v.kind === 'correct' && !(Number(v.minutes) >= 1) ? c.minutesRequired : undefined,
        reason: v.reason.trim() ? undefined : c.reasonRequired,
      }),
    invalid: (field) => c.invalid[field],
    send: (v) => afterWrite(write.run(body(v)), onSaved),
  });
  return (
    <CorrectionFrame
      testId="activity-correction"
      what={what}
      texts={c}
      form={form}
      onKind={(kind) => form.update((v) => ({ ...v, kind }), 'kind')}
      onCancel={onCancel}
    >
      {form.values.kind === 'correct' && <MinutesField {...form.field.value('minutes')} />}
      <Textarea {...form.field.input('reason')} label={c.reason} maxLength={1000} />
    </CorrectionFrame>
  );
}
