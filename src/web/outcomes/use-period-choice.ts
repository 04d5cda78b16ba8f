import { todayInOslo } from '../i18n/format.ts';
import { navigate, useLocation } from '../router/navigation.ts';
import { type PeriodChoice, readChoice } from './period-choice.ts';

/** The report period kept in the address (?fra=…&til=…), so a reload or a shared link shows the same. */
export function usePeriodChoice(): {
  choice: PeriodChoice;
  today: string;
  setChoice: (c: PeriodChoice) => void;
} {
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const today = todayInOslo();
  const choice = readChoice(params.get('fra'), params.get('til'), today);
  const setChoice = (next: PeriodChoice) =>
    navigate(`${pathname}?${new URLSearchParams({ fra: next.from, til: next.to })}`, { replace: true });
  return { choice, today, setChoice };
}
