import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';

export function OverviewPage() {
  const t = useT();
  return <PageHeading>{t.header.overview}</PageHeading>;
}
