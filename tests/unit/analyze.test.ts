import { describe, expect, test, vi } from 'vitest';
import { analyzeStory, countWords } from '../../utils/analyze';
import type { Story } from '../../utils/summary';
import { HOSTILE_PARAGRAPHS, HOSTILE_TITLE } from '../harness/hostile-pages';
import { SEED_PARAGRAPHS, SEED_TITLE } from './data/seed-story';

const story = (paragraphs: string[], title = 'A title'): Story => ({
  url: 'https://example.com/story',
  title,
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  excerpt: null,
  paragraphs,
});

describe('analyzeStory', () => {
  test.each([
    ['one short paragraph', ['Hello world.'], 2, 1],
    ['230 words is one minute', [Array.from({ length: 230 }, () => 'word').join(' ')], 230, 1],
    [
      '575 words round to three minutes',
      [Array.from({ length: 575 }, () => 'word').join(' ')],
      575,
      3,
    ],
    ['figures and contractions count as one word', ['It’s 3.5% of $1,200.'], 4, 1],
  ])('%s', (_name, paragraphs, words, minutes) => {
    expect(countWords(paragraphs)).toBe(words);
    expect(analyzeStory(story(paragraphs)).meta).toMatchObject({
      wordCount: words,
      readingMinutes: minutes,
    });
  });

  test('seed story summary', () => {
    const summary = analyzeStory(story(SEED_PARAGRAPHS, SEED_TITLE));
    expect(summary.status).toBe('ok');
    expect(summary.schemaVersion).toBe(2);
    expect(summary.paragraphs).toBe(SEED_PARAGRAPHS);
    const full = summary.quotes
      .filter((q) => !q.partial)
      .map((q) => [q.speaker, q.text.slice(0, 20)]);
    expect(full).toEqual([
      ['Vladimir Putin', 'Without neutrality, '],
      ['Vladimir Putin', 'Why? Because this wo'],
      ['Dmitry Peskov', 'Putin has already st'],
      ['Dmitry Peskov', 'And the authorizatio'],
      ['Steven Cheung', 'He is the only indiv'],
      ['Dimitri Simes', 'A major agreement, i'],
      ['one official from Russia', 'The challenge lies i'],
    ]);
    for (const item of [...summary.quotes, ...summary.claims, ...summary.figures]) {
      expect(summary.sentences[item.sentence]).toBeDefined();
    }
    expect(summary.sources[0]?.name).toBe('Vladimir Putin');
    // Plain JSON: survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  // Calling a pure function twice cannot fail; what can is state the analyzer keeps between
  // stories (its per-document caches): a summary must not depend on what was analyzed before.
  test('no state carries over between stories: after another story, the same summary as a fresh analyzer', async () => {
    analyzeStory(story(HOSTILE_PARAGRAPHS, HOSTILE_TITLE));
    const afterAnother = analyzeStory(story(SEED_PARAGRAPHS, SEED_TITLE));
    vi.resetModules();
    const fresh = (await import('../../utils/analyze')) as typeof import('../../utils/analyze');
    expect(fresh.analyzeStory).not.toBe(analyzeStory);
    expect(afterAnother).toEqual(fresh.analyzeStory(story(SEED_PARAGRAPHS, SEED_TITLE)));
  });
});
