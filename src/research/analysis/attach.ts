import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { AppError } from '../../domain/app-error.ts';
import { literal, rowsOf } from '../duckdb.ts';
import { REGISTER_FILES } from '../registers/write.ts';

/** The columns each register file must have, with DuckDB's type names. */
const EXPECTED: Record<'persons' | 'benefit_status' | 'health_contacts', Record<string, string>> = {
  persons: {
    person_key: 'VARCHAR',
    cohort: 'VARCHAR',
    sex: 'VARCHAR',
    birth_year: 'INTEGER',
    region: 'VARCHAR',
    track: 'VARCHAR',
    ips_start: 'DATE',
  },
  benefit_status: { person_key: 'VARCHAR', month: 'DATE', status: 'VARCHAR' },
  health_contacts: {
    person_key: 'VARCHAR',
    contact_date: 'DATE',
    contact_kind: 'VARCHAR',
    diagnosis_group: 'VARCHAR',
  },
};

type RegisterView = keyof typeof EXPECTED;

/** Why register files were refused: the reason names the check, the message the file. */
export type RegisterRefusal = 'register_missing' | 'register_unreadable' | 'register_foreign';

function refused(reason: RegisterRefusal, message: string): AppError {
  return new AppError('validation_failed', message, { reason, errors: [{ path: 'registers', message }] });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function columnsOf(
  conn: DuckDBConnection,
  source: string,
  label: string,
): Promise<Map<string, string>> {
  try {
    const rows = await rowsOf<{ column_name: string; column_type: string }>(
      conn,
      `DESCRIBE SELECT * FROM ${source}`,
    );
    return new Map(rows.map((r) => [r.column_name, r.column_type]));
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw refused('register_unreadable', `${label} is not a readable Parquet file: ${why}`);
  }
}

async function attachOne(conn: DuckDBConnection, view: RegisterView, path: string, glob: string) {
  if (!(await exists(path))) throw refused('register_missing', `${path} is missing`);
  const source = `read_parquet(${literal(glob)})`;
  const columns = await columnsOf(conn, source, path);
  for (const [name, type] of Object.entries(EXPECTED[view])) {
    if (columns.get(name) !== type)
      throw refused(
        'register_foreign',
        `${path} is not the ${view} register: column ${name} ${columns.has(name) ? `is ${columns.get(name)}, not ${type}` : 'is missing'}`,
      );
  }
  // A real register is one replicate (simulations run many at once).
  const replicate = view === 'persons' ? '0 AS replicate, ' : '';
  await conn.run(
    `CREATE OR REPLACE VIEW ${view} AS SELECT ${replicate}${Object.keys(EXPECTED[view]).join(', ')} FROM ${source}`,
  );
}

/**
 * Views persons, benefit_status and health_contacts over the register files in dir, after checking
 * that each is there, is Parquet, and has the register's columns: a corrupt or foreign file is
 * refused before any analysis runs, naming the file and the check.
 */
export async function attachRegisters(conn: DuckDBConnection, dir: string): Promise<void> {
  await attachOne(conn, 'persons', join(dir, REGISTER_FILES.persons), join(dir, REGISTER_FILES.persons));
  for (const [view, folder] of [
    ['benefit_status', REGISTER_FILES.benefitStatus],
    ['health_contacts', REGISTER_FILES.healthContacts],
  ] as const)
    await attachOne(conn, view, join(dir, folder), join(dir, folder, '*.parquet'));
}
