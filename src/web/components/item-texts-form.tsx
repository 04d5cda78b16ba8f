import { Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import type { MeetingItem } from '../api/types.ts';
import { useUpdateMeetingItem } from '../api/use-update-meeting-item.ts';
import { useFocusOnMount } from '../forms/use-focus-on-mount.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { FormButtons } from './form-buttons.tsx';

const MAX = 2000;

interface Props {
  meetingId: string;
  item: MeetingItem;
  onSaved: () => void;
  onCancel: () => void;
}

export function ItemTextsForm({ meetingId, item, onSaved, onCancel }: Props) {
  const t = useT();
  const update = useUpdateMeetingItem(meetingId, item.id);
  const firstField = useFocusOnMount<HTMLTextAreaElement>();
  const [decision, setDecision] = useState(item.decision ?? '');
  const [followUp, setFollowUp] = useState(item.followUp ?? '');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update.run({ decision: decision.trim() || null, followUp: followUp.trim() || null });
    if (result.ok) onSaved();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form-column full-width">
      <VStack gap="space-12">
        {update.error && <ApiErrorAlert error={update.error} />}
        <Textarea
          ref={firstField}
          label={t.meetings.decision}
          description={item.kind === 'candidate' ? t.meetings.candidateTextHint : undefined}
          value={decision}
          maxLength={MAX}
          onChange={(event) => setDecision(event.target.value)}
        />
        <Textarea
          label={t.meetings.followUp}
          value={followUp}
          maxLength={MAX}
          onChange={(event) => setFollowUp(event.target.value)}
        />
        <FormButtons
          submitLabel={t.meetings.save}
          pending={update.pending}
          onCancel={onCancel}
          cancelLabel={t.meetings.cancel}
          size="small"
        />
      </VStack>
    </form>
  );
}
