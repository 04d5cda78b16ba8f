import type { LegalModel } from '../code-lists.ts';
import type { Text } from './scale-types.ts';

/** The item the consent-based reading makes unreachable (seed 004). */
export const LEGAL_MODEL_ITEM = 'organisation-2';

/**
 * Under the 2022 consent-based reading the job specialist is not part of the treatment team's
 * record and joins team meetings only for participants whose consent covers it, so two of the
 * item's five elements cannot be met however well the programme works. The review says so.
 */
const consentBasedNote: Text = {
  nb: 'Programmet følger den samtykkebaserte lovforståelsen: felles journal med behandlingen og fri deltakelse i teammøtene er ikke mulig slik regelverket nå leses. To av elementene i dette punktet kan derfor ikke oppnås, uansett hvor godt programmet arbeider.',
  en: "The programme follows the consent-based legal reading: integrated records with treatment and free participation in team meetings are not achievable under the current reading of the law. Two of this item's elements therefore cannot be met, however well the programme works.",
};

export interface LegalModelNote {
  itemKey: string;
  text: Text;
}

/** The note a review of a programme with this legal model carries, if any. */
export function legalModelNote(model: LegalModel): LegalModelNote | null {
  return model === 'consent_based' ? { itemKey: LEGAL_MODEL_ITEM, text: consentBasedNote } : null;
}
