import { describe, expect, it } from 'vitest';
import { accessLogAction } from './access-log-action.ts';
import { en } from './en.ts';
import { nb } from './nb.ts';

const entry = (action: string, subjectType: string, view: string | null = null) => ({
  action,
  subjectType,
  view,
});

describe('the action column of the access log', () => {
  it('names the part of the record looked at, in plain words', () => {
    expect(accessLogAction(nb, entry('read', 'participant', 'consents'))).toBe('Lest (samtykker)');
    expect(accessLogAction(nb, entry('read', 'participant', 'access_log'))).toBe('Lest (tilgangslogg)');
    expect(accessLogAction(nb, entry('read', 'participant', 'meeting_minutes'))).toBe(
      'Lest (referat fra teammøte)',
    );
    expect(accessLogAction(nb, entry('export', 'participant', 'gdpr_export'))).toBe('Eksportert (mine data)');
    expect(accessLogAction(en, entry('read', 'participant', 'consent_attachment'))).toBe(
      'Read (scanned consent form)',
    );
  });

  it('falls back to the subject or the whole record, else to the bare action or its code', () => {
    expect(accessLogAction(nb, entry('create', 'consent'))).toBe('Registrert (samtykke)');
    expect(accessLogAction(nb, entry('read', 'participant'))).toBe('Lest (opplysninger om deltakeren)');
    expect(accessLogAction(en, entry('export', 'participant'))).toBe("Exported (the participant's record)");
    expect(accessLogAction(nb, entry('update', 'participant'))).toBe('Endret');
    expect(accessLogAction(nb, entry('read', 'participant', 'new_view'))).toBe('Lest');
    expect(accessLogAction(nb, entry('update', 'something_new'))).toBe('Endret');
    expect(accessLogAction(nb, entry('archive', 'something_new'))).toBe('archive');
  });
});
