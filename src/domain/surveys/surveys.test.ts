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

  it('names a Likert scale out of range and an empty anchor', () => {
    const bad: SurveySection[] = [
      {
        title: 'A',
        items: [
          { id: 'x', kind: 'likert', text: 'a', scale: 12 },
          { id: 'y', kind: 'likert', text: 'b', scale: 7, anchors: { low: ' ', high: 'Svært godt' } },
        ],
      },
    ];
    expect(questionnaireProblems(bad).map((e) => e.path)).toEqual([
      'sections.0.items.0.scale',
      'sections.0.items.1.anchors.low',
    ]);
    expect(answerProblems(bad, { y: 7 })).toEqual([]);
    expect(answerProblems(bad, { y: 8 }).map((e) => e.path)).toEqual(['answers.y']);
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
  const spell = (userId: string, programmeId: string, startDate: string, endDate: string | null) => ({
    userId,
    programmeId,
    startDate,
    endDate,
    fte: 1,
    endReason: endDate ? 'resigned' : null,
  });
  const staff = (programmeId: string, n: number, startDate: string) =>
    Array.from({ length: n }, (_, i) => spell(`${programmeId}-${i}`, programmeId, startDate, null));

  it('shows a programme mean only with k respondents, and groups turnover and tenure by it', () => {
    const result = linkItemToWorkforce({
      itemId: 'integration',
      responsesByProgramme: new Map([
        ['p1', Array.from({ length: 5 }, () => ({ integration: 2 }))],
        ['p2', Array.from({ length: 3 }, () => ({ integration: 5 }))],
      ]),
      spells: [
        ...staff('p1', 5, '2025-12-31'),
        ...Array.from({ length: 5 }, (_, i) => spell(`l${i}`, 'p1', '2025-01-01', '2026-06-30')),
        ...staff('p2', 2, '2025-01-01'),
      ],
      window,
      threshold: 5,
    });
    const [p1, p2] = result.programmes;
    expect([p1?.meanAnswer, p1?.group, p2?.meanAnswer, p2?.group]).toEqual([2, 'low', null, null]);
    expect(p2?.respondents).toEqual({ value: null, suppressed: true });
    // p1: 5 leavers, headcount 10 at the start and 5 at the end; 366 days served by each at the end.
    expect(p1?.annualTurnover.value).toBeCloseTo(5 / (365 / 365.25) / 7.5, 12);
    expect(p1?.medianServiceYears.value).toBeCloseTo(365 / 365.25, 12);
    expect(p2?.medianServiceYears).toEqual({ value: null, suppressed: true });
    const low = result.groups.find((g) => g.group === 'low');
    expect(low?.programmes).toBe(1);
    expect(low?.respondents).toEqual({ value: 5, suppressed: false });
    expect(result.groups.find((g) => g.group === 'high')?.programmes).toBe(0);
  });

  it('withholds turnover when a few left, and bands a 7-point scale by its own middle', () => {
    const result = linkItemToWorkforce({
      itemId: 'integration',
      scale: 7,
      responsesByProgramme: new Map([['p1', Array.from({ length: 6 }, () => ({ integration: 5 }))]]),
      spells: [...staff('p1', 6, '2024-01-01'), spell('x', 'p1', '2024-01-01', '2026-03-01')],
      window,
      threshold: 5,
    });
    expect(result.programmes[0]?.group).toBe('middle');
    expect(result.programmes[0]?.leavers).toEqual({ value: null, suppressed: true });
    expect(result.programmes[0]?.annualTurnover).toEqual({ value: null, suppressed: true });
  });
});
