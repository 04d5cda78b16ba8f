import { Button, Checkbox, HStack, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import type { MetaAnalysisRequest } from '../../api/use-meta-analysis.ts';
import { useT } from '../../i18n/use-t.ts';
import { EXAMPLE_TRIALS } from './example-trials.ts';

type Measure = MetaAnalysisRequest['measure'];
type Method = MetaAnalysisRequest['method'];
const MEASURES: Measure[] = ['RR', 'OR', 'RD'];
const METHODS: Method[] = ['REML', 'DL', 'FE', 'MH'];

interface Props {
  pending: boolean;
  onRun: (request: Omit<MetaAnalysisRequest, 'labels'>) => void;
}

/** The CSV (pasted or uploaded) and the options of one analysis. */
export function MetaAnalysisForm({ pending, onRun }: Props) {
  const t = useT().research;
  const [csv, setCsv] = useState('');
  const [measure, setMeasure] = useState<Measure>('RR');
  const [method, setMethod] = useState<Method>('REML');
  const [hksj, setHksj] = useState(false);
  const [mods, setMods] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const columns = mods
      .split(',')
      .map((m) => m.trim())
      .filter((m) => m !== '');
    onRun({ csv, measure, method, hksj, mods: columns });
  };

  return (
    <form onSubmit={submit}>
      <VStack gap="space-16" className="text-column">
        <Textarea
          label={t.csvLabel}
          description={t.csvDescription}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          minRows={6}
        />
        <VStack gap="space-4">
          <label htmlFor="meta-csv-file" className="navds-label">
            {t.fileLabel}
          </label>
          <input
            id="meta-csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? csv)}
          />
        </VStack>
        <HStack gap="space-16" wrap>
          <Select label={t.measure} value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {t.measures[m]}
              </option>
            ))}
          </Select>
          <Select label={t.method} value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t.methods[m]}
              </option>
            ))}
          </Select>
        </HStack>
        <Checkbox checked={hksj} onChange={(e) => setHksj(e.target.checked)}>
          {t.hksj}
        </Checkbox>
        <TextField
          label={t.mods}
          description={t.modsDescription}
          value={mods}
          onChange={(e) => setMods(e.target.value)}
        />
        <HStack gap="space-8">
          <Button type="submit" loading={pending}>
            {t.run}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setCsv(EXAMPLE_TRIALS)}>
            {t.example}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
