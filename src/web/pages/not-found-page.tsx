import { BodyShort, VStack } from '@navikt/ds-react';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';
import { AppLink } from '../router/app-link.tsx';
import { paths } from '../router/routes.ts';

export function NotFoundPage() {
  const t = useT();
  return (
    <VStack gap="space-24" align="start">
      <PageHeading>{t.notFound.title}</PageHeading>
      <BodyShort>{t.notFound.body}</BodyShort>
      <AppLink to={paths.caseload}>{t.notFound.home}</AppLink>
    </VStack>
  );
}
