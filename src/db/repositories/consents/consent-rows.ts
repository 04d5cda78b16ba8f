import type { Kysely } from 'kysely';
import type { ConsentCategory, Role } from '../../../domain/code-lists.ts';
import type { Schema } from '../../schema.ts';

export interface ConsentVersion {
  version: number;
  status: 'active' | 'withdrawn';
  change: 'given' | 'renewed' | 'withdrawn' | 'withdrawn_partly';
  categories: ConsentCategory[];
  recipients: { organisation: { id: string; name: string }; role: Role | null }[];
  purpose: string;
  givenHow: 'written' | 'oral';
  givenAt: string;
  validFrom: string;
  validTo: string | null;
  recordedBy: string | null;
  recordedByParticipant: boolean;
  recordedAt: Date;
  attachment: { id: string; filename: string } | null;
}

/** One consent: its current version on top, and every earlier version kept beneath it. */
export interface Consent extends ConsentVersion {
  id: string;
  participantId: string;
  history: ConsentVersion[];
}

/** Every version of a participant's consents (or of one), newest version first within each consent. */
export async function consentsOf(
  db: Kysely<Schema>,
  participantId: string,
  consentId?: string,
): Promise<Consent[]> {
  const rows = await db
    .selectFrom('consent as c')
    .leftJoin('app_user as u', 'u.id', 'c.recorded_by')
    .leftJoin('consent_attachment as a', 'a.id', 'c.attachment_id')
    .select([
      'c.id',
      'c.version',
      'c.participant_id',
      'c.status',
      'c.change',
      'c.categories',
      'c.recipients',
      'c.purpose',
      'c.given_how',
      'c.given_at',
      'c.valid_from',
      'c.valid_to',
      'u.display_name as recorded_by_name',
      'c.recorded_by_participant',
      'c.recorded_at',
      'a.id as attachment_id',
      'a.filename as attachment_filename',
    ])
    .where('c.participant_id', '=', participantId)
    .$if(consentId !== undefined, (q) => q.where('c.id', '=', consentId as string))
    .orderBy('c.given_at', 'desc')
    .orderBy('c.id')
    .orderBy('c.version', 'desc')
    .execute();
  const orgIds = [...new Set(rows.flatMap((r) => r.recipients.map((x) => x.organisationId)))];
  const orgs = orgIds.length
    ? await db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', orgIds).execute()
    : [];
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const byId = new Map<string, Consent>();
  for (const r of rows) {
    const version: ConsentVersion = {
      version: r.version,
      status: r.status,
      change: r.change,
      categories: r.categories as ConsentCategory[],
      recipients: r.recipients.map((x) => ({
        organisation: { id: x.organisationId, name: orgName.get(x.organisationId) ?? '' },
        role: x.role as Role | null,
      })),
      purpose: r.purpose,
      givenHow: r.given_how,
      givenAt: r.given_at,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      recordedBy: r.recorded_by_name,
      recordedByParticipant: r.recorded_by_participant,
      recordedAt: r.recorded_at,
      attachment:
        r.attachment_id && r.attachment_filename
          ? { id: r.attachment_id, filename: r.attachment_filename }
          : null,
    };
    const existing = byId.get(r.id);
    if (existing) existing.history.push(version);
    else byId.set(r.id, { id: r.id, participantId: r.participant_id, ...version, history: [] });
  }
  return [...byId.values()];
}
