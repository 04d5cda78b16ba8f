import type { FidelityBand, FidelityItem, FidelitySection } from '../../domain/fidelity/scale.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/use-t.ts';

/** How the fidelity pages name items, sections, bands and periods in the reader's language. */
export function useFidelityText() {
  const { t, lang } = useI18n();
  const f = t.fidelity;
  const date = (iso: string | null | undefined) => (iso ? formatDate(iso.slice(0, 10), lang) : t.app.none);
  return {
    lang,
    date,
    period: (p: { from: string; to: string }) => `${date(p.from)}–${date(p.to)}`,
    section: (s: FidelitySection) => f.sections[s],
    /** "Tjenester 4": short enough for a chart's axis. */
    itemShort: (item: FidelityItem) => `${f.sections[item.section]} ${item.number}`,
    item: (item: FidelityItem) => f.item(f.sections[item.section], item.number, item.title[lang]),
    band: (band: FidelityBand | null | undefined) => (band ? f.bands[band] : t.app.none),
    score: (total: number | null | undefined, max = 125) =>
      total == null ? t.app.none : f.score(total, max),
  };
}
