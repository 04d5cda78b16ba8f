import { beforeAll, describe, expect, it } from 'vitest';
import {
  addResearcher,
  createProjectAudited,
  listProjects,
  type ProjectInput,
} from '../../src/db/repositories/research/project-admin.ts';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/clock.ts';
import { resetStore } from '../support/test-store.ts';

let store: Store;
beforeAll(async () => {
  store = await resetStore();
}, 120_000);

const input = (code: string, over: Partial<ProjectInput> = {}): ProjectInput => ({
  code,
  title: `IPSNOR ${code}`,
  institution: 'Nordlandssykehuset',
  approvalKind: 'rek',
  approvalReference: `REK-${code}`,
  approvedFrom: daysFromToday(-30),
  approvedUntil: daysFromToday(700),
  legalBasis: 'health_research_act',
  tables: ['participants', 'jobs'],
  dateHandling: 'month',
  programmes: ['IPS Salten'],
  researchers: [],
  ...over,
});

const projectEvents = () =>
  store.db
    .selectFrom('audit_event')
    .select(['action', 'reason', 'subject_id', 'actor_name'])
    .where('subject_type', '=', 'research_project')
    .orderBy('id')
    .execute();

describe('research projects from the command line', () => {
  it('creates a project with its researchers, lists it, and audits the creation', async () => {
    const id = await createProjectAudited(store, input('nord-did', { researchers: ['hanne.forsker'] }));
    const listed = (await listProjects(store.db)).find((p) => p.code === 'nord-did');
    expect(listed).toMatchObject({ approvalReference: 'REK-nord-did', researchers: ['hanne.forsker'] });
    expect(await projectEvents()).toContainEqual({
      action: 'create',
      reason: 'project_created',
      subject_id: id,
      actor_name: 'ips research project',
    });
  });

  it('refuses bad fields, unknown programmes and non-researchers together, naming each, writing nothing', async () => {
    const bad = input('Bad Code', {
      approvedUntil: daysFromToday(-60),
      tables: ['participants', 'names' as never],
      programmes: ['IPS Atlantis'],
      researchers: ['kari.jobb'],
    });
    const before = (await projectEvents()).length;
    await expect(createProjectAudited(store, bad)).rejects.toMatchObject({
      code: 'validation_failed',
      extra: {
        errors: expect.arrayContaining([
          expect.objectContaining({ path: 'code' }),
          expect.objectContaining({ path: 'approvedUntil' }),
          expect.objectContaining({ path: 'tables' }),
          { path: 'programmes', message: 'no programme named "IPS Atlantis"' },
          expect.objectContaining({
            path: 'researchers',
            message: expect.stringMatching(/kari.jobb is not a researcher/),
          }),
        ]),
      },
    });
    expect(
      await store.db.selectFrom('research_project').where('code', '=', 'Bad Code').selectAll().execute(),
    ).toEqual([]);
    expect(await projectEvents()).toHaveLength(before);
  });

  it('adds a researcher once, audited; a second time is a conflict, a non-researcher refused', async () => {
    await createProjectAudited(store, input('helse-ok'));
    await addResearcher(store, 'helse-ok', 'hanne.forsker');
    expect((await listProjects(store.db)).find((p) => p.code === 'helse-ok')?.researchers).toEqual([
      'hanne.forsker',
    ]);
    expect((await projectEvents()).at(-1)).toMatchObject({ action: 'update', reason: 'researcher_added' });
    await expect(addResearcher(store, 'helse-ok', 'hanne.forsker')).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(addResearcher(store, 'helse-ok', 'kari.jobb')).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(addResearcher(store, 'no-such', 'hanne.forsker')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
