import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findFigures } from '../../utils/analyze/figures/index';
import { ACRONYM_RULES } from '../../utils/analyze/figures/referent-acronyms';

// The acronym table (STYLE.md "A heuristic is a row"): every row runs on its own invented story.

const labelOf = (paragraphs: string[], value: string): string | undefined => {
  const doc = annotateParagraphs(paragraphs);
  return findFigures({ sentences: doc.sentences, doc }).find((f) => f.value === value)?.measures;
};

describe('figure labels spell out acronyms', () => {
  test('rule names are unique', () => {
    const names = ACRONYM_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(ACRONYM_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    expect(labelOf(paragraphs, figure)).toBe(measures);
  });

  test('an acronym every reader knows stays', () => {
    expect(
      labelOf(['Talks on the vote stalled. Halden Bank spent $4 million on TV ads.'], '$4 million'),
    ).toMatch(/\bTV\b/u);
  });

  test('capitalized words are no spelling of it: they may be another name', () => {
    expect(
      labelOf(['Fenwick Shipping Partners sold boats. The weekly £40 boost in FSP ended.'], '£40'),
    ).toMatch(/\bFSP\b/u);
  });
});
