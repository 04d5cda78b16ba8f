import { PencilIcon } from '@navikt/aksel-icons';
import { Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { MeetingItem } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { ItemTextsForm } from './item-texts-form.tsx';

interface Props {
  meetingId: string;
  item: MeetingItem;
  onSaved: () => void;
}

/** An item's decision and follow-up, shown and, on request, changed in place. */
export function ItemTexts({ meetingId, item, onSaved }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);

  if (editing) {
    return (
      <ItemTextsForm
        meetingId={meetingId}
        item={item}
        onSaved={() => {
          setEditing(false);
          onSaved();
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <VStack gap="space-8" align="start">
      <dl className="detail-list">
        <div className="detail-list__row">
          <dt>{t.meetings.decision}</dt>
          <dd>{item.decision ?? t.meetings.notWritten}</dd>
        </div>
        <div className="detail-list__row">
          <dt>{t.meetings.followUp}</dt>
          <dd>{item.followUp ?? t.meetings.notWritten}</dd>
        </div>
      </dl>
      <Button
        type="button"
        size="small"
        variant="tertiary"
        icon={<PencilIcon aria-hidden />}
        onClick={() => setEditing(true)}
      >
        {t.meetings.edit}
      </Button>
    </VStack>
  );
}
