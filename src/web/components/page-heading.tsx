import { Heading } from '@navikt/ds-react';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t.ts';
import { hasNavigatedInApp } from '../router/navigation.ts';

/**
 * The page's single h1. It also names the browser tab, and after an in-app navigation it takes
 * focus so screen-reader users hear that the page changed.
 */
export function PageHeading({ children }: { children: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t.app.documentTitle(children);
  }, [children, t]);

  useEffect(() => {
    if (hasNavigatedInApp()) ref.current?.focus();
  }, []);

  return (
    <Heading ref={ref} level="1" size="large" tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
