import { z } from 'zod';
import { AGENDA_KINDS } from '../../../domain/agenda.ts';
import { IsoDate, problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { caseloadRoute } from '../route-schema.ts';
import { SpecialistQuery } from './schemas.ts';

const Person = z.object({ id: z.string(), displayName: z.string() });

const AgendaEntryDto = z.object({
  kind: z.enum(AGENDA_KINDS),
  date: IsoDate,
  participant: z.object({ id: z.string(), name: z.string() }).nullable(),
  text: z.string().describe('the next step, the job title or the team; empty for a consent running out'),
  employer: z.string().nullable(),
  specialist: Person.nullable().describe('whose agenda it is on; null for a team meeting'),
});

const AgendaFields = {
  today: IsoDate,
  until: IsoDate.describe('the last day covered: today and the six days after it'),
  days: z.array(z.object({ date: IsoDate, today: z.boolean(), entries: z.array(AgendaEntryDto) })),
};

export function registerAgenda(app: Api, _deps: Deps) {
  app.get(
    '/api/agenda',
    caseloadRoute(
      'A job specialist’s day: next steps, planned job starts, consents running out and team meetings, today and the week ahead',
      {
        querystring: SpecialistQuery,
        response: { 200: z.object({ specialist: Person, ...AgendaFields }), ...problems(400, 401, 403) },
      },
    ),
    async (request) => request.repos.agenda.of(request.query.specialistId ?? request.caller.userId),
  );

  app.get(
    '/api/agenda/all',
    caseloadRoute('Every job specialist’s agenda at once, each entry naming whose it is (supervisor)', {
      response: { 200: z.object(AgendaFields), ...problems(401, 403) },
    }),
    async (request) => request.repos.agenda.all(),
  );
}
