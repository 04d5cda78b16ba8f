import type { caseloadNb } from './caseload-nb.ts';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const caseloadEn: typeof caseloadNb = {
  specialistPicker: 'Show participants and tasks of',
  noSpecialists: 'The programme has no active job specialists.',
  tasks: {
    heading: 'Tasks today',
    empty: 'No tasks right now',
    groups: {
      overdue: 'Overdue',
      today: 'Due today',
      upcoming: 'Due soon',
      undated: 'No due date',
    },
    kinds: {
      follow_along_overdue: 'Follow-along overdue',
      consent_expiring: 'Consent expiring',
      benefits_plan_missing: 'Benefits plan missing',
      rapid_search: 'Rapid job search: no employer contact',
      next_step_due: 'Next step due',
    },
    due: (date: string) => `Due ${date}`,
    noDueDate: 'No due date',
    followAlong: (job: string, lastContact: string | null) =>
      lastContact ? `${job}: last contact ${lastContact}` : `${job}: no contact since the start`,
    consentValidTo: (date: string) => `Consent valid until ${date}`,
    benefitsPlanStage: (stage: string) => `Stage: ${stage}`,
    rapidSearch: (n: number) => `${days(n)} since referral`,
  },
  caseload: {
    heading: 'Participants',
    tableLabel: 'Participants',
    size: (active: number, max: number) => `${active} active participants of at most ${max}`,
    sizeBar: 'Active participants against the maximum',
    overMax: 'Over the maximum',
    empty: 'No participants yet.',
    columns: {
      name: 'Name',
      stage: 'Stage',
      daysSinceLastContact: 'Days since last contact',
      daysSinceReferral: 'Days since referral',
      nextStep: 'Next step',
      currentJob: 'Current job',
      reassign: 'Move to',
    },
    noContact: 'No contact yet',
    nextStepOn: (text: string, date: string) => `${text} (${date})`,
    jobSince: (title: string, type: string, date: string) => `${title}, ${type}, since ${date}`,
    rapidSearch: (n: number) => `Rapid job search: ${days(n)} without employer contact`,
    noShows: (n: number) => `Did not attend ${n} ${n === 1 ? 'time' : 'times'} in the last 30 days`,
    priority: 'Priority',
    discharged: 'Discharged',
  },
  reassign: {
    label: (name: string) => `New job specialist for ${name}`,
    choose: 'Choose job specialist',
    submit: 'Move',
    required: 'Choose a job specialist.',
    invalid: 'Choose an active job specialist of the programme.',
    moved: (participant: string, specialist: string) => `${participant} has been moved to ${specialist}.`,
  },
  overview: {
    intro: 'Each job specialist’s caseload against the maximum, and who is waiting in the referral queue.',
    chartHeading: 'Caseloads',
    chartTitle: 'Active participants per job specialist',
    activeSeries: 'Active participants',
    anchor: (max: number) => `Max ${max} (IPS-25)`,
    tableLabel: 'Caseload per job specialist',
    columns: {
      specialist: 'Job specialist',
      fte: 'Position',
      active: 'Active',
      inWork: 'In work',
      referred: 'Referred',
    },
    fte: (percent: number) => `${percent} %`,
    unassigned: (n: number) =>
      n === 1
        ? '1 active participant has no job specialist.'
        : `${n} active participants have no job specialist.`,
    queueHeading: 'Referral queue',
    queueIntro: 'People under 30 come first. Move a participant to a job specialist with room.',
    queueLabel: 'Referred participants',
    queueEmpty: 'Nobody is waiting in the referral queue.',
    queueColumns: {
      name: 'Name',
      referralDate: 'Referral date',
      track: 'Track',
      jobSpecialist: 'Job specialist',
      reassign: 'Move to',
    },
    priority: 'Under 30 – prioritise',
    noSpecialist: 'Not assigned',
  },
};
