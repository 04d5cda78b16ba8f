import { Alert, BodyLong, Heading, VStack } from '@navikt/ds-react';
import type { SentLink } from '../../../api/use-survey-builder.ts';
import { useT } from '../../../i18n/use-t.ts';
import { paths } from '../../../router/routes.ts';
import { ResponsiveTable } from '../../responsive-table.tsx';

/** The personal links, shown this once (only their hashes are kept): the owner sends each to its job specialist. */
export function SentLinks({ links, heading }: { links: readonly SentLink[]; heading: string }) {
  const t = useT().surveys.builder;
  const url = (token: string) => `${window.location.origin}${paths.surveyResponse(token)}`;
  return (
    <VStack gap="space-8">
      <Heading level="2" size="small">
        {heading}
      </Heading>
      <Alert variant="warning" size="small">
        {t.linksOnce}
      </Alert>
      {links.length === 0 ? (
        <BodyLong>{t.noLinks}</BodyLong>
      ) : (
        <ResponsiveTable
          label={heading}
          testId="survey-links"
          items={links}
          itemKey={(l) => l.userId}
          header={{ label: t.specialist, value: (l) => l.displayName }}
          columns={[{ label: t.link, value: (l) => <code className="survey-link">{url(l.token)}</code> }]}
        />
      )}
    </VStack>
  );
}
