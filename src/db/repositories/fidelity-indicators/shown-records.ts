import type { Kysely } from 'kysely';
import { CASEWORK_CATEGORY } from '../../../domain/casework-categories.ts';
import type { IndicatorRecord, LiveItemKey } from '../../../domain/fidelity/indicators/indicator.ts';
import type { Caller } from '../../access/caller.ts';
import { decideEach } from '../../access/decide-each.ts';
import { participantWithFactsQuery, toFacts } from '../../access/participant-facts.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';

/** A record as shown: the participant or specialist named, where the caller may see her. */
export interface ShownRecord extends IndicatorRecord {
  name: string;
}

/** Rapid search is read off her employer contacts; every other item off her jobs and stages. */
function categoryOf(itemKey: LiveItemKey) {
  return itemKey === 'services-4' ? CASEWORK_CATEGORY.employer_contact : CASEWORK_CATEGORY.job;
}

/**
 * The records the caller may see, named. Each participant is decided as a read of the category the
 * record comes from and audited as listed in this view (so it is in her access log); a job
 * specialist's own figures are shown as the outcome report shows them (lead and supervisor see
 * everyone's, a job specialist her own). The rest are withheld and only counted.
 */
export async function shownRecords(
  db: Kysely<Schema>,
  sink: AuditSink,
  caller: Caller,
  records: readonly IndicatorRecord[],
  view: { itemKey: LiveItemKey; programmeId: string; now: Date },
): Promise<{ records: ShownRecord[]; withheld: number }> {
  const participantIds = [
    ...new Set(records.flatMap((r) => (r.kind === 'participant' ? [r.participantId ?? ''] : []))),
  ];
  const specialistIds = [
    ...new Set(records.flatMap((r) => (r.kind === 'specialist' ? [r.specialistId ?? ''] : []))),
  ];
  const [people, staff] = await Promise.all([
    participantIds.length === 0
      ? []
      : participantWithFactsQuery(db, caller.userId).where('p.id', 'in', participantIds).execute(),
    specialistIds.length === 0
      ? []
      : db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', specialistIds).execute(),
  ]);
  const decided = await decideEach(sink, caller, people.map(toFacts), {
    category: categoryOf(view.itemKey),
    auditAs: 'list',
    details: { view: 'fidelity_indicator', itemKey: view.itemKey },
  });
  const names = new Map<string, string>();
  for (const p of people) {
    if (decided.get(p.id)?.allow)
      names.set(p.id, `${p.given_name ?? ''} ${p.family_name ?? ''}`.trim() || (p.handle ?? ''));
  }
  for (const s of staff) {
    const subject = {
      type: 'outcomes',
      level: 'specialist',
      programmeId: view.programmeId,
      specialistId: s.id,
    } as const;
    if (caller.ask({ action: 'read', subject }, view.now).allow) names.set(s.id, s.display_name);
  }
  const shown = records.flatMap((r) => {
    const name = names.get((r.kind === 'participant' ? r.participantId : r.specialistId) ?? '');
    return name === undefined ? [] : [{ ...r, name }];
  });
  return { records: shown, withheld: records.length - shown.length };
}
