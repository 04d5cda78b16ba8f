import { Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { consentGivenHow, consentPurposes, dataCategories, roles } from '../../domain/code-lists.ts';
import type { Consent } from '../api/types.ts';
import { participantPath } from '../api/use-participant.ts';
import { formatDate, formatList } from '../i18n/format.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useI18n } from '../i18n/use-t.ts';
import { CardSection } from './card-section.tsx';
import { ConsentHistory } from './consent-history.tsx';
import { ConsentStateTag } from './consent-state-tag.tsx';
import { WithdrawConsentButton } from './withdraw-consent-button.tsx';

interface Props {
  consent: Consent;
  /** The withdraw button's text, or null when the viewer may not withdraw. */
  withdrawLabel: string | null;
  onWithdrawn: () => void;
}

/** One consent: what may be shared with whom, from when to when, its state and its history. */
export function ConsentCard({ consent: c, withdrawLabel, onWithdrawn }: Props) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const headingId = `consent-${c.id}`;
  const recipients = formatList(
    c.recipients.map((r) =>
      t.consents.recipient(r.organisation.name, r.role ? label(roles, r.role) : t.consents.wholeOrganisation),
    ),
    lang,
  );
  const attachmentHref = c.attachment
    ? `${participantPath(c.participantId)}/consent-attachments/${encodeURIComponent(c.attachment.id)}`
    : null;
  const rows: [string, string][] = [
    [
      t.consents.fields.categories,
      formatList(
        c.categories.map((code) => label(dataCategories, code)),
        lang,
      ),
    ],
    [t.consents.fields.purpose, label(consentPurposes, c.purpose)],
    [t.consents.fields.validFrom, formatDate(c.validFrom, lang)],
    [t.consents.fields.validTo, c.validTo ? formatDate(c.validTo, lang) : t.consents.noEnd],
    [t.consents.fields.givenHow, `${label(consentGivenHow, c.givenHow)}, ${formatDate(c.givenAt, lang)}`],
    [t.consents.fields.recordedBy, c.recordedByParticipant ? t.consents.byParticipant : (c.recordedBy ?? '')],
  ];

  return (
    <CardSection headingId={headingId} testId="consent">
      <VStack gap="space-12" align="start">
        <HStack gap="space-12" align="center" wrap>
          <Heading id={headingId} level="3" size="xsmall">
            {t.consents.cardHeading(recipients)}
          </Heading>
          <ConsentStateTag state={c.state} />
        </HStack>
        <dl className="detail-list">
          {rows.map(([term, value]) => (
            <div key={term} className="detail-list__row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          {attachmentHref && c.attachment && (
            <div className="detail-list__row">
              <dt>{t.consents.fields.attachment}</dt>
              <dd>
                <Link href={attachmentHref} download>
                  {t.consents.downloadAttachment(c.attachment.filename)}
                </Link>
              </dd>
            </div>
          )}
        </dl>
        {c.history.length > 0 && <ConsentHistory history={c.history} />}
        {withdrawLabel && c.state !== 'withdrawn' && (
          <WithdrawConsentButton
            participantId={c.participantId}
            consentId={c.id}
            label={withdrawLabel}
            onWithdrawn={onWithdrawn}
          />
        )}
      </VStack>
    </CardSection>
  );
}
