import { Link } from '@navikt/ds-react';
import type { ReactNode } from 'react';

interface Props {
  /** Where the link would lead without script: the tab or form it opens. */
  href: string;
  testId: string;
  onClick: () => void;
  children: ReactNode;
}

/** An in-page link that opens something (a tab, a form) itself instead of following its anchor. */
export function ActionLink({ href, testId, onClick, children }: Props) {
  return (
    <Link
      href={href}
      onClick={(event) => {
        event.preventDefault();
        onClick();
      }}
      data-testid={testId}
    >
      {children}
    </Link>
  );
}
