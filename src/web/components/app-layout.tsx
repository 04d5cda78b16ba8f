import { Page } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { AppHeader } from './app-header.tsx';
import { SkipLink } from './skip-link.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Page>
      <SkipLink />
      <AppHeader />
      <Page.Block as="main" id="main-content" tabIndex={-1} width="xl" gutters className="main-content">
        {children}
      </Page.Block>
    </Page>
  );
}
