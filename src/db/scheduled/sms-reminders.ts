import { sql } from 'kysely';
import type { AccessContext } from '../../domain/access.ts';
import { decideReminder, REMIND_WITHIN_MS, type SmsGateway } from '../../domain/sms-reminder.ts';
import { writeAudit } from '../audit/writer.ts';
import type { Store } from '../store.ts';
import { every, type ScheduledJob } from './every.ts';

const REMINDERS: AccessContext = {
  actor: { kind: 'system', name: 'sms-reminders' },
  purpose: 'ips_follow_up',
  requestId: null,
};

export interface ReminderRun {
  sent: number;
  skipped: number;
  failed: number;
}

/** The meetings starting within the day ahead that no reminder has been decided for. */
function dueMeetings(store: Store, now: Date) {
  return store.db
    .selectFrom('planned_meeting as m')
    .select(['m.id', 'm.participant_id'])
    .where('m.starts_at', '>', now)
    .where('m.starts_at', '<=', new Date(now.getTime() + REMIND_WITHIN_MS))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('sms_reminder as r').select('r.meeting_id').whereRef('r.meeting_id', '=', 'm.id'),
        ),
      ),
    )
    .orderBy('m.starts_at')
    .execute();
}

/**
 * One meeting's reminder, in one transaction: the row for the meeting is claimed first (its key
 * is the meeting), so no meeting is reminded twice, even by two processes; then sent or skipped
 * with the reason, and audited.
 */
async function remind(
  store: Store,
  gateway: SmsGateway,
  meetingId: string,
  now: Date,
): Promise<keyof ReminderRun | null> {
  return store.transact(async (tx) => {
    const m = await tx
      .selectFrom('planned_meeting as m')
      .innerJoin('participant as p', 'p.id', 'm.participant_id')
      .select([
        'm.participant_id',
        'm.starts_at',
        'm.place',
        'p.phone',
        'p.programme_id',
        'p.erased_at',
        'p.restricted_at',
      ])
      .select(
        sql<boolean>`coalesce((select s.opted_out from sms_preference s where s.participant_id = m.participant_id order by s.recorded_at desc limit 1), false)`.as(
          'opted_out',
        ),
      )
      .where('m.id', '=', meetingId)
      .executeTakeFirstOrThrow();
    const claimed = await tx
      .insertInto('sms_reminder')
      .values({
        meeting_id: meetingId,
        participant_id: m.participant_id,
        status: 'skipped',
        reason: 'deciding',
      })
      .onConflict((oc) => oc.column('meeting_id').doNothing())
      .returning('meeting_id')
      .executeTakeFirst();
    if (!claimed) return null;
    const inactive = m.erased_at !== null || m.restricted_at !== null;
    const decision = inactive
      ? ({ send: false, reason: 'processing_restricted' } as const)
      : decideReminder({ startsAt: m.starts_at, place: m.place, phone: m.phone, optedOut: m.opted_out, now });
    let status: keyof ReminderRun = decision.send ? 'sent' : 'skipped';
    let reason: string | null = decision.send ? null : decision.reason;
    if (decision.send) {
      try {
        await gateway.send(decision.to, decision.text);
      } catch {
        status = 'failed';
        reason = 'gateway_error';
      }
    }
    await tx
      .updateTable('sms_reminder')
      .set({ status, reason })
      .where('meeting_id', '=', meetingId)
      .execute();
    await writeAudit(tx, REMINDERS, [
      {
        action: 'read',
        subjectType: 'participant',
        subjectId: m.participant_id,
        participantId: m.participant_id,
        programmeId: m.programme_id,
        decision: 'allow',
        reason: `sms_reminder_${status}`,
        legalBasis: 'system_operation',
        details: { view: 'sms_reminder', meetingId, ...(reason ? { skipReason: reason } : {}) },
      },
    ]);
    return status;
  });
}

/** Decides the reminder of every meeting due one: sends it, or skips it with the reason. */
export async function sendReminders(
  store: Store,
  gateway: SmsGateway,
  now = new Date(),
): Promise<ReminderRun> {
  const run: ReminderRun = { sent: 0, skipped: 0, failed: 0 };
  for (const m of await dueMeetings(store, now)) {
    const status = await remind(store, gateway, m.id, now);
    if (status) run[status]++;
  }
  return run;
}

/** Runs the reminders now and then every `intervalMs` (a quarter of an hour by default). */
export function scheduleSmsReminders(
  store: Store,
  gateway: SmsGateway,
  options: { intervalMs?: number; onError: (error: unknown) => void },
): ScheduledJob {
  return every(options.intervalMs ?? 900_000, () => sendReminders(store, gateway), options.onError);
}
