import type { Label } from '../code-lists.ts';

/**
 * Every outcome figure with its name and its definition, in bokmål and English. The UI's definitions
 * panel, the XLSX definitions sheet, the PDF report and the docs read this list, so a figure is
 * described the same way everywhere. Each entry says how the function in this folder computes it.
 */
export interface MetricDefinition {
  id: MetricId;
  name: Label;
  definition: Label;
}

export const METRIC_IDS = [
  'active_caseload',
  'ever_employed',
  'referrals',
  'first_job_starts',
  'job_starts',
  'wage_subsidised_starts',
  'starts_not_counted',
  'hours_per_week',
  'employment_rate_us_lc',
  'employment_rate_ips_grow',
  'in_work_at_referral',
  'education',
  'retention_13_weeks',
  'job_tenure',
  'first_meeting',
  'time_to_employer_contact',
  'time_to_job',
  'discharges',
  'caseload_per_specialist',
  'job_starts_per_fte',
  'community_share',
  'workforce_tenure',
  'annual_turnover',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

const COUNTED_JOB: Label = {
  nb: 'En jobb teller når den er ordinært arbeid (med eller uten lønnstilskudd), lønnet og har minst programmets timegrense per uke (standard 4 timer). Arbeidstrening, VTA, frivillig arbeid og utdanning teller aldri.',
  en: "A job counts when it is ordinary competitive work (with or without wage subsidy), paid, and has at least the programme's hours threshold per week (default 4). Work practice, sheltered work (VTA), volunteering and education never count.",
};

function def(id: MetricId, name: Label, definition: Label): MetricDefinition {
  return { id, name, definition };
}

export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  def(
    'active_caseload',
    { nb: 'Aktive deltakere', en: 'Active caseload' },
    {
      nb: 'Deltakere som var henvist og ikke avsluttet på minst én dag i perioden. En deltaker som henvises på nytt etter avslutning, er aktiv igjen fra den nye henvisningen. Pause teller som aktiv.',
      en: 'Participants referred and not discharged on at least one day of the period. A participant re-referred after discharge is active again from the new referral. A pause counts as active.',
    },
  ),
  def(
    'ever_employed',
    { nb: 'Aktive som har fått jobb', en: 'Active participants who have had a job' },
    {
      nb: 'Andel av de aktive som har startet i en tellende jobb i løpet av IPS innen periodens slutt.',
      en: 'Share of the active caseload who have started a counted job while in IPS by the end of the period.',
    },
  ),
  def(
    'referrals',
    { nb: 'Henvisninger etter kilde', en: 'Referrals by source' },
    {
      nb: 'Henvisninger med dato i perioden, også nye henvisninger etter avslutning, fordelt på henvisende instans.',
      en: 'Referrals dated in the period, re-referrals after discharge included, by referral source.',
    },
  ),
  def(
    'first_job_starts',
    { nb: 'Første jobbstart', en: 'First job starts' },
    {
      nb: `Deltakere hvis første tellende jobbstart i IPS (første lønnede dag, mens deltakeren var aktiv) er i perioden. ${COUNTED_JOB.nb}`,
      en: `Participants whose first counted job start in IPS (first paid day, while on the active caseload) falls in the period. ${COUNTED_JOB.en}`,
    },
  ),
  def(
    'job_starts',
    { nb: 'Alle jobbstarter', en: 'All job starts' },
    {
      nb: `Tellende jobbstarter i perioden, første og senere, mens deltakeren var aktiv. To jobber samtidig er to starter. ${COUNTED_JOB.nb}`,
      en: `Counted job starts in the period, first and later, while on the active caseload. Two jobs held at once are two starts. ${COUNTED_JOB.en}`,
    },
  ),
  def(
    'wage_subsidised_starts',
    { nb: 'Jobbstarter med lønnstilskudd', en: 'Wage-subsidised job starts' },
    {
      nb: 'Jobbstarter i ordinært arbeid med lønnstilskudd. De teller som jobbstarter og vises i tillegg for seg.',
      en: 'Job starts in competitive work with a wage subsidy. They count as job starts and are also shown apart.',
    },
  ),
  def(
    'starts_not_counted',
    { nb: 'Arbeid som ikke teller', en: 'Work that does not count' },
    {
      nb: 'Starter i arbeidstrening, VTA, frivillig arbeid, ulønnet arbeid eller under timegrensen. Vises for å forklare forskjellen, men teller ikke i noe resultatmål.',
      en: 'Starts in work practice, VTA, volunteering, unpaid work or below the hours threshold. Shown to explain the difference; never counted in an outcome.',
    },
  ),
  def(
    'hours_per_week',
    { nb: 'Timer per uke', en: 'Hours per week' },
    {
      nb: 'Gjennomsnittlig avtalt arbeidstid per uke for de tellende jobbstartene i perioden.',
      en: 'Mean contracted hours per week of the counted job starts in the period.',
    },
  ),
  def(
    'employment_rate_us_lc',
    { nb: 'Sysselsettingsrate (US Learning Community)', en: 'Employment rate (US Learning Community)' },
    {
      nb: 'Aktive deltakere som arbeidet minst én dag i en tellende jobb i perioden mens de var aktive, delt på alle aktive deltakere. Nivåer: 31 % minimum, 41 % godt, 50 % fremragende.',
      en: 'Active participants who worked in a counted job on at least one day of the period while active, divided by all active participants. Bands: 31 % minimum, 41 % good, 50 % exceptional.',
    },
  ),
  def(
    'employment_rate_ips_grow',
    { nb: 'Sysselsettingsrate (IPS Grow)', en: 'Employment rate (IPS Grow)' },
    {
      nb: 'Som US Learning Community, men bare blant deltakere som ikke var i arbeid da de ble henvist. Deltakere uten registrert arbeidsstatus ved henvisning er utelatt og vises som ukjent. Mål: minst 40 %.',
      en: 'As US Learning Community, but among participants out of work at referral only. Participants whose work status at referral is not recorded are left out and shown as unknown. Target: at least 40 %.',
    },
  ),
  def(
    'in_work_at_referral',
    { nb: 'I arbeid ved henvisning (jobbevaring)', en: 'In work at referral (job retention)' },
    {
      nb: 'Aktive deltakere som var i arbeid da de ble henvist, og andelen av dem som arbeidet i en tellende jobb i perioden. Rapporteres for seg; jobben de hadde ved henvisning er ingen jobbstart.',
      en: 'Active participants in work when referred, and the share of them who worked in a counted job in the period. Reported apart; the job held at referral is not a job start.',
    },
  ),
  def(
    'education',
    { nb: 'Utdanning (IPS ung)', en: 'Education (IPS ung)' },
    {
      nb: 'Ordinær utdanning startet i perioden mens deltakeren var aktiv, andelen aktive som var i utdanning minst én dag, og andelen i arbeid eller utdanning.',
      en: 'Ordinary education started in the period while active, the share of the active caseload in education on at least one day, and the share in work or education.',
    },
  ),
  def(
    'retention_13_weeks',
    { nb: 'I arbeid 13 uker etter jobbstart', en: 'Working 13 weeks after a job start' },
    {
      nb: 'Av de tellende jobbstartene i perioden som har passert 13 uker (91 dager): andelen der deltakeren er i en tellende jobb (den samme eller en annen) på dag 91. Starter som ikke har nådd 13 uker, vises som ventende. IPS Grow: minst 65 %.',
      en: 'Of the counted job starts in the period that are 13 weeks (91 days) old: the share where the participant is in a counted job (the same or another) on day 91. Starts not yet 13 weeks old are shown as pending. IPS Grow: at least 65 %.',
    },
  ),
  def(
    'job_tenure',
    { nb: 'Varighet i jobb (Kaplan–Meier)', en: 'Job tenure (Kaplan–Meier)' },
    {
      nb: 'Uker fra første til siste arbeidsdag for tellende jobber startet i perioden. Jobber som fortsatt pågår, er sensurert på rapportdagen. Median og kurve etter Kaplan–Meier, med antall i risiko.',
      en: 'Weeks from the first to the last working day of counted jobs started in the period. Jobs still running are censored at the report date. Kaplan–Meier median and curve, with the number at risk.',
    },
  ),
  def(
    'first_meeting',
    { nb: 'Første møte', en: 'First meeting' },
    {
      nb: 'Henvisninger i perioden der deltakeren har hatt sitt første møte: den første gjennomførte kontakten ansikt til ansikt med deltakeren selv etter henvisningen, før avslutning og innen rapportdagen. Telefon, video, meldinger, uteblitte møter, oppsøkende forsøk og møter med andre om deltakeren er ikke møter. Trinn to i trakten henvisning → første møte → første arbeidsgiverkontakt → første jobbstart, der hvert trinn telles for henvisningene i perioden.',
      en: 'Referrals in the period where the participant has had her first meeting: the first held face-to-face contact with the participant herself after the referral, before discharge and by the report date. Phone, video, messages, no-shows, outreach attempts and meetings with others about her are not meetings. Step two of the funnel referral → first meeting → first employer contact → first job start, each step counted for the referrals of the period.',
    },
  ),
  def(
    'time_to_employer_contact',
    { nb: 'Tid til første arbeidsgiverkontakt', en: 'Time to first employer contact' },
    {
      nb: 'Uker fra henvisning til første arbeidsgiverkontakt ansikt til ansikt for deltakeren, for henvisninger i perioden. Uten kontakt er tiden sensurert ved avslutning eller rapportdagen; andelen sensurert vises ved medianen.',
      en: 'Weeks from referral to the first face-to-face employer contact for the participant, for referrals in the period. Without a contact the time is censored at discharge or the report date; the share censored is shown with the median.',
    },
  ),
  def(
    'time_to_job',
    { nb: 'Tid til første jobbstart', en: 'Time to first job start' },
    {
      nb: 'Uker fra henvisning til første tellende jobbstart, for henvisninger i perioden, sensurert ved avslutning eller rapportdagen.',
      en: 'Weeks from referral to the first counted job start, for referrals in the period, censored at discharge or the report date.',
    },
  ),
  def(
    'discharges',
    { nb: 'Avslutninger etter årsak', en: 'Discharges by reason' },
    {
      nb: 'Avslutninger med dato i perioden, fordelt på årsak; andelen avsluttet i arbeid vises særskilt.',
      en: 'Discharges dated in the period, by reason; the share discharged in work is shown apart.',
    },
  ),
  def(
    'caseload_per_specialist',
    { nb: 'Deltakere per jobbspesialist', en: 'Caseload per job specialist' },
    {
      nb: 'Aktive deltakere på periodens siste dag delt på jobbspesialister (og på årsverk) ansatt den dagen.',
      en: 'Active participants on the last day of the period divided by the job specialists (and by the FTE) employed that day.',
    },
  ),
  def(
    'job_starts_per_fte',
    { nb: 'Jobbstarter per årsverk', en: 'Job starts per FTE' },
    {
      nb: 'Tellende jobbstarter i perioden delt på jobbspesialistenes årsverk ved periodens slutt, målt mot målet per kvartal (ganget med 4 for et år).',
      en: 'Counted job starts in the period divided by the job specialists’ FTE at its end, against the per-quarter target (multiplied by 4 for a year).',
    },
  ),
  def(
    'community_share',
    { nb: 'Andel tid ute i samfunnet', en: 'Community-time share' },
    {
      nb: 'Registrerte minutter ute i samfunnet delt på minutter ute, på kontor og i teammøter. Reisetid er holdt utenfor.',
      en: 'Logged minutes in the community divided by minutes in the community, in the office and in team meetings. Travel is left out.',
    },
  ),
  def(
    'workforce_tenure',
    { nb: 'Jobbspesialistenes ansettelsestid', en: 'Job specialists’ tenure' },
    {
      nb: 'Gjennomsnittlig tjenestetid for jobbspesialister ansatt ved periodens slutt, og Kaplan–Meier for ansettelser som startet i perioden (pågående sensurert).',
      en: 'Mean service of the job specialists employed at the end of the period, and Kaplan–Meier of employments started in the period (ongoing ones censored).',
    },
  ),
  def(
    'annual_turnover',
    { nb: 'Årlig turnover', en: 'Annual turnover' },
    {
      nb: 'Jobbspesialister som sluttet i perioden delt på gjennomsnittet av antall ansatt ved periodens start og slutt, regnet per år (et kvartal ganges med 4).',
      en: 'Job specialists who left in the period divided by the mean headcount at its start and end, per year (a quarter multiplied by 4).',
    },
  ),
];

export function definitionOf(id: MetricId): MetricDefinition {
  const found = METRIC_DEFINITIONS.find((d) => d.id === id);
  if (!found) throw new Error(`no definition for ${id}`);
  return found;
}
