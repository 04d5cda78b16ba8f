import pg from 'pg';
import { familyNames, givenNames } from '../../src/db/seed/demo-data.ts';

/**
 * Years of audit log for the access-log bench, made by PostgreSQL itself (INSERT … SELECT from
 * generate_series), one chunk per statement. Rows go into audit_event only, not into audit_pending
 * or audit_chain: they stay outside the hash chain (verifyAuditChain would stop at the first).
 * Their request_id starts with GENERATED_PREFIX, which tells them from the app's own events.
 */
export const GENERATED_PREFIX = 'gen-';

export interface GenerateOptions {
  rows: number;
  chunk: number;
  /** Distinct participants the events are spread over (the demo ones plus random uuids), skewed. */
  participants: number;
  years: number;
  /** The measured participant gets exactly `heavyEvents` of the events of the last `heavyDays`. */
  heavyParticipantId: string;
  heavyEvents: number;
  heavyDays: number;
  /** Share of events about no participant (sign-ins, sign-outs, system jobs). */
  withoutParticipant: number;
  onProgress(done: number, total: number): void;
}

/** weight; 'action subject_type decision reason legal_basis purpose' ('-': no legal basis); details */
type Kind = [number, string, string?];

const READ_ALL = '{"categories":["identity","work_health","job_plan"],"withheld":[]}';
const READ_CONSENT = '{"categories":["identity","job_plan"],"withheld":[{"category":"work_health"}]}';

/** Events about a participant: 100 slots, each kind filling `weight` of them. */
const PARTICIPANT_KINDS: Kind[] = [
  [30, 'read participant allow assigned_job_specialist caseload_assignment ips_follow_up', READ_ALL],
  [12, 'read participant allow consent consent ips_follow_up', READ_CONSENT],
  [10, 'read participant allow treatment_team_member health_care_team ips_follow_up', READ_ALL],
  [5, 'read participant allow programme_supervisor programme_supervision supervision'],
  [15, 'list participant allow assigned_job_specialist caseload_assignment ips_follow_up'],
  [8, 'update participant allow assigned_job_specialist caseload_assignment ips_follow_up'],
  [6, 'create case_note allow assigned_job_specialist caseload_assignment ips_follow_up'],
  [3, 'create consent allow assigned_job_specialist caseload_assignment ips_follow_up'],
  [2, 'export participant allow consent consent ips_follow_up'],
  [3, 'read participant deny category_not_covered - ips_follow_up', '{"category":"work_health"}'],
  [2, 'read participant deny not_assigned - ips_follow_up'],
  [3, 'read participant allow own_record data_subject_rights own_data'],
  [1, 'break_glass participant allow programme_supervisor emergency_access supervision'],
];

/** Events about no participant: 20 slots, after the 100 above. */
const OTHER_KINDS: Kind[] = [
  [12, 'login session allow own_account own_account sign_in'],
  [5, 'logout session allow own_account own_account sign_in'],
  [2, 'login_failed session deny bad_credentials - sign_in'],
  [1, 'system retention allow system system_operation retention'],
];

const SYNTHETIC_STAFF = 400;
const STAFF_ROLES = [
  'job_specialist',
  'clinician',
  'nav_adviser',
  'supervisor',
  'job_specialist',
  'clinician',
];

export async function generateAuditEvents(url: string, o: GenerateOptions) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const programmeId = await prepareLookups(client, o);
    const stepSeconds = (o.years * 365.25 * 86_400) / o.rows;
    const start = new Date(Date.now() - o.years * 365.25 * 86_400_000);
    // Every stride-th row of her last heavyDays is the heavy participant's: exactly heavyEvents rows.
    const stride = Math.floor((o.heavyDays * 86_400) / stepSeconds / o.heavyEvents);
    if (stride < 1) throw new Error('heavyEvents do not fit in heavyDays');
    const heavyStart = o.rows - o.heavyEvents * stride;
    const actors = await client.query<{ n: string }>('select count(*) as n from bench_actor');
    for (let lo = 1; lo <= o.rows; lo += o.chunk) {
      const hi = Math.min(lo + o.chunk - 1, o.rows);
      await client.query(CHUNK_SQL, [
        lo,
        hi,
        start.toISOString(),
        stepSeconds,
        heavyStart,
        stride,
        o.heavyParticipantId,
        Number(actors.rows[0]?.n),
        o.participants,
        o.withoutParticipant,
        programmeId,
      ]);
      o.onProgress(hi, o.rows);
    }
  } finally {
    await client.end();
  }
}

/**
 * One chunk. Time runs with the row number (an append-only log: ids follow time), with jitter.
 * The participant of row g is k = ⌊n·u²⌋ for uniform u: k = 0 gets ~0.45 % of all events, the
 * median participant ~0.0014 %, the least ~0.001 %.
 */
