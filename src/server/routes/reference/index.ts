import { z } from 'zod';
import { organisationKinds, type Role, roles } from '../../../domain/code-lists.ts';
import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { referenceRoute } from '../route-schema.ts';

const Organisation = z.object({ id: z.string(), name: z.string(), kind: z.enum(organisationKinds.codes) });

/** Lists the referral form needs; they hold no participant data, only the caller's programme's directory. */
export function registerReferenceLists(app: Api) {
  app.get(
    '/api/organisations',
    referenceRoute("The organisations cooperating in the caller's programme", {
      response: { 200: z.object({ items: z.array(Organisation) }), ...problems(401) },
    }),
    async (request) => {
      const rows = await request.repos.directory.organisations();
      return { items: rows.map((r) => ({ ...r, kind: r.kind as z.output<typeof Organisation>['kind'] })) };
    },
  );

  app.get(
    '/api/job-specialists',
    referenceRoute("The active job specialists of the caller's programme", {
      response: {
        200: z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string() })) }),
        ...problems(401),
      },
    }),
    async (request) => {
      const rows = await request.repos.directory.jobSpecialists();
      return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name })) };
    },
  );

  app.get(
    '/api/teams',
    referenceRoute("The caller's programme's teams: the IPS unit and the treatment teams", {
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              kind: z.enum(['ips_unit', 'treatment_team']),
              organisation: z.string().nullable(),
            }),
          ),
        }),
        ...problems(401),
      },
    }),
    async (request) => {
      const rows = await request.repos.directory.teams();
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind as 'ips_unit' | 'treatment_team',
          organisation: r.organisation_name,
        })),
      };
    },
  );

  app.get(
    '/api/staff',
    referenceRoute("The caller's programme's staff who take part in team meetings (no participants)", {
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.string(),
              displayName: z.string(),
              role: z.enum(roles.codes),
              organisation: z.string(),
            }),
          ),
        }),
        ...problems(401),
      },
    }),
    async (request) => {
      const rows = await request.repos.directory.staff();
      return {
        items: rows.map((r) => ({
          id: r.id,
          displayName: r.display_name,
          role: r.role as Role,
          organisation: r.organisation_name,
        })),
      };
    },
  );
}
