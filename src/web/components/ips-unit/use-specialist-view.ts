import { useState } from 'react';
import { useCurrentUser } from '../../session/session-context.ts';

/**
 * Whose work a page shows: a job specialist sees their own (the API's default), a supervisor
 * picks one of the programme's specialists first.
 */
export function useSpecialistView() {
  const user = useCurrentUser();
  const supervises = user.role === 'supervisor';
  const [chosen, setChosen] = useState('');
  return {
    supervises,
    /** The specialist asked about; null means the caller. */
    specialistId: supervises ? chosen : null,
    ready: !supervises || chosen !== '',
    choose: setChosen,
  };
}