const CHUNK_SQL = `
insert into audit_event (occurred_at, actor_user_id, actor_name, actor_organisation_id, actor_role, action,
  subject_type, subject_id, participant_id, programme_id, purpose, legal_basis, decision, reason,
  request_id, details)
select $3::timestamptz + make_interval(secs => (x.g - 1 + x.r_time) * $4::float8),
  a.user_id, a.name, a.organisation_id, a.role, kd.action, kd.subject_type,
  case when kd.k >= 100 then null
       when kd.subject_type = 'participant' then coalesce(x.heavy_id, p.id)::text
       else gen_random_uuid()::text end,
  case when kd.k < 100 then coalesce(x.heavy_id, p.id) end,
  case when kd.k < 100 then $11::uuid end,
  kd.purpose, kd.legal_basis, kd.decision, kd.reason, '${GENERATED_PREFIX}' || to_hex(x.g), kd.details
from (
  select g, random() as r_time, random() as r_actor, random() as r_participant, random() as r_kind,
    random() as r_slot,
    case when g > $5::bigint and (g - $5::bigint) % $6::bigint = 0 then $7::uuid end as heavy_id
  from generate_series($1::bigint, $2::bigint) as g
) x
join bench_actor a on a.k = floor(x.r_actor * $8::int)::int
join bench_participant p on p.k = floor(x.r_participant * x.r_participant * $9::int)::int
join bench_kind kd on kd.k = case
  when x.heavy_id is null and x.r_kind < $10::float8 then 100 + floor(x.r_slot * 20)::int
  else floor(x.r_slot * 100)::int end`;

/**
 * Temporary lookup tables: participants (k = 0 the most accessed; the demo participants evenly
 * spaced among random uuids), actors and event kinds.
 */
async function prepareLookups(client: pg.Client, o: GenerateOptions): Promise<string> {
  const { rows } = await client.query<{ id: string; programme_id: string }>(
    'select id, programme_id from participant order by id',
  );
  const programmeId = rows.find((r) => r.id === o.heavyParticipantId)?.programme_id;
  if (!programmeId) throw new Error(`participant ${o.heavyParticipantId} not found`);
  const demo = rows.filter((r) => r.id !== o.heavyParticipantId).map((r) => r.id);
  await client.query('create temp table bench_participant (k int primary key, id uuid not null)');
  await client.query(
    'insert into bench_participant select g, gen_random_uuid() from generate_series(0, $1::int - 1) g',
    [o.participants],
  );
  const spacing = Math.floor(o.participants / Math.max(demo.length, 1));
  await client.query(
    `update bench_participant b set id = d.id
     from unnest($1::uuid[]) with ordinality as d(id, n) where b.k = (d.n - 1) * $2::int + $2::int / 2`,
    [demo, spacing],
  );
  await createActors(client, programmeId);
  const kinds = [...PARTICIPANT_KINDS, ...OTHER_KINDS].flatMap(([weight, spec, details = '{}']) =>
    Array<string[]>(weight).fill([...spec.split(' '), details]),
  );
  if (kinds.length !== 120) throw new Error(`event kinds fill ${kinds.length} slots, not 120`);
  await client.query(
    `create temp table bench_kind (k int primary key, action text, subject_type text, decision text,
       reason text, legal_basis text, purpose text, details jsonb)`,
  );
  await client.query(
    `insert into bench_kind
     select (n - 1)::int, action, subject_type, decision, reason, nullif(legal_basis, '-'), purpose,
       details::jsonb
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       with ordinality as t(action, subject_type, decision, reason, legal_basis, purpose, details, n)`,
    [0, 1, 2, 3, 4, 5, 6].map((i) => kinds.map((k) => k[i])),
  );
  return programmeId;
}

/** The programme's demo staff, synthetic staff of its organisations, and a system job. */
async function createActors(client: pg.Client, programmeId: string) {
  await client.query(
    `create temp table bench_actor (k int primary key, user_id uuid, name text not null,
       organisation_id uuid, role text not null)`,
  );
  const { rows: orgs } = await client.query<{ id: string; kind: string; host: boolean }>(
    `select o.id, o.kind, o.id = g.host_organisation_id as host
     from programme_organisation po join organisation o on o.id = po.organisation_id
     join programme g on g.id = po.programme_id where po.programme_id = $1 order by o.name`,
    [programmeId],
  );
  const host = orgs.find((o) => o.host)?.id;
  const health = orgs.filter((o) => o.kind === 'health_trust_unit').map((o) => o.id);
  const staff = Array.from({ length: SYNTHETIC_STAFF }, (_, i) => {
    const role = STAFF_ROLES[i % STAFF_ROLES.length] as string;
    const name = `${givenNames[i % givenNames.length]} ${familyNames[(i * 7) % familyNames.length]}`;
    return { name, role, org: role === 'clinician' ? health[i % health.length] : host };
  });
  await client.query(
    `insert into bench_actor
     select row_number() over () - 1, id, display_name, organisation_id, role from (
       select id, display_name, organisation_id, role from app_user
       where programme_id = $1 and role <> 'participant'
       union all
       select gen_random_uuid(), s.name, s.org, s.role
       from unnest($2::text[], $3::uuid[], $4::text[]) as s(name, org, role)
       union all
       select null, 'ips-retention', null, 'system'
     ) actors`,
    [programmeId, staff.map((s) => s.name), staff.map((s) => s.org ?? null), staff.map((s) => s.role)],
  );
}
