import { describe, expect, it } from 'vitest';
import { aggregateSurvey } from './aggregate.ts';
import { answerProblems } from './answers.ts';
import { linkItemToWorkforce } from './linkage.ts';
import { questionnaireProblems, type SurveySection } from './questionnaire.ts';

const sections: SurveySection[] = [
  {
    title: 'Teamet',
    items: [
      { id: 'integration', kind: 'likert', text: 'Jeg er en del av behandlingsteamet' },
      {
        id: 'role',
        kind: 'single',
        text: 'Stilling',
        options: [
          { id: 'full', text: 'Hel' },
          { id: 'part', text: 'Deltid' },
        ],
      },
      {
        id: 'tasks',
        kind: 'multiple',
        text: 'Oppgaver',
        options: [
          { id: 'jobs', text: 'Jobbsøk' },
          { id: 'follow', text: 'Oppfølging' },
        ],
      },
      { id: 'comment', kind: 'free_text', text: 'Kommentar' },
    ],
  },
];

describe('questionnaire validation', () => {
  it('accepts a questionnaire with every item kind', () => {
    expect(questionnaireProblems(sections)).toEqual([]);
  });

  it('names an item id used twice, a choice with one option, and an empty section', () => {
    const bad: SurveySection[] = [
      {
        title: 'A',
        items: [
          { id: 'x', kind: 'likert', text: 'a' },
          { id: 'x', kind: 'single', text: 'b', options: [{ id: 'o', text: 'o' }] },
        ],
      },
      { title: 'B', items: [] },
    ];
    expect(questionnaireProblems(bad).map((e) => e.path)).toEqual([
      'sections.0.items.1.id',
      'sections.0.items.1.options',
      'sections.1.items',
    ]);
  });
});

describe('answer validation', () => {
  it('names a Likert value out of range, an unknown option and an unknown item', () => {
    const problems = answerProblems(sections, {
      integration: 6,
      role: 'none',
      tasks: ['jobs', 'jobs'],
      nope: 'x',
    });
    expect(problems.map((e) => e.path)).toEqual([
      'answers.integration',
      'answers.role',
      'answers.tasks',
      'answers.nope',
    ]);
  });

  it('accepts a partial response', () => {
    expect(answerProblems(sections, { integration: 4, tasks: ['follow'], comment: 'ok' })).toEqual([]);
  });
});

describe('aggregation with k respondents per cell', () => {
  it('withholds everything when fewer than k answered', () => {
    const responses = Array.from({ length: 4 }, () => ({ integration: 5 }));
    expect(aggregateSurvey(sections, responses, 5)).toEqual({ withheld: true, threshold: 5 });
  });

  it('withholds small cells and the cell that would give them away', () => {
    const responses = [...Array.from({ length: 7 }, () => ({ integration: 4 })), { integration: 2 }];
    const result = aggregateSurvey(sections, responses, 5);
    if (result.withheld) throw new Error('expected aggregates');
    const likert = result.items[0];
    expect(likert?.cells.map((c) => (c.suppressed ? '<5' : c.value))).toEqual([0, '<5', 0, '<5', 0]);
    expect(result.items[3]?.cells).toEqual([]);
  });

  it('withholds a multiple-choice option that few did not choose', () => {
    const responses = Array.from({ length: 6 }, (_, i) => ({
      tasks: i === 0 ? ['jobs'] : ['jobs', 'follow'],
    }));
    const result = aggregateSurvey(sections, responses, 5);
    if (result.withheld) throw new Error('expected aggregates');
    expect(result.items[2]?.cells.map((c) => c.suppressed)).toEqual([false, true]);
  });
});

describe('programme-level linkage to turnover', () => {
  const window = { from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31' };
  const spell = (userId: string, programmeId: string, endDate: string | null) => ({
    userId,
    programmeId,
    startDate: '2025-01-01',
    endDate,
    fte: 1,
    endReason: endDate ? 'resigned' : null,
  });

  it('shows a programme mean only with k respondents, and bands turnover by it', () => {
    const result = linkItemToWorkforce({
      itemId: 'integration',
      responsesByProgramme: new Map([
        ['p1', Array.from({ length: 5 }, () => ({ integration: 2 }))],
        ['p2', Array.from({ length: 3 }, () => ({ integration: 5 }))],
      ]),
      spells: [spell('a', 'p1', '2026-06-30'), spell('b', 'p1', null), spell('c', 'p2', null)],
      window,
      threshold: 5,
    });
    expect(result.programmes.map((p) => [p.programmeId, p.respondents.suppressed, p.meanAnswer])).toEqual([
      ['p1', false, 2],
      ['p2', true, null],
    ]);
    expect(result.bands).toHaveLength(1);
    expect(result.bands[0]?.band).toBe('low');
    expect(result.bands[0]?.annualTurnover).toBeCloseTo(1 / (365 / 365.25) / 1.5, 10);
  });
});
