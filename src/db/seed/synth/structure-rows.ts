import { iso, moment } from './days.ts';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './names.ts';
import type { NationalPlan, ProgrammePlan } from './plan.ts';

/**
 * The national service's own rows: the resource centres, each programme with its NAV office, DPS
 * and municipality, its IPS team and treatment team, supervisor and programme lead, employers, and
 * every job specialist with her employment. Accounts get `passwordHash`.
 */
export function structureRows(plan: NationalPlan, passwordHash: string) {
  const first = moment(plan.start, 8);
  const organisations = [
    ...plan.centres.map((c) => ({
      id: c.id,
      name: c.name,
      kind: 'ips_resource_centre',
      unit_type: null,
      created_at: first,
    })),
    ...plan.programmes.flatMap((p) => {
      const at = moment(p.start, 8);
      return [
        { id: p.navId, name: `NAV ${p.town}`, kind: 'nav_office', unit_type: null, created_at: at },
        { id: p.dpsId, name: `DPS ${p.town}`, kind: 'health_trust_unit', unit_type: 'dps', created_at: at },
        {
          id: p.municipalityId,
          name: `${p.town} kommune`,
          kind: 'municipality',
          unit_type: null,
          created_at: at,
        },
      ];
    }),
  ];
  const programmes = plan.programmes.map((p) => ({
    id: p.id,
    name: p.name,
    region: p.region,
    host_organisation_id: p.navId,
    created_at: moment(p.start, 8),
  }));
  const programmeOrganisations = plan.programmes.flatMap((p) =>
    [p.navId, p.dpsId, p.municipalityId].map((o) => ({ programme_id: p.id, organisation_id: o })),
  );
  const teams = plan.programmes.flatMap((p) => [
    {
      id: p.ipsTeamId,
      programme_id: p.id,
      name: `IPS-teamet ${p.town}`,
      kind: 'ips_unit',
      organisation_id: p.navId,
      created_at: moment(p.start, 8),
    },
    {
      id: p.treatmentTeamId,
      programme_id: p.id,
      name: `DPS ${p.town}, poliklinikk`,
      kind: 'treatment_team',
      organisation_id: p.dpsId,
      created_at: moment(p.start, 8),
    },
  ]);
  const users = [
    ...plan.programmes.flatMap((p) => leadsOf(p, passwordHash)),
    ...specialistUsers(plan, passwordHash),
  ];
  const teamMembers = [
    ...plan.programmes.map((p) => ({ team_id: p.ipsTeamId, user_id: p.supervisorId })),
    ...plan.specialists
      .filter((s) => s.end === null)
      .map((s) => ({ team_id: plan.programmes[s.programme]?.ipsTeamId as string, user_id: s.id })),
  ];
  const employment = plan.specialists.map((s) => ({
    id: s.employmentId,
    user_id: s.id,
    programme_id: plan.programmes[s.programme]?.id as string,
    start_date: iso(s.start),
    end_date: s.end === null ? null : iso(s.end),
    fte: s.fte,
    end_reason: s.endReason,
    recorded_by: plan.programmes[s.programme]?.managerId as string,
    recorded_at: moment(s.end ?? s.start, 9),
  }));
  const employers = plan.programmes.flatMap((p) =>
    p.employers.map((e) => ({
      id: e.id,
      programme_id: p.id,
      org_number: e.orgNumber,
      name: e.name,
      location: p.town,
      created_at: moment(p.start, 9),
    })),
  );
  return {
    organisations,
    programmes,
    programmeOrganisations,
    teams,
    users,
    teamMembers,
    employment,
    employers,
  };
}

/** The programme's IPS supervisor and its programme lead (named from the programme's number). */
function leadsOf(p: ProgrammePlan, passwordHash: string) {
  const n = String(p.index + 1).padStart(3, '0');
  const name = (k: number) =>
    `${(k % 2 ? FEMALE_NAMES : MALE_NAMES)[(p.index * 7 + k) % 24]} ${FAMILY_NAMES[(p.index * 11 + k) % FAMILY_NAMES.length]}`;
  const base = {
    password_hash: passwordHash,
    organisation_id: p.navId,
    programme_id: p.id,
    created_at: moment(p.start, 8),
  };
  return [
    {
      ...base,
      id: p.supervisorId,
      username: `synth.veileder${n}`,
      display_name: name(1),
      role: 'supervisor',
    },
    {
      ...base,
      id: p.managerId,
      username: `synth.leder${n}`,
      display_name: name(2),
      role: 'programme_manager',
    },
  ];
}

function specialistUsers(plan: NationalPlan, passwordHash: string) {
  return plan.specialists.map((s) => {
    const p = plan.programmes[s.programme] as ProgrammePlan;
    return {
      id: s.id,
      username: s.username,
      display_name: s.displayName,
      password_hash: passwordHash,
      role: 'job_specialist',
      organisation_id: p.navId,
      programme_id: p.id,
      active: s.end === null,
      created_at: moment(s.start, 8),
    };
  });
}
