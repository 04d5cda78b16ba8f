import { InternalHeader } from '@navikt/ds-react';
import type { MouseEvent } from 'react';
import type { Role } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { followLink, useLocation } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { isTeamRole } from '../session/permissions.ts';

type NavKey =
  | 'caseload'
  | 'overview'
  | 'employers'
  | 'activity'
  | 'candidates'
  | 'meetings'
  | 'workforce'
  | 'mySide'
  | 'programmeSettings'
  | 'outcomes'
  | 'fidelity'
  | 'codeLists'
  | 'research'
  | 'registerAnalysis'
  | 'healthEconomics'
  | 'surveys';

const TEAM_PAGES: NavKey[] = ['caseload', 'candidates', 'meetings'];

/** The pages a role works in; the API decides access, this only leaves out pages that would refuse. */
function pagesFor(role: Role): NavKey[] {
  if (role === 'job_specialist')
    return ['caseload', 'employers', 'activity', 'candidates', 'meetings', 'outcomes'];
  if (role === 'supervisor')
    return [
      'caseload',
      'overview',
      'employers',
      'activity',
      'candidates',
      'meetings',
      'workforce',
      'outcomes',
      'fidelity',
    ];
  if (isTeamRole(role)) return TEAM_PAGES;
  if (role === 'participant') return ['mySide'];
  if (role === 'programme_manager')
    return ['programmeSettings', 'workforce', 'outcomes', 'fidelity', 'surveys'];
  if (role === 'admin') return ['codeLists'];
  if (role === 'resource_centre') return ['outcomes', 'fidelity', 'surveys'];
  if (role === 'national_reader') return ['outcomes'];
  if (role === 'reviewer') return ['fidelity'];
  if (role === 'researcher') return ['research', 'registerAnalysis', 'healthEconomics', 'surveys'];
  return [];
}

const HREF: Record<NavKey, string> = {
  caseload: paths.caseload,
  candidates: paths.candidates,
  meetings: paths.meetings,
  mySide: paths.mySide,
  programmeSettings: paths.programmeSettings,
  overview: paths.overview,
  employers: paths.employers,
  activity: paths.activity,
  workforce: paths.workforce,
  outcomes: paths.outcomes,
  fidelity: paths.fidelity,
  codeLists: paths.codeLists,
  research: paths.metaAnalysis,
  registerAnalysis: paths.registerAnalysis,
  healthEconomics: paths.healthEconomics,
  surveys: paths.surveys,
};

/** A page is current on its own path and below it (a meeting is part of Teammøter). */
function isCurrent(key: NavKey, pathname: string): boolean {
  const href = HREF[key];
  if (key === 'caseload') return pathname === href || pathname.startsWith('/deltakere/');
  return pathname === href || pathname.startsWith(`${href}/`);
}

interface Props {
  role: Role;
  /** The folded menu on a phone: links one below the other, and the menu closes on a choice. */
  onChosen?: () => void;
}

export function HeaderNav({ role, onChosen }: Props) {
  const t = useT();
  const { pathname } = useLocation();
  const pages = pagesFor(role);
  if (pages.length === 0) return null;
  return (
    <nav aria-label={t.header.navLabel} className={onChosen ? 'header-nav header-nav--folded' : 'header-nav'}>
      {pages.map((key) => {
        const current = isCurrent(key, pathname);
        return (
          <InternalHeader.Button
            key={key}
            as="a"
            href={HREF[key]}
            isActive={current}
            aria-current={current ? 'page' : undefined}
            onClick={(event: MouseEvent<HTMLElement>) => {
              followLink(event, HREF[key]);
              onChosen?.();
            }}
          >
            {t.header[key]}
          </InternalHeader.Button>
        );
      })}
    </nav>
  );
}
