import { describe, expect, it } from 'vitest';
import { attachment, reportFileName } from './file-name.ts';

describe('report file names', () => {
  it('read as bokmål words, the unit and the period', () => {
    expect(reportFileName(['Resultater', 'IPS Tromsø'], ['2026Q1', '2026Q2', '2026Q3'], 'xlsx')).toBe(
      'resultater-ips-tromsø-2026Q1-2026Q3.xlsx',
    );
    expect(reportFileName(['Kvartalsrapport', 'IPS Salten'], ['2026Q2'], 'pdf')).toBe(
      'kvartalsrapport-ips-salten-2026Q2.pdf',
    );
    expect(reportFileName(['Resultater', 'Sør-Øst', 'track:ips_ung'], ['2025', '2026'], 'csv')).toBe(
      'resultater-sør-øst-track-ips-ung-2025-2026.csv',
    );
  });

  it('are sent with an ASCII fallback and the real name as filename*', () => {
    expect(attachment('resultater-ips-tromsø-2026.csv')).toBe(
      'attachment; filename="resultater-ips-tromso-2026.csv"; filename*=UTF-8\'\'resultater-ips-troms%C3%B8-2026.csv',
    );
  });
});
