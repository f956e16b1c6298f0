import { describe, expect, test } from 'vitest';
import { annotate } from '../../utils/analyze/annotate';
import { DEFAULT_CLAIM_LIMIT, rankClaims } from '../../utils/analyze/claims';
import { findFigures } from '../../utils/analyze/figures';
import type { Quote } from '../../utils/summary';
import { BUDGET_STORY } from './data/figures-claims-stories';

const doc = annotate({ title: BUDGET_STORY.title, paragraphs: [...BUDGET_STORY.paragraphs] });
const { sentences } = doc;
const quoteSentence = sentences.findIndex((s) => s.text.startsWith('“We had no choice'));
const quotes: Quote[] = [
  {
    sentence: quoteSentence,
    text: 'We had no choice but to raise taxes this year, and nobody on this council is happy about it,',
    speaker: 'Ann Ruiz',
    speakerRole: 'Mayor',
    partial: false,
  },
];
const claims = rankClaims(doc, {
  quotes,
  figures: findFigures(sentences),
});
const claimTexts = claims.map((c) => c.text);

describe('rankClaims', () => {
  test('the lede that matches the headline comes first, with its attribution', () => {
    expect(claims[0]?.sentence).toBe(0);
    expect(claims[0]?.attribution).toMatch(/according to the city finance office/);
  });

  test.each<[string, string]>([
    ['BUDGET AT A GLANCE', 'headings'],
    ['“We had no choice', 'sentences that are mostly a direct quote'],
    ['Ruiz, who emigrated from Chile', 'background biography'],
    [
      'The Riverton City Council approved the $96 million budget on Tuesday, raising',
      'near-duplicates of a better claim',
    ],
  ])('excludes %s (%s)', (start) => {
    expect(claimTexts.some((t) => t.startsWith(start))).toBe(false);
  });

  test.each([
    [
      'claim text is the verbatim sentence',
      () => claims.every((c) => c.text === sentences[c.sentence]?.text),
    ],
    [
      'scores are within 0..1 with 3 decimals',
      () =>
        claims.every(
          (c) => c.score >= 0 && c.score <= 1 && Math.round(c.score * 1000) === c.score * 1000,
        ),
    ],
    [
      'most important first',
      () => claims.every((c, i) => i === 0 || (claims[i - 1]?.score ?? 0) >= c.score),
    ],
    ['at most the default limit', () => claims.length <= DEFAULT_CLAIM_LIMIT],
  ])('%s', (_, check) => {
    expect(check()).toBe(true);
  });

  test.each([0, 1, 2])('honours limit %i', (limit) => {
    expect(rankClaims(doc, { quotes, figures: [], limit })).toHaveLength(limit);
  });

  test('handles an empty story', () => {
    expect(
      rankClaims(annotate({ title: 'x', paragraphs: [] }), { quotes: [], figures: [] }),
    ).toEqual([]);
  });
});
