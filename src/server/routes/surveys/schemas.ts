import { z } from 'zod';
import { IsoDate, Uuid } from '../common-schemas.ts';

const Text = z.string().min(1).max(500);
const ItemId = z.string().regex(/^[a-z0-9_-]{1,40}$/, 'must be 1–40 of a–z, 0–9, _ and -');
const Option = z.object({ id: ItemId, text: Text });

const Item = z.discriminatedUnion('kind', [
  z.object({
    id: ItemId,
    kind: z.literal('likert'),
    text: Text,
    scale: z.number().int().min(2).max(11).optional().describe('the number of points, 5 when not given'),
    anchors: z.object({ low: Text, high: Text }).optional().describe('the words at the two ends'),
  }),
  z.object({
    id: ItemId,
    kind: z.enum(['single', 'multiple']),
    text: Text,
    options: z.array(Option).min(2).max(20),
  }),
  z.object({ id: ItemId, kind: z.literal('free_text'), text: Text }),
]);

export const Sections = z
  .array(z.object({ title: Text, items: z.array(Item).min(1).max(100) }))
  .min(1)
  .max(20)
  .describe('sections of items, in Norwegian: likert 1–scale, single or multiple choice, free text');

export const QuestionnaireBody = z.object({ title: z.string().min(1).max(200), sections: Sections });
export const QuestionnaireCreated = z.object({
  questionnaireId: Uuid,
  versionId: Uuid,
  version: z.number().int(),
});

export const QuestionnaireParams = z.object({ id: Uuid });
export const VersionBody = z.object({ sections: Sections });
export const Questionnaires = z.object({
  items: z.array(
    QuestionnaireCreated.extend({
      title: z.string(),
      sections: Sections,
      surveys: z.number().int().describe('surveys sent of any version: an edit is saved as a new version'),
    }),
  ),
});

export const SurveyBody = z.object({
  questionnaireVersionId: Uuid,
  title: z.string().min(1).max(200),
  anonymity: z.enum(['anonymous', 'pseudonymous']).describe('stated to every respondent'),
  opensOn: IsoDate,
  closesOn: IsoDate,
  programmeIds: z.array(Uuid).min(1).max(200),
});
export const SurveyCreated = z.object({ surveyId: Uuid });
export const SurveyParams = z.object({ id: Uuid });

export const SentLinks = z.object({
  items: z.array(z.object({ userId: Uuid, displayName: z.string(), programmeId: Uuid, token: z.string() })),
});
export const Pending = z.object({
  items: z.array(z.object({ userId: Uuid, displayName: z.string(), programmeId: Uuid })),
});

const Cell = z.object({ value: z.number().nullable(), suppressed: z.boolean() });

export const SurveyList = z.object({
  threshold: z.number().int().describe('k: a response count from 1 to k − 1 is withheld'),
  items: z.array(
    z.object({
      id: Uuid,
      title: z.string(),
      questionnaireTitle: z.string(),
      version: z.number().int(),
      anonymity: z.enum(['anonymous', 'pseudonymous']),
      opensOn: IsoDate,
      closesOn: IsoDate,
      status: z.enum(['scheduled', 'open', 'closed']),
      programmes: z.array(z.string()),
      links: z.number().int(),
      responses: Cell.describe('the number of responses, withheld from 1 to k − 1'),
    }),
  ),
});
export const SurveyProgrammes = z.object({ items: z.array(z.object({ id: Uuid, name: z.string() })) });

export const LinkageQuery = z.object({
  itemId: z.string().min(1).max(40).describe('a Likert item of the survey'),
  from: IsoDate,
  to: IsoDate,
});
const WorkforceCells = {
  specialists: Cell,
  leavers: Cell,
  annualTurnover: Cell,
  medianServiceYears: Cell,
};
const AnswerGroup = z.enum(['low', 'middle', 'high']);
export const SurveyLinkage = z.object({
  itemId: z.string(),
  scale: z.number().int(),
  from: IsoDate,
  to: IsoDate,
  threshold: z.number().int(),
  programmes: z.array(
    z.object({
      programmeId: Uuid,
      programmeName: z.string(),
      respondents: Cell,
      meanAnswer: z.number().nullable(),
      group: AnswerGroup.nullable(),
      ...WorkforceCells,
    }),
  ),
  groups: z.array(
    z.object({ group: AnswerGroup, programmes: z.number().int(), respondents: Cell, ...WorkforceCells }),
  ),
});
export const SurveyResults = z.object({
  withheld: z
    .boolean()
    .describe('true when fewer than threshold respondents answered: nothing else is shown'),
  threshold: z.number().int(),
  respondents: z.number().int().optional(),
  sections: Sections,
  items: z
    .array(
      z.object({
        itemId: z.string(),
        kind: z.enum(['likert', 'single', 'multiple', 'free_text']),
        categories: z.array(z.string()),
        cells: z.array(Cell),
        answered: Cell,
      }),
    )
    .optional(),
});

const Answer = z.union([z.number(), z.string().max(4000), z.array(z.string()).max(20)]);
export const Answers = z.record(z.string().max(40), Answer);
export const ResponseFile = z.object({
  items: z.array(z.object({ respondent: z.string(), programmeId: Uuid, answers: Answers })),
});

export const LinkParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a survey link'),
});
export const SurveyForRespondent = z.object({
  title: z.string(),
  anonymity: z.enum(['anonymous', 'pseudonymous']),
  opensOn: IsoDate,
  closesOn: IsoDate,
  sections: Sections,
});
export const AnswerBody = z.object({ answers: Answers });
