/**
 * The participant's access log said as visits: consecutive events by the same person close in time
 * are one visit ("Kari Nilsen, jobbspesialist, NAV Bodø, så jobbplanen din"), so a page load that
 * reads the record, the casework and the consents is one line, not five.
 */

/** What an event of the log did to the record, in words the participant's page can say. */
export const SEEN_KINDS = [
  'record',
  'job_plan',
  'consents',
  'contact_details',
  'notes',
  'access_log',
  'listed',
  'meeting',
  'employer',
  'export',
  'changed',
  'other',
] as const;
export type SeenKind = (typeof SEEN_KINDS)[number];

/** The fields of an access-log event the grouping reads. */
export interface LogEvent {
  at: string;
  actor: { name: string; role: string | null; organisation: string | null };
  action: string;
  view: string | null;
  decision: 'allow' | 'deny';
  breakTheGlass: boolean;
}

export interface Visit<E extends LogEvent = LogEvent> {
  actor: LogEvent['actor'];
  /** The first and the last event of the visit. */
  from: string;
  to: string;
  /** What was seen or done, each once, in the order first done. */
  seen: SeenKind[];
  /** Some access in the visit was refused. */
  refused: boolean;
  breakTheGlass: boolean;
  events: E[];
}

/** Events more than this apart are separate visits, even by the same person. */
export const VISIT_GAP_MINUTES = 30;

const VIEW_KIND: Record<string, SeenKind> = {
  casework: 'job_plan',
  contact: 'job_plan',
  stage: 'job_plan',
  discharge: 'job_plan',
  correction: 'job_plan',
  consents: 'consents',
  consent: 'consents',
  consent_attachment: 'consents',
  contact_details: 'contact_details',
  case_note: 'notes',
  access_log: 'access_log',
  fhir_audit_event: 'access_log',
  caseload: 'listed',
  tasks: 'listed',
  caseload_overview: 'listed',
  agenda: 'listed',
  meeting_minutes: 'meeting',
  employer: 'employer',
  employer_contact: 'employer',
  gdpr_export: 'export',
  fhir_consent: 'consents',
};

/** What one event did, from its action and the view it names. */
export function seenKind(e: Pick<LogEvent, 'action' | 'view'>): SeenKind {
  const byView = e.view ? VIEW_KIND[e.view] : undefined;
  if (byView && (e.action === 'read' || e.action === 'list')) return byView;
  if (e.action === 'export') return 'export';
  if (e.action === 'list') return 'listed';
  if (e.action === 'read') return 'record';
  return ['update', 'create', 'reassign', 'discharge', 'withdraw'].includes(e.action) ? 'changed' : 'other';
}

const sameActor = (a: LogEvent['actor'], b: LogEvent['actor']) =>
  a.name === b.name && a.role === b.role && a.organisation === b.organisation;

const minutesApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 60_000;

/**
 * Groups events (in the log's order, newest or oldest first) into visits: an event joins the visit
 * before it when the same person made it within `gapMinutes` of that visit's nearest event.
 */
export function groupVisits<E extends LogEvent>(
  events: readonly E[],
  gapMinutes = VISIT_GAP_MINUTES,
): Visit<E>[] {
  const visits: Visit<E>[] = [];
  for (const e of events) {
    const last = visits.at(-1);
    const lastEvent = last?.events.at(-1);
    if (
      last &&
      lastEvent &&
      sameActor(last.actor, e.actor) &&
      minutesApart(lastEvent.at, e.at) <= gapMinutes
    ) {
      addTo(last, e);
    } else {
      visits.push({
        actor: e.actor,
        from: e.at,
        to: e.at,
        seen: [],
        refused: false,
        breakTheGlass: false,
        events: [],
      });
      addTo(visits.at(-1) as Visit<E>, e);
    }
  }
  return visits;
}

function addTo<E extends LogEvent>(visit: Visit<E>, e: E) {
  visit.events.push(e);
  if (e.at < visit.from) visit.from = e.at;
  if (e.at > visit.to) visit.to = e.at;
  if (e.decision === 'deny') visit.refused = true;
  else {
    const kind = seenKind(e);
    if (!visit.seen.includes(kind)) visit.seen.push(kind);
  }
  if (e.breakTheGlass) visit.breakTheGlass = true;
}
