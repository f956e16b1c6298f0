import { describe, expect, test } from 'vitest';
import { parseArticle, parseSummary, splitOf } from '../../scripts/eval/bbc-summary';
import { leadSentences } from '../../scripts/eval/claims';
import { rouge, rougeTokens } from '../../scripts/eval/rouge';

describe('rougeTokens (rouge-score tokenization, no stemming)', () => {
  test.each([
    ['', []],
    ['The Cat, the HAT!', ['the', 'cat', 'the', 'hat']],
    ['sales jumped 48% to $2.71bn', ['sales', 'jumped', '48', 'to', '2', '71bn']],
    ['co-founder’s “plan”', ['co', 'founder', 's', 'plan']],
  ])('%j', (text, expected) => {
    expect(rougeTokens(text)).toEqual(expected);
  });
});

// Expected values worked by hand from the definitions (Lin 2004): F = 2PR / (P + R).
describe('rouge', () => {
  test.each<[string, string[], string[], { r1: number; r2: number; rl: number }]>([
    ['identical', ['the cat sat on the mat'], ['the cat sat on the mat'], { r1: 1, r2: 1, rl: 1 }],
    // R1: P 3/3, R 3/6 → 2/3. R2: P 2/2, R 2/5 → 4/7. RL: LCS 3 → P 1, R 1/2 → 2/3.
    ['prefix', ['the cat sat'], ['the cat sat on the mat'], { r1: 2 / 3, r2: 4 / 7, rl: 2 / 3 }],
    // R1: 3 of 4 both ways. R2: only "the gunman" of 3 bigrams each → 1/3. RL: LCS 3 of 4.
    [
      'one word differs',
      ['police kill the gunman'],
      ['police killed the gunman'],
      { r1: 0.75, r2: 1 / 3, rl: 0.75 },
    ],
    // RL is summary-level: each reference sentence unions its LCS hits over candidate sentences.
    ['sentence order', ['a b c', 'd e'], ['d e a', 'b c'], { r1: 1, r2: 0.75, rl: 1 }],
    // Repeated words are clipped: "the" counts twice at most, as in the reference.
    ['clipped counts', ['the the the the'], ['the cat the dog'], { r1: 0.5, r2: 0, rl: 0.5 }],
    ['nothing shared', ['alpha beta'], ['gamma delta'], { r1: 0, r2: 0, rl: 0 }],
    ['empty candidate', [], ['gamma delta'], { r1: 0, r2: 0, rl: 0 }],
  ])('%s', (_, candidate, reference, expected) => {
    const got = rouge(candidate, reference);
    expect(got.r1).toBeCloseTo(expected.r1, 6);
    expect(got.r2).toBeCloseTo(expected.r2, 6);
    expect(got.rl).toBeCloseTo(expected.rl, 6);
  });
});

describe('BBC News Summary files', () => {
  test('an article is a headline, then sentences one a line, paragraphs between blank lines', () => {
    const text =
      'Storm closes port\n\nA storm closed the port. \nShips waited.\n\nTrade resumed on Monday.\n';
    expect(parseArticle(text)).toEqual({
      title: 'Storm closes port',
      paragraphs: [['A storm closed the port.', 'Ships waited.'], ['Trade resumed on Monday.']],
    });
    expect(parseSummary('Ships waited.\r\nA storm closed the port.\n\n')).toEqual([
      'Ships waited.',
      'A storm closed the port.',
    ]);
  });

  test('the split is fixed by the id and takes both parts', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `bbc-tech-${String(i).padStart(3, '0')}`);
    const dev = ids.filter((id) => splitOf(id) === 'dev').length;
    expect(ids.map(splitOf)).toEqual(ids.map(splitOf));
    expect(dev).toBeGreaterThan(60);
    expect(dev).toBeLessThan(140);
  });
});

describe('leadSentences', () => {
  test('takes the first three sentences of at least six words', () => {
    const sentences = [
      'By Ann Lee',
      'A storm closed the port on Monday night.',
      'Ships waited offshore for two whole days.',
      'Photo: Reuters',
      'Trade resumed on Wednesday after the storm passed.',
      'Prices rose sharply in the following week.',
    ].map((text) => ({ text }));
    expect(leadSentences(sentences)).toEqual([
      'A storm closed the port on Monday night.',
      'Ships waited offshore for two whole days.',
      'Trade resumed on Wednesday after the storm passed.',
    ]);
  });
});
