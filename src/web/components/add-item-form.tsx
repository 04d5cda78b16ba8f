import { Radio, RadioGroup, Select, Textarea } from '@navikt/ds-react';
import { useState } from 'react';
import type { Candidate } from '../api/types.ts';
import { useAddMeetingItem } from '../api/use-add-meeting-item.ts';
import { useT } from '../i18n/use-t.ts';
import { OpenFormFrame } from './open-form-frame.tsx';
import { ParticipantSelect } from './participant-select.tsx';
import { useOpenForm } from './use-open-form.ts';

type About = 'candidate' | 'participant';

interface Props {
  meetingId: string;
  /** Candidates waiting for consent, the ones an item can be about. */
  candidates: Candidate[];
  onAdded: () => void;
}

/** Puts a candidate or a participant on the agenda, with the decision and follow-up if already known. */
export function AddItemForm({ meetingId, candidates, onAdded }: Props) {
  const t = useT();
  const add = useAddMeetingItem(meetingId);
  const [about, setAbout] = useState<About>('candidate');
  const [subjectId, setSubjectId] = useState('');
  const [decision, setDecision] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useOpenForm(
    add,
    () => {
      setMissing(subjectId === '');
      if (subjectId === '') return null;
      const texts = { decision: decision.trim() || null, followUp: followUp.trim() || null };
      const subject = about === 'candidate' ? { candidateId: subjectId } : { participantId: subjectId };
      return { ...subject, ...texts };
    },
    () => {
      setSubjectId('');
      setDecision('');
      setFollowUp('');
      onAdded();
    },
  );

  const subjectProps = {
    value: subjectId,
    error: missing ? t.meetings.subjectRequired : undefined,
    onChange: (id: string) => {
      setMissing(false);
      setSubjectId(id);
    },
  };

  return (
    <OpenFormFrame
      headingId="add-item-heading"
      heading={t.meetings.addHeading}
      form={form}
      savedMessage={t.meetings.added}
      submitLabel={t.meetings.add}
    >
      <RadioGroup
        legend={t.meetings.about}
        value={about}
        onChange={(value: About) => {
          setAbout(value);
          setSubjectId('');
        }}
      >
        <Radio value="candidate">{t.meetings.aboutCandidate}</Radio>
        <Radio value="participant">{t.meetings.aboutParticipant}</Radio>
      </RadioGroup>
      {about === 'candidate' ? (
        <Select
          label={t.meetings.candidate}
          value={subjectProps.value}
          error={subjectProps.error}
          onChange={(event) => subjectProps.onChange(event.target.value)}
        >
          <option value="">
            {candidates.length === 0 ? t.meetings.noCandidates : t.meetings.chooseCandidate}
          </option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.handle}
            </option>
          ))}
        </Select>
      ) : (
        <ParticipantSelect {...subjectProps} />
      )}
      <Textarea
        label={t.meetings.decision}
        description={about === 'candidate' ? t.meetings.candidateTextHint : undefined}
        value={decision}
        maxLength={2000}
        onChange={(event) => setDecision(event.target.value)}
      />
      <Textarea
        label={t.meetings.followUp}
        value={followUp}
        maxLength={2000}
        onChange={(event) => setFollowUp(event.target.value)}
      />
    </OpenFormFrame>
  );
}
