import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '../../db/audit/writer.ts';
import { AppError } from '../../domain/app-error.ts';
import { checkedSettings, type DisclosureSettings } from '../disclosure.ts';
import { openDuckDb } from '../duckdb.ts';
import { attachRegisters } from './attach.ts';
import { type PublishedAnalysis, publishAnalysis } from './publish.ts';
import { runAnalysis } from './run.ts';
import { analysisCsv } from './tables-csv.ts';

export interface AnalyseRequest {
  registers: string;
  out: string;
  disclosure: DisclosureSettings;
  seed: number;
}

/** Where the analysis's one audit event goes (the platform's writer, as the system actor). */
export type AuditFn = (entry: AuditEntry) => Promise<void>;

/**
 * The disclosure-controlled analysis of the register files in `registers`, checked first (the
 * researcher page's run; the caller has decided and audited it).
 */
export async function publishedAnalysisOf(
  registers: string,
  disclosure: DisclosureSettings,
  seed: number,
): Promise<PublishedAnalysis> {
  const settings = checkedSettings(disclosure);
  const conn = await openDuckDb();
  try {
    await attachRegisters(conn, registers);
    return publishAnalysis(await runAnalysis(conn, seed), settings);
  } finally {
    conn.closeSync();
  }
}

async function writeOutputs(out: string, p: PublishedAnalysis) {
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'analysis.json'), `${JSON.stringify(p, null, 2)}\n`);
  const csv = analysisCsv(p);
  await writeFile(join(out, 'did.csv'), csv.did);
  await writeFile(join(out, 'event_study.csv'), csv.eventStudy);
  await writeFile(join(out, 'disclosure.txt'), `${p.disclosure.note.nb}\n${p.disclosure.note.en}\n`);
}

const SUBJECT = 'research_analysis';

/**
 * Runs the register analysis on the Parquet files in `registers` and writes its disclosure-
 * controlled tables to `out`. Files that are missing, corrupt or not the registers are refused
 * before anything is written, and the refusal is audited as the success is.
 */
export async function analyseRegisters(req: AnalyseRequest, audit: AuditFn): Promise<PublishedAnalysis> {
  const settings = checkedSettings(req.disclosure);
  const conn = await openDuckDb();
  try {
    await attachRegisters(conn, req.registers).catch(async (error: unknown) => {
      if (error instanceof AppError)
        await audit({
          action: 'read',
          subjectType: SUBJECT,
          decision: 'deny',
          reason: error.extra.reason ?? error.code,
          details: { message: error.message },
        });
      throw error;
    });
    const published = publishAnalysis(await runAnalysis(conn, req.seed), settings);
    await writeOutputs(req.out, published);
    await audit({
      action: 'export',
      subjectType: SUBJECT,
      decision: 'allow',
      reason: 'disclosure_controlled',
      legalBasis: 'aggregate_statistics',
      details: { threshold: settings.threshold, roundingBase: settings.roundingBase },
    });
    return published;
  } finally {
    conn.closeSync();
  }
}
