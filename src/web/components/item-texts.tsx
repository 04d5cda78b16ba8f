import { VStack } from '@navikt/ds-react';
import type { MeetingItem } from '../api/types.ts';
import { useEditInPlace } from '../forms/use-edit-in-place.ts';
import { useT } from '../i18n/use-t.ts';
import { EditButton } from './edit-button.tsx';
import { ItemTextsForm } from './item-texts-form.tsx';

interface Props {
  meetingId: string;
  item: MeetingItem;
  onSaved: () => void;
}

/** An item's decision and follow-up, shown and, on request, changed in place. */
export function ItemTexts({ meetingId, item, onSaved }: Props) {
  const t = useT();
  const edit = useEditInPlace(onSaved);

  if (edit.editing) {
    return <ItemTextsForm meetingId={meetingId} item={item} onSaved={edit.saved} onCancel={edit.cancel} />;
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
      <EditButton label={t.meetings.edit} onClick={edit.open} />
    </VStack>
  );
}
