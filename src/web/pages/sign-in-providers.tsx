import { Button, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/use-t.ts';

export interface Provider {
  population: 'staff' | 'participant';
  name: string;
}

/**
 * One button per identity provider. Each is a link the browser follows to the provider and back,
 * carrying where to land afterwards.
 */
export function SignInProviders({ providers, returnTo }: { providers: Provider[]; returnTo: string | null }) {
  const t = useT();
  const query = returnTo ? `?til=${encodeURIComponent(returnTo)}` : '';
  return (
    <VStack gap="space-12" align="start" data-testid="sign-in-providers">
      {providers.map((p) => (
        <Button
          key={p.population}
          as="a"
          href={`/api/auth/oidc/${p.population}/start${query}`}
          variant="primary"
        >
          {`${t.signIn.withProvider[p.population]} ${p.name}`}
        </Button>
      ))}
    </VStack>
  );
}
