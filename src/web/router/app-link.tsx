import { Link, type LinkProps } from '@navikt/ds-react';
import { followLink } from './navigation.ts';

export interface AppLinkProps extends Omit<LinkProps, 'href'> {
  to: string;
}

/** Aksel Link that navigates inside the app. */
export function AppLink({ to, onClick, ...rest }: AppLinkProps) {
  return (
    <Link
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        followLink(event, to);
      }}
    />
  );
}
