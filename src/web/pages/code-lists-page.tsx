import { BodyLong, VStack } from '@navikt/ds-react';
import { useContext } from 'react';
import { CASEWORK_LIST_NAMES } from '../../domain/code-list-overrides.ts';
import { useCodeLists } from '../api/use-code-lists.ts';
import { CodeListsContext } from '../codes/code-lists-context.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { CodeListSection } from '../components/ips-unit/code-list-section.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';

/** For the administrator: the casework code lists' labels, and codes added to or retired from them. */
export function CodeListsPage() {
  const t = useT();
  const lists = useCodeLists();
  const shared = useContext(CodeListsContext);
  // Labels are shown everywhere from the shared lists, so those are fetched again too.
  const onChanged = () => {
    lists.reload();
    shared.reload();
  };

  const body = () => {
    if (lists.error) return <ApiErrorAlert error={lists.error} onRetry={lists.reload} />;
    if (!lists.data) return <LoadingState />;
    const { data } = lists;
    return CASEWORK_LIST_NAMES.map((name) => {
      const list = data.lists[name];
      if (!list) return null;
      return (
        <CodeListSection
          key={name}
          name={name}
          extensible={list.extensible}
          entries={list.entries}
          onChanged={onChanged}
        />
      );
    });
  };

  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.unit.codeLists.title}</PageHeading>
        <BodyLong className="text-column">{t.unit.codeLists.intro}</BodyLong>
      </VStack>
      {body()}
    </VStack>
  );
}
