import { describe, expect, test } from 'vitest';
import { scoreQuotes } from '../../scripts/eval/quotes';
import { type EvalArticle, storyOf } from '../../scripts/eval/sets';
import { analyzeStory } from '../../utils/analyze';

/** An invented article scored against the given gold quotes. */
function score(paragraphs: string[], gold: string[]) {
  const story = storyOf('invented', 'Pier vote', paragraphs);
  const article: EvalArticle = {
    id: 'invented',
    group: 'test',
    story,
    quotes: gold.map((text) => ({ text, speaker: 'Ana Lima', resolution: 'name' as const })),
    scoresPartials: true,
    raw: {},
  };
  return scoreQuotes(article, analyzeStory(story));
}

// ANNOTATION.md: "a subhead repeating a quote" and "the author re-quoting a fragment just
// quoted" are optional — neither a miss when absent nor a false positive when present.
describe('scoreQuotes: optional repeats of a gold quote', () => {
  test('a subhead repeating a quote is not scored', () => {
    const s = score(
      [
        '“We will rebuild the pier before the storms,” Ana Lima said on Monday.',
        '“We will rebuild the pier before the storms.”',
        'The council meets again in May.',
      ],
      ['We will rebuild the pier before the storms,'],
    );
    expect(s).toMatchObject({ predicted: 1, matchedPredicted: 1, matched: 1 });
    expect(s.optional).toHaveLength(1);
    expect(s.errors.filter((e) => e.category.startsWith('extra'))).toEqual([]);
  });

  test('a fragment re-quoted after the quote is not scored', () => {
    const s = score(
      [
        '“The old pier is a danger to every fisherman in the bay,” Ana Lima said.',
        'Critics mocked her warning about a pier that was “a danger to every fisherman.”',
      ],
      ['The old pier is a danger to every fisherman in the bay,'],
    );
    expect(s).toMatchObject({ predicted: 1, matched: 1 });
    expect(s.optional).toEqual(['“a danger to every fisherman.”']);
  });

  test('a quote of other words is still a false positive', () => {
    const s = score(
      [
        '“The old pier is a danger to every fisherman in the bay,” Ana Lima said.',
        'Her rival called the plan “a waste of harbour money.”',
      ],
      ['The old pier is a danger to every fisherman in the bay,'],
    );
    expect(s).toMatchObject({ predicted: 2, matchedPredicted: 1 });
    expect(s.optional).toEqual([]);
  });

  test('a quote-only paragraph with other words is still a false positive', () => {
    const s = score(
      [
        '“The old pier is a danger to every fisherman in the bay,” Ana Lima said.',
        '“Nobody asked the ferry crews what they wanted.”',
      ],
      ['The old pier is a danger to every fisherman in the bay,'],
    );
    expect(s).toMatchObject({ predicted: 2, matchedPredicted: 1 });
    expect(s.optional).toEqual([]);
  });
});
