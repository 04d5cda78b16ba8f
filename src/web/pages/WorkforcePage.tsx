import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';

export function WorkforcePage() {
  const t = useT();
  return <PageHeading>{t.header.workforce}</PageHeading>;
}
