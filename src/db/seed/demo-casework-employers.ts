import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { orgNumberCheckDigit } from '../../domain/org-number.ts';
import type { Schema } from '../schema.ts';
import { DEMO_EMPLOYERS, type DemoEmployer } from './demo-casework-employer-data.ts';
import { addDays, at, int, type Random } from './demo-casework-support.ts';

export interface SeededEmployer extends DemoEmployer {
  id: string;
  personIds: string[];
}

/** A synthetic organisation number: 9 then seven random digits and the mod-11 check digit. */
export function syntheticOrgNumber(random: Random): string {
  for (;;) {
    const first8 = `9${String(int(random, 0, 9_999_999)).padStart(7, '0')}`;
    const check = orgNumberCheckDigit(first8);
    if (check !== null) return `${first8}${check}`;
  }
}

function emailOf(person: string, employer: string): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/ as$/, '')
      .replace(/[^a-z]+/g, '');
  // The reserved .example domain: no mail can reach a real address.
  return `${slug(person.split(' ')[0] as string)}@${slug(employer)}.example`;
}

/** The programme's employers and their contact persons, registered over the year before today. */
export async function seedEmployers(
  tx: Transaction<Schema>,
  s: { programmeId: string; createdBy: string; today: string; random: Random },
): Promise<SeededEmployer[]> {
  const used = new Set<string>();
  const employers = DEMO_EMPLOYERS.map((e) => {
    let orgNumber = syntheticOrgNumber(s.random);
    while (used.has(orgNumber)) orgNumber = syntheticOrgNumber(s.random);
    used.add(orgNumber);
    const created = at(addDays(s.today, -int(s.random, 380, 900)), 10);
    return { ...e, id: randomUUID(), orgNumber, created, personIds: e.persons.map(() => randomUUID()) };
  });
  await tx
    .insertInto('employer')
    .values(
      employers.map((e) => ({
        id: e.id,
        programme_id: s.programmeId,
        org_number: e.orgNumber,
        name: e.name,
        industry: e.industry,
        location: e.location,
        created_by: s.createdBy,
        created_at: e.created,
      })),
    )
    .execute();
  await tx
    .insertInto('employer_contact_person')
    .values(
      employers.flatMap((e) =>
        e.persons.map((p, k) => ({
          id: e.personIds[k] as string,
          employer_id: e.id,
          name: p.name,
          title: p.title,
          email: emailOf(p.name, e.name),
          created_at: e.created,
        })),
      ),
    )
    .execute();
  return employers;
}
