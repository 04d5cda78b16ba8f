import type { EmployerDetail } from '../../api/ips-unit-types.ts';
import { useT } from '../../i18n/use-t.ts';

/** The employer's registered details as a description list. */
export function EmployerDetails({ employer }: { employer: EmployerDetail }) {
  const t = useT();
  const e = t.unit.employer;
  const rows: [string, string][] = [
    [e.orgNumber, employer.orgNumber],
    [e.industry, employer.industry ?? t.app.none],
    [e.location, employer.location ?? t.app.none],
  ];
  return (
    <dl className="detail-list" data-testid="employer-details">
      {rows.map(([label, value]) => (
        <div key={label} className="detail-list__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
