import { HStack, Tag } from '@navikt/ds-react';
import type { CaseloadRow } from '../../api/caseload-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { useT } from '../../i18n/use-t.ts';

/** What needs attention on a row, each in words: rapid-search warning, missed meetings, IPS ung, priority, discharged. */
export function CaseloadRowTags({ row }: { row: CaseloadRow }) {
  const t = useT();
  const tracks = useCodeList('tracks');
  const texts = t.work.caseload;
  const tags = [
    row.rapidSearchWarning && (
      <Tag
        key="rapid"
        size="xsmall"
        variant="moderate"
        data-color="danger"
        data-testid="rapid-search-warning"
      >
        {texts.rapidSearch(row.daysSinceReferral)}
      </Tag>
    ),
    row.noShows > 0 && (
      <Tag key="no-shows" size="xsmall" variant="moderate" data-color="warning" data-testid="no-shows">
        {texts.noShows(row.noShows)}
      </Tag>
    ),
    row.track === 'ips_ung' && (
      <Tag key="track" size="xsmall" variant="moderate" data-color="info">
        {tracks.label(row.track)}
      </Tag>
    ),
    row.priority && (
      <Tag key="priority" size="xsmall" variant="moderate" data-color="meta-purple">
        {texts.priority}
      </Tag>
    ),
    row.discharged && (
      <Tag key="discharged" size="xsmall" variant="moderate" data-color="neutral">
        {texts.discharged}
      </Tag>
    ),
  ].filter(Boolean);
  if (tags.length === 0) return null;
  return (
    <HStack gap="space-4" wrap>
      {tags}
    </HStack>
  );
}
