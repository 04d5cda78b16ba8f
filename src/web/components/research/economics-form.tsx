import { Button, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { SENSITIVITY_OUTCOMES, type SensitivityOutcome } from '../../../domain/research/economics.ts';
import {
  DEFAULT_ECONOMICS,
  ECONOMICS_PARAMS,
  type EconomicsParam,
  type EconomicsParams,
  PARAM_SPECS,
} from '../../../domain/research/economics-params.ts';
import type { ApiError } from '../../api/api-error.ts';
import type { EconomicsRequest } from '../../api/use-research-registers.ts';
import { useT } from '../../i18n/use-t.ts';

export type EconomicsInput = Omit<EconomicsRequest, 'labels' | 'language'>;

interface Props {
  /** The values the last result used: untouched fields show them (effects from the analysis). */
  used: EconomicsParams | null;
  pending: boolean;
  error: ApiError | undefined;
  onRun: (input: EconomicsInput) => void;
}

const number = (text: string) => Number(text.trim().replace(',', '.').replaceAll(' ', ''));

/** The field a server error names: `caseloadPerFte` or `params.caseloadPerFte`. */
function fieldErrors(error: ApiError | undefined): Map<string, string> {
  return new Map((error?.errors ?? []).map((e) => [e.path.replace(/^params\./, ''), e.message]));
}

/**
 * The parameters, each with its default's source and range. Only the values she changes are sent,
 * so the others keep their default or the project's analysis.
 */
export function EconomicsForm({ used, pending, error, onRun }: Props) {
  const t = useT().registers.economics;
  const [edits, setEdits] = useState<Partial<Record<EconomicsParam, string>>>({});
  const [participants, setParticipants] = useState('');
  const [outcome, setOutcome] = useState<SensitivityOutcome>('netCostPerParticipant');
  const errors = fieldErrors(error);
  const shown = (p: EconomicsParam) => edits[p] ?? String(used?.[p] ?? DEFAULT_ECONOMICS[p]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = Object.fromEntries(Object.entries(edits).map(([p, v]) => [p, number(v)]));
    onRun({ params, outcome, ...(participants.trim() !== '' && { participants: number(participants) }) });
  };

  return (
    <form onSubmit={submit}>
      <VStack gap="space-16">
        {ECONOMICS_PARAMS.map((p) => (
          <TextField
            key={p}
            label={t.params[p]}
            description={`${t.defaultsFrom[p]} ${t.range(String(PARAM_SPECS[p].min), String(PARAM_SPECS[p].max))}`}
            inputMode="decimal"
            value={shown(p)}
            error={errors.get(p)}
            onChange={(e) => setEdits({ ...edits, [p]: e.target.value })}
          />
        ))}
        <TextField
          label={t.participants}
          description={t.participantsDescription}
          inputMode="numeric"
          value={participants}
          error={errors.get('participants')}
          onChange={(e) => setParticipants(e.target.value)}
        />
        <Select
          label={t.outcome}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as SensitivityOutcome)}
        >
          {SENSITIVITY_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t.outcomes[o]}
            </option>
          ))}
        </Select>
        <HStack>
          <Button type="submit" loading={pending}>
            {t.run}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
