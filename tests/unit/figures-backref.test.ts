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

  test('a clause with a subject of its own keeps its label', () => {
    expect(
      labelOf(['The jobless rate was 4.1% in March. Inflation rose to 4.6% in June.'], '4.6%'),
    ).not.toMatch(/jobless/u);
  });
});
