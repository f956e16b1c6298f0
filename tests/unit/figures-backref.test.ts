import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { BACKREF_RULES } from '../../utils/analyze/figures/backref-rules';
import { type LocatedFigure, traceFigures } from '../../utils/analyze/figures/index';

// The back-reference table (STYLE.md "A heuristic is a row"): every row runs on its own
// invented story, which must reach that row and give its `measures`.

function located(paragraphs: string[]): LocatedFigure[] {
  const doc = annotateParagraphs(paragraphs);
  return traceFigures(doc.sentences).filter((t): t is LocatedFigure => 'figure' in t);
}

const labelOf = (paragraphs: string[], value: string): string | undefined =>
  located(paragraphs).find((t) => t.figure.value === value)?.figure.measures;

describe('figure back-reference rules', () => {
  test('rule names are unique', () => {
    const names = BACKREF_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(BACKREF_RULES.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    const found = located(paragraphs).find((t) => t.figure.value === figure);
    expect(found, `no figure "${figure}"`).toBeDefined();
    expect(found?.rule.split('+')).toContain(name);
    expect(found?.figure.measures).toBe(measures);
  });

  test('a rank that names its own list keeps it', () => {
    expect(
      labelOf(
        ['A poll ranked Rosa Pinto the 40th best rower in Europe. She is No. 9 on the club list.'],
        'No. 9',
      ),
    ).not.toContain('best rower');
  });

  test('a time that opens the sentence without a comma replaces the old one', () => {
    expect(
      labelOf(
        [
          'Exports had long been about 40 percent of output. During the slump it fell to 25 percent.',
        ],
        '25 percent',
      ),
    ).toBe('Exports as share of output during the slump');
  });

  test('a figure of another paragraph is not referred to', () => {
    expect(
      labelOf(['The jobless rate was 4.1% in March.', 'It rose to 4.6% in June.'], '4.6%'),
    ).not.toMatch(/jobless/u);
  });

  test('a figure of another kind is not referred to', () => {
    expect(
      labelOf(['The port earned $4 million in March. It rose to 4.6% in June.'], '4.6%'),
    ).not.toMatch(/earned|port/u);
  });

  test.each([
    [
      'a time said as "a year earlier"',
      'The jobless rate was 4.1% in March. That compares with 3.9% a year earlier.',
      '3.9%',
      'jobless rate a year earlier',
    ],
    [
      'no time at all',
      'Halden Bank lent £40m to farmers. That is down from £52m.',
      '£52m',
      'amount Halden Bank lent to farmers before',
    ],
    [
      'a count set against a bare number',
      'Ferry tickets sold reached 90,000 in May. This was up from 70,000 tickets a year before.',
      '70,000 tickets',
      'Ferry tickets sold a year before',
    ],
  ])('an earlier level set against the figure before, %s', (_case, text, value, measures) => {
    expect(labelOf([text], value)).toBe(measures);
  });

  test('a clause with a subject of its own keeps its label', () => {
    expect(
      labelOf(['The jobless rate was 4.1% in March. Inflation rose to 4.6% in June.'], '4.6%'),
    ).not.toMatch(/jobless/u);
  });
});
