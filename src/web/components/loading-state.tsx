import { HStack, Loader } from '@navikt/ds-react';
import { useT } from '../i18n/use-t.ts';

export function LoadingState() {
  const t = useT();
  return (
    <HStack justify="center" paddingBlock="space-32">
      <Loader size="xlarge" title={t.app.loading} />
    </HStack>
  );
}
