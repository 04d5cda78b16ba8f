/**
 * The one place where PostgreSQL wire values become JavaScript values, for both drivers.
 * pg returns int8/numeric as strings and PGlite as numbers; both are made numbers here.
 * Dates (no time) stay 'YYYY-MM-DD' strings so no time zone can shift a referral date.
 */
export const PG_OID = {
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
  TIMESTAMP: 1114,
  TIMESTAMPTZ: 1184,
} as const;

export type TextParser = (value: string) => unknown;

export const typeParsers: Record<number, TextParser> = {
  [PG_OID.INT8]: (v) => Number(v),
  [PG_OID.NUMERIC]: (v) => Number(v),
  [PG_OID.DATE]: (v) => v,
  [PG_OID.TIMESTAMP]: (v) => new Date(`${v.replace(' ', 'T')}Z`),
  [PG_OID.TIMESTAMPTZ]: (v) => new Date(parseTimestamptz(v)),
};

/** PostgreSQL prints '2026-01-02 03:04:05.678+01' (offset may lack minutes); ISO needs '+01:00'. */
function parseTimestamptz(v: string): string {
  const iso = v.replace(' ', 'T');
  return /[+-]\d\d$/.test(iso) ? `${iso}:00` : iso;
}
