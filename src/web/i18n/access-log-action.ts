import type { AccessLogEntry } from '../api/types.ts';
import { isAuditAction } from './codes.ts';
import type { Messages } from './nb.ts';

type Entry = Pick<AccessLogEntry, 'action' | 'subjectType' | 'view'>;

/** The API names the view when less than the record was read, so a read naming none was of all of it. */
function wholeRecord(e: Entry): boolean {
  return e.subjectType === 'participant' && !e.view && (e.action === 'read' || e.action === 'export');
}

/** "Lest (samtykker)": the action and what it concerned — the part looked at, the subject or the record. */
export function accessLogAction(t: Messages, e: Entry): string {
  const log = t.accessLog;
  const action = isAuditAction(e.action) ? log.actions[e.action] : e.action;
  const concerned =
    (e.view && log.views[e.view]) || log.subjects[e.subjectType] || (wholeRecord(e) ? log.wholeRecord : null);
  return concerned ? `${action} (${concerned})` : action;
}
