import type { Team } from '../api/types.ts';
import { byName } from './sort-options.ts';

/** The teams a meeting or a candidate can belong to: the treatment teams, not the IPS unit. */
export function treatmentTeams(teams: Team[]): Team[] {
  return byName(teams.filter((team) => team.kind === 'treatment_team'));
}
