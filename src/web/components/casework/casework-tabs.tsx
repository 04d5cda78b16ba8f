import { Box, Tabs } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import type { Casework } from '../../api/casework-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { ReportsPanel } from '../reports/reports-panel.tsx';
import { BenefitsPanel } from './benefits-panel.tsx';
import { FollowAlongPanel } from './follow-along-panel.tsx';
import { JobsPanel } from './jobs-panel.tsx';
import { ProfilePanel } from './profile-panel.tsx';
import { StagePanel } from './stage-panel.tsx';

export const CASEWORK_TABS = ['stage', 'profile', 'benefits', 'jobs', 'followAlong', 'reports'] as const;
export type CaseworkTab = (typeof CASEWORK_TABS)[number];

const TEST_IDS: Record<CaseworkTab, string> = {
  stage: 'casework-tab-stage',
  profile: 'casework-tab-profile',
  benefits: 'casework-tab-benefits',
  jobs: 'casework-tab-jobs',
  followAlong: 'casework-tab-follow-along',
  reports: 'casework-tab-reports',
};

interface Props {
  participantId: string;
  casework: Casework;
  writable: boolean;
  onChanged: () => void;
}

/**
 * The six parts of the casework as tabs; a link in one part may open another. Panels stay mounted
 * (not lazy), so a half-filled job form survives a look at the benefits tab.
 */
export function CaseworkTabs({ participantId, casework, writable, onChanged }: Props) {
  const t = useT();
  const [tab, setTab] = useState<CaseworkTab>('stage');
  const [outreach, setOutreach] = useState(false);
  // A link that opens another tab hides itself; focus goes to the tab it opened.
  const [focusTab, setFocusTab] = useState<CaseworkTab | null>(null);
  const common = { participantId, casework, writable, onChanged };

  useEffect(() => {
    if (!focusTab) return;
    document.querySelector<HTMLElement>(`[data-testid="${TEST_IDS[focusTab]}"]`)?.focus();
    setFocusTab(null);
  }, [focusTab]);

  return (
    <Tabs value={tab} onChange={(value) => setTab(value as CaseworkTab)}>
      <Tabs.List aria-label={t.casework.tabsLabel}>
        {CASEWORK_TABS.map((key) => (
          <Tabs.Tab key={key} value={key} label={t.casework.tabs[key]} data-testid={TEST_IDS[key]} />
        ))}
      </Tabs.List>
      <Tabs.Panel value="stage" lazy={false}>
        <Box paddingBlock="space-24">
          <StagePanel
            {...common}
            onRecordAttempt={() => {
              setOutreach(true);
              setTab('followAlong');
            }}
          />
        </Box>
      </Tabs.Panel>
      <Tabs.Panel value="profile" lazy={false}>
        <Box paddingBlock="space-24">
          <ProfilePanel {...common} />
        </Box>
      </Tabs.Panel>
      <Tabs.Panel value="benefits" lazy={false}>
        <Box paddingBlock="space-24">
          <BenefitsPanel {...common} />
        </Box>
      </Tabs.Panel>
      <Tabs.Panel value="jobs" lazy={false}>
        <Box paddingBlock="space-24">
          <JobsPanel
            {...common}
            onShowBenefits={() => {
              setTab('benefits');
              setFocusTab('benefits');
            }}
          />
        </Box>
      </Tabs.Panel>
      <Tabs.Panel value="followAlong" lazy={false}>
        <Box paddingBlock="space-24">
          <FollowAlongPanel {...common} outreach={outreach} onOutreachDone={() => setOutreach(false)} />
        </Box>
      </Tabs.Panel>
      <Tabs.Panel value="reports">
        <Box paddingBlock="space-24">
          <ReportsPanel participantId={participantId} writable={writable} />
        </Box>
      </Tabs.Panel>
    </Tabs>
  );
}
