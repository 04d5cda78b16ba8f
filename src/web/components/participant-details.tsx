import { referralSources } from '../../domain/code-lists.ts';
import type { Participant } from '../api/types.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useI18n } from '../i18n/use-t.ts';

/** The participant's registered details as a description list. */
export function ParticipantDetails({ participant: p }: { participant: Participant }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const labels = t.participant.fields;
  const rows: [string, string][] = [
    [labels.givenName, p.givenName],
    [labels.familyName, p.familyName],
    [labels.fnr, p.fnr ?? t.participant.fnrErased],
    [labels.referralDate, formatDate(p.referralDate, lang)],
    [labels.referralSource, label(referralSources, p.referralSource)],
    [labels.referringOrganisation, p.referringOrganisation.name],
    [labels.jobSpecialist, p.jobSpecialist?.displayName ?? t.caseload.unassigned],
    [labels.programme, p.programme.name],
    [labels.createdAt, formatDateTime(p.createdAt, lang)],
    [labels.updatedAt, formatDateTime(p.updatedAt, lang)],
  ];
  return (
    <dl className="detail-list" data-testid="participant-details">
      {rows.map(([label, value]) => (
        <div key={label} className="detail-list__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
