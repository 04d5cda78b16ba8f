import type { ApiError } from '../../api/api-error.ts';
import type { RegisterUnit } from '../../api/ips-unit-types.ts';
import type { Messages } from '../../i18n/nb.ts';
import type { EmployerValues } from './employer-form.ts';

const joined = (parts: (string | null)[], separator: string) => parts.filter(Boolean).join(separator);

/**
 * The employer form filled from the register's unit: the name, the industry as code and wording
 * ("10.710 Produksjon av …"), the place as the business address. The user may still edit each.
 */
export function filledFromRegister(values: EmployerValues, unit: RegisterUnit): EmployerValues {
  return {
    ...values,
    orgNumber: unit.orgNumber,
    name: unit.name,
    industry: joined([unit.industryCode, unit.industryText], ' '),
    location: joined([unit.address, joined([unit.postcode, unit.city], ' ')], ', '),
  };
}

/** Why the register filled nothing, in the user's words; the form stays usable by hand. */
export function lookupFailure(error: ApiError, t: Messages): string {
  const m = t.unit.employerForm.lookup;
  switch (error.code) {
    case 'not_found':
      return m.notFound;
    case 'unit_deleted':
      return m.deleted;
    case 'register_timeout':
      return m.timeout;
    case 'register_not_configured':
      return m.unavailable;
    default:
      return m.failed;
  }
}
