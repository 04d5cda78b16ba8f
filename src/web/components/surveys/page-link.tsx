import { Link } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { followLink } from '../../router/navigation.ts';

/** A link to another page of the app, followed without reloading it. */
export function PageLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} onClick={(e) => followLink(e, href)}>
      {children}
    </Link>
  );
}
