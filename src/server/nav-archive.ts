import { AppError } from '../domain/app-error.ts';
import type { ReportArchive, ReportForArchive } from '../domain/guidance-report/report.ts';
import { REPORT_TITLES, renderGuidanceReport } from './pdf/guidance-report.ts';

/** Filing waits on a person pressing a button: past this the attempt is recorded as failed and may be retried. */
export const ARCHIVE_TIMEOUT_MS = 10_000;

/**
 * NAV's document archive (dokarkiv, "opprett journalpost"): POST {base}/rest/journalpostapi/v1/journalpost
 * with the journal post as JSON and the PDF in base64. A guidance report is a note (NOTAT) under the
 * theme OPP (oppfølging) about the participant (bruker, by fødselsnummer). eksternReferanseId makes
 * the call idempotent: the archive answers 409 with the journal post it already has.
 */
export function journalpostRequest(delivery: ReportForArchive, pdf: Buffer) {
  const { report, participant } = delivery;
  const tittel = `${REPORT_TITLES[report.kind]} ${report.periodFrom}–${report.periodTo}`;
  return {
    tittel,
    journalposttype: 'NOTAT',
    tema: 'OPP',
    kanal: 'INGEN_DISTRIBUSJON',
    bruker: { id: participant.fnr, idType: 'FNR' },
    eksternReferanseId: delivery.externalReference,
    sak: { sakstype: 'GENERELL_SAK' },
    dokumenter: [
      {
        tittel,
        brevkode: report.kind === 'final' ? 'IPS_SLUTTRAPPORT' : 'IPS_VEILEDNINGSRAPPORT',
        dokumentvarianter: [
          { filtype: 'PDFA', variantformat: 'ARKIV', fysiskDokument: pdf.toString('base64') },
        ],
      },
    ],
  };
}

export function navArchive(baseUrl: string, timeoutMs = ARCHIVE_TIMEOUT_MS): ReportArchive {
  const url = `${baseUrl.replace(/\/+$/, '')}/rest/journalpostapi/v1/journalpost`;
  return {
    async file(delivery) {
      const body = JSON.stringify(journalpostRequest(delivery, await renderGuidanceReport(delivery)));
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        return await post(url, body, signal);
      } catch (error) {
        if (signal.aborted)
          throw new AppError('archive_timeout', `NAV’s archive did not answer within ${timeoutMs} ms`);
        if (error instanceof AppError) throw error;
        throw new AppError('archive_unavailable', 'NAV’s archive could not be reached');
      }
    },
  };
}

async function post(url: string, body: string, signal: AbortSignal): Promise<{ journalpostId: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    signal,
  });
  const answer = (await response.json().catch(() => null)) as {
    journalpostId?: unknown;
    message?: unknown;
  } | null;
  // 409: a journal post with this eksternReferanseId exists already (an earlier attempt got through).
  if ((response.ok || response.status === 409) && typeof answer?.journalpostId === 'string')
    return { journalpostId: answer.journalpostId };
  const said = typeof answer?.message === 'string' ? `: ${answer.message}` : '';
  if (response.status >= 400 && response.status < 500)
    throw new AppError('archive_rejected', `NAV’s archive refused the report (${response.status})${said}`);
  throw new AppError('archive_unavailable', `NAV’s archive answered ${response.status}${said}`);
}
