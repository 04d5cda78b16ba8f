/**
 * The download name of an outcome report: readable bokmål words, the unit and the period, e.g.
 * `resultater-ips-tromsø-2026Q1-2026Q4.xlsx`. No participant is ever named in an aggregate report.
 */
export function reportFileName(words: readonly string[], periods: readonly string[], ext: string): string {
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? first;
  const period = first === last ? first : `${first}-${last}`;
  const slug = words
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-${period}.${ext}`;
}

const ASCII: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', é: 'e', ü: 'u', ö: 'o', ä: 'a' };

/**
 * Content-Disposition for a download: an ASCII name for old clients and the real one (æ, ø, å) as
 * RFC 6266's filename*, which browsers prefer.
 */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, (c) => ASCII[c] ?? '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
