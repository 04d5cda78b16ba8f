import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';

export function ActivityPage() {
  const t = useT();
  return <PageHeading>{t.header.activity}</PageHeading>;
}
