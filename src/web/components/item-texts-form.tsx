import { Button, HStack, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import type { MeetingItem } from '../api/types.ts';
import { useUpdateMeetingItem } from '../api/use-update-meeting-item.ts';
import { useFocusOnMount } from '../forms/use-focus-on-mount.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';

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
        <HStack gap="space-12">
          <Button type="submit" size="small" loading={update.pending}>
            {t.meetings.save}
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={onCancel}>
            {t.meetings.cancel}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
