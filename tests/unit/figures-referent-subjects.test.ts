import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { type LocatedFigure, nameReferents, traceFigures } from '../../utils/analyze/figures/index';
import {
  DESCRIPTION_EXAMPLES,
  describedSubject,
} from '../../utils/analyze/figures/referent-descriptions';
import {
  renamedAs,
  SUBJECT_RULES,
  skipOpening,
} from '../../utils/analyze/figures/referent-subjects';

// The subject rows (STYLE.md "A heuristic is a row"): every row runs on its own invented story,
// whose figure label names the organisation only through the row.

function located(paragraphs: string[]): LocatedFigure[] {
  const doc = annotateParagraphs(paragraphs);
  const out = traceFigures(doc.sentences).filter((t): t is LocatedFigure => 'figure' in t);
  nameReferents(out, doc);
  return out;
}

describe('organisation subject rows', () => {
  test('row names are unique', () => {
    const names = SUBJECT_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(SUBJECT_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    const found = located(paragraphs).find((t) => t.figure.value === figure);
    expect(found, `no figure "${figure}"`).toBeDefined();
    expect(found?.figure.measures).toBe(measures);
  });

  test.each([
    ['Earlier this month Corvane bought a dairy.', 'Earlier this month '.length],
    ['Last week Tarnway cut fares.', 'Last week '.length],
    ['In March 2020 Tarnway cut fares.', 'In March 2020 '.length],
    ['In March, Tarnway cut fares.', 0],
    ['Earlier this month the board met.', 0],
    ['Corvane bought a dairy.', 0],
  ])('skipOpening(%j) = %i', (clause, n) => {
    expect(skipOpening(clause)).toBe(n);
  });

  test.each([
    [' had been renamed Tarnway and grew.', 'Tarnway'],
    [', since renamed Tarn Bay Foods, grew.', 'Tarn Bay Foods'],
    [' (now called Tarnway) grew.', 'Tarnway'],
    [' renamed its ferries.', null],
    [' called the mayor.', null],
    [' called Tarnway officials.', null],
  ])('renamedAs(%j) = %j', (after, name) => {
    expect(renamedAs(after)).toBe(name);
  });

  test('a figure right after another name’s possessive stays that name’s', () => {
    const figures = located([
      'Earlier this month Halden Bank bought a rival. At the close its value was $349 billion, just behind Tarn Bay’s $358 billion.',
    ]);
    expect(figures.find((t) => t.figure.value === '$349 billion')?.figure.measures).toContain(
      'Halden Bank’s',
    );
    expect(figures.find((t) => t.figure.value === '$358 billion')?.figure.measures).not.toContain(
      'Halden',
    );
  });
});

describe('the description an "it" stands for', () => {
  test.each(DESCRIPTION_EXAMPLES.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const { paragraphs, figure, measures } = row.example;
    const found = located(paragraphs).find((t) => t.figure.value === figure);
    expect(found, `no figure "${figure}"`).toBeDefined();
    expect(found?.figure.measures).toBe(measures);
  });

  test.each([
    ['a plural subject', 'The ferries said it sold 40 tickets.', '40'],
    ['a role is a person', 'The coach said it took 14 players.', '14'],
    ['a quantity is no actor', 'The rate rose as it hit 5%.', '5%'],
    ['a subordinate subject', 'Sales fell because the plant said it lost 40 staff.', '40'],
  ])('no description: %s', (_why, text, figure) => {
    expect(describedSubject(text, text.indexOf(figure))).toBeNull();
  });
});
