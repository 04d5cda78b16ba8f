import { describe, expect, it } from 'vitest';
import { homePath, matchRoute, paths } from './routes.ts';

describe('routes', () => {
  it('match the Norwegian paths, with and without a trailing slash', () => {
    expect(matchRoute('/min-side/', '')).toEqual({ name: 'mySide' });
    expect(matchRoute('/kandidater', '')).toEqual({ name: 'candidates' });
    expect(matchRoute('/deltakere/ny', '')).toEqual({ name: 'newParticipant' });
    expect(matchRoute('/deltakere/abc', '')).toEqual({ name: 'participant', id: 'abc' });
    expect(matchRoute(paths.accessLog('abc'), '')).toEqual({ name: 'accessLog', id: 'abc' });
    expect(matchRoute(paths.meeting('m 1'), '')).toEqual({ name: 'meeting', id: 'm 1' });
    expect(matchRoute('/deltakere/abc/noe', '')).toEqual({ name: 'notFound' });
    expect(matchRoute('/resultater', '')).toEqual({ name: 'outcomes' });
    expect(matchRoute(paths.regionOutcomes('nord'), '')).toEqual({ name: 'regionOutcomes', id: 'nord' });
    expect(matchRoute('/kvalitet/ny', '')).toEqual({ name: 'newFidelityReview' });
    expect(matchRoute(paths.fidelityReview('r1'), '')).toEqual({ name: 'fidelityReview', id: 'r1' });
    expect(matchRoute(paths.fidelityConsensus('r1'), '')).toEqual({ name: 'fidelityConsensus', id: 'r1' });
    expect(matchRoute(paths.fidelityReport('r1'), '')).toEqual({ name: 'fidelityReport', id: 'r1' });
    expect(matchRoute(paths.fidelityRegion('nord'), '')).toEqual({ name: 'fidelityRegion', id: 'nord' });
    expect(matchRoute('/undersokelser', '')).toEqual({ name: 'surveys' });
    expect(matchRoute('/undersokelser/ny', '')).toEqual({ name: 'newSurvey' });
    expect(matchRoute(paths.surveyLinkage('s1'), '')).toEqual({ name: 'surveyLinkage', id: 's1' });
  });

  it('follow only same-site return paths after sign-in', () => {
    expect(matchRoute('/logg-inn', '?til=%2Fkandidater')).toEqual({
      name: 'signIn',
      returnTo: '/kandidater',
    });
    expect(matchRoute('/logg-inn', '?til=%2F%2Fevil.example')).toEqual({ name: 'signIn', returnTo: null });
  });

  it('start participants on their own page and programme managers on the settings', () => {
    expect(homePath('participant')).toBe(paths.mySide);
    expect(homePath('programme_manager')).toBe(paths.programmeSettings);
    expect(homePath('nav_adviser')).toBe(paths.caseload);
    expect(homePath('resource_centre')).toBe(paths.outcomes);
    expect(homePath('national_reader')).toBe(paths.outcomes);
    expect(homePath('reviewer')).toBe(paths.fidelity);
  });
});
