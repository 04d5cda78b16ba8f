import { z } from 'zod';
import { noteCategories } from '../../../domain/code-lists.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { CaseNoteDto, ParticipantParams, toCaseNoteDto } from '../participant-schemas.ts';
import { participantsRoute } from '../route-schema.ts';

const NoteBody = z.strictObject({
  category: z.enum(noteCategories),
  body: z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters'),
});

export function registerAddNote(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/notes',
    participantsRoute('Add a note to the job specialist’s record, filed under one data category', {
      params: ParticipantParams,
      body: NoteBody,
      response: { 201: CaseNoteDto, ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) => {
      const repo = request.repos.caseNotes;
      const note = await repo.add(request.params.id, request.body.category, request.body.body);
      return reply.status(201).send(toCaseNoteDto(note));
    },
  );
}
