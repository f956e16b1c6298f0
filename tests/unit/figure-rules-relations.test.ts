import { describe, expect, test } from 'vitest';
import { amountOf, unitOf } from '../../utils/analyze/figures/amount';
import { CHECK_RULES } from '../../utils/analyze/figures/checks';
import { findFigures } from '../../utils/analyze/figures/index';
import { RELATION_RULES } from '../../utils/analyze/figures/relations';
import { splitSentences } from '../../utils/analyze/sentences';
import { tracedFigure } from '../harness/figure-trace';

// The joining and checking tables (STYLE.md "A heuristic is a row"): every row runs on its own
// invented example, which must reach that row.

describe('figure relation rules', () => {
  test.each(RELATION_RULES.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    const { sentence, figure } = rule.example;
    const found = tracedFigure(sentence, figure.value ?? '');
    expect(found, `no figure "${figure.value}" in "${sentence}"`).toBeDefined();
    expect(found && 'rule' in found && found.rule.endsWith(`+${name}`)).toBe(true);
    expect(found).toMatchObject({ figure });
  });

  test.each([
    ['Salaries range from $25,000 to $40,000 a year.', '$25,000 to $40,000 a year'],
    [
      'Forecasters expect growth of 0.6 to 1.1 percentage points next year.',
      '0.6 to 1.1 percentage points',
    ],
    [
      'The forecast came down from a range of $19.5 billion to $20 billion.',
      '$19.5 billion to $20 billion',
    ],
    [
      'Halvorsen expects revenue of $8.2 billion to $8.6 billion for the year.',
      '$8.2 billion to $8.6 billion',
    ],
  ])('a range stays a range: %s', (sentence, value) => {
    const figures = findFigures(splitSentences([sentence]));
    expect(figures.map((f) => f.value)).toContain(value);
    expect(figures.every((f) => !f.change)).toBe(true);
  });

  test('a move in percent between two percentages is told apart from percentage points', () => {
    const [figure] = findFigures(splitSentences(['Prices rose 2% from 3% to 5% this year.']));
    expect(figure?.change).toEqual({ from: '3%', to: '5%', by: '2%', direction: 'up' });
    expect(figure?.check?.reason).toMatch(/2 percentage points, a 67% change/);
  });

  test('a conversion of another kind (a share of money) is two figures', () => {
    const figures = findFigures(splitSentences(['The levy raised $40 million (12%) last year.']));
    expect(figures.map((f) => f.value)).toEqual(['$40 million', '12%']);
  });
});

describe('figure check rules', () => {
  test.each(CHECK_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { title, text, flagged } = rule.example;
    const figures = findFigures({ sentences: splitSentences([text]), title: title ?? null });
    const figure = figures.find((f) => f.value === flagged);
    expect(figure?.check, JSON.stringify(figures)).toBeDefined();
    expect(figures.filter((f) => f.check)).toHaveLength(1);
    if (title) expect(figure?.check?.sentences).toEqual([-1, 0]);
  });

  test.each([
    ['Storm cuts power to 14,000 homes', 'The storm cut power to 14,000 homes on Monday.'],
    ['Storm cuts power to nearly 14,000 homes', 'The storm cut power to 13,600 homes on Monday.'],
    ['Soup in forty minutes', 'The lentils cook in about twenty minutes.'],
    ['Three hurt in crash', 'Two drivers and a cyclist were hurt in the crash on Monday.'],
  ])('no check: %s', (title, text) => {
    const figures = findFigures({ sentences: splitSentences([text]), title });
    expect(figures.filter((f) => f.check)).toEqual([]);
  });

  test('parts within their total are not flagged', () => {
    const text = 'Some 120 people were hurt, including 70 children and 20 adults, officials said.';
    expect(findFigures(splitSentences([text])).filter((f) => f.check)).toEqual([]);
  });
});

describe('amounts', () => {
  test.each([
    ['$6.4bn', 6.4e9, 'money:$'],
    ['£5bn', 5e9, 'money:£'],
    ['three-quarters of a percentage point', 0.75, 'points'],
    ['Twelve', 12, 'count'],
    ['2.45%', 2.45, 'percent'],
    ['25 basis points', 0.25, 'points'],
    ['40,000 homes', 40000, 'count'],
  ])('%s', (value, n, unit) => {
    expect(amountOf(value)?.n).toBeCloseTo(n);
    expect(unitOf(value)).toBe(unit);
  });
});
