import { describe, expect, test } from 'vitest';
import { annotate } from '../../utils/analyze/annotate';
import {
  claimCandidates,
  NOT_A_CLAIM,
  POSITION_PRIOR,
  positionBucket,
} from '../../utils/analyze/claim-candidates';
import {
  DEFAULT_CLAIM_LIMIT,
  rankClaims,
  relevance,
  selectClaims,
} from '../../utils/analyze/claims';
import { findFigures } from '../../utils/analyze/figures';
import type { Quote } from '../../utils/summary';
import { BUDGET_STORY } from './data/figures-claims-stories';

const doc = annotate({ title: BUDGET_STORY.title, paragraphs: [...BUDGET_STORY.paragraphs] });
const { sentences } = doc;
const quoteSentence = sentences.findIndex((s) => s.text.startsWith('“We had no choice'));
const quote = (speaker: string | null): Quote[] => [
  {
    sentence: quoteSentence,
    text: 'We had no choice but to raise taxes this year, and nobody on this council is happy about it,',
    speaker,
    speakerRole: speaker ? 'Mayor' : null,
    partial: false,
  },
];
const quotes = quote('Ann Ruiz');
const claims = rankClaims(doc, { quotes, figures: findFigures(sentences) });
const all = rankClaims(doc, { quotes, figures: findFigures(sentences), limit: 50 });

/** A story from invented sentences, one paragraph each. */
const story = (...paragraphs: string[]) =>
  annotate({ title: 'Port reopens after strike', paragraphs });

describe('rankClaims', () => {
  test('the lede comes first, without its dateline, with its attribution', () => {
    expect(claims[0]?.sentence).toBe(0);
    expect(claims[0]?.text).toMatch(/^The Riverton City Council approved/);
    expect(claims[0]?.attribution).toMatch(/according to the city finance office/);
  });

  test.each<[string, string]>([
    ['BUDGET AT A GLANCE', 'headings'],
    ['Ruiz, who emigrated from Chile', 'background biography'],
    [
      'The Riverton City Council approved the $96 million budget on Tuesday, raising',
      'near-duplicates of a better claim',
    ],
  ])('excludes %s (%s)', (start) => {
    expect(all.some((c) => c.text.startsWith(start))).toBe(false);
  });

  test('a claim that is a direct quote says who said it', () => {
    const quoted = all.find((c) => c.sentence === quoteSentence);
    expect(quoted?.attribution).toBe('Ann Ruiz');
  });

  test('a sentence that is mostly a quote nobody is named for is no claim', () => {
    const unattributed = rankClaims(doc, { quotes: quote(null), figures: [], limit: 50 });
    expect(unattributed.some((c) => c.sentence === quoteSentence)).toBe(false);
  });

  test.each([
    [
      'claim text is a verbatim span of its sentence',
      () => claims.every((c) => sentences[c.sentence]?.text.endsWith(c.text)),
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
      () => all.every((c, i) => i === 0 || (all[i - 1]?.score ?? 0) >= c.score),
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

describe('page furniture is never a claim', () => {
  test.each(NOT_A_CLAIM.map((row) => [row.name, row]))('%s: its example', (_, row) => {
    expect(row.test.test(row.example)).toBe(true);
    const doc = story(
      'The port of Riverton reopened on Monday after a two-day strike by dockworkers ended.',
      row.example,
      'Ships that had waited offshore began unloading grain and fuel at the port on Monday night.',
    );
    const texts = rankClaims(doc, { quotes: [], figures: [], limit: 10 }).map((c) => c.text);
    expect(texts).not.toContain(row.example);
  });

  test.each([
    'The photo agency said the picture was taken on Monday by a staff photographer.',
    'Readers who follow the port closely said the strike had been expected for weeks.',
    'The related inquiry into the strike will report to the council in March next year.',
  ])('keeps an ordinary sentence: %s', (text) => {
    expect(NOT_A_CLAIM.some((row) => row.test.test(text))).toBe(false);
  });
});

describe('ranking', () => {
  test.each([
    [0, 20, 0],
    [2, 20, 2],
    [3, 20, 4],
    [19, 20, 12],
    [500, 1000, 8],
  ])('rank %i of %i candidates is in prior bucket %i', (rank, count, bucket) => {
    expect(positionBucket(rank, count)).toBe(bucket);
  });

  test('the prior never rises further into the story', () => {
    expect(POSITION_PRIOR.every((p, i) => i === 0 || p <= (POSITION_PRIOR[i - 1] ?? 1))).toBe(true);
  });

  test('relevance is within 0..1', () => {
    const candidates = claimCandidates(doc, { quotes, figures: findFigures(sentences) });
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(relevance(c)).toBeGreaterThan(0);
      expect(relevance(c)).toBeLessThan(1);
    }
  });

  test('maximal marginal relevance prefers a new fact to a restatement', () => {
    const doc = story(
      'The port of Riverton reopened on Monday after a two-day strike by dockworkers over pay ended.',
      'Dockworkers ended their two-day strike over pay on Monday and the port of Riverton reopened.',
      'Grain exporters said the strike had cost them about $4 million in delayed shipments.',
    );
    const candidates = claimCandidates(doc, { quotes: [], figures: findFigures(doc.sentences) });
    const picked = selectClaims(candidates, 2).map(({ candidate }) => candidate.position);
    expect(picked).toEqual([0, 2]);
  });

  test('a long story stays linear: every sentence gets a centrality', () => {
    const paragraphs = Array.from(
      { length: 600 },
      (_, i) =>
        `Dispatch ${i}: the harbour authority counted ${i + 3} ships waiting at anchor on day ${i}.`,
    );
    const long = annotate({ title: 'Harbour queue grows', paragraphs });
    const candidates = claimCandidates(long, { quotes: [], figures: [] });
    expect(candidates).toHaveLength(600);
    expect(candidates.every((c) => c.features.centrality > 0 && c.features.centrality <= 1)).toBe(
      true,
    );
  });
});
