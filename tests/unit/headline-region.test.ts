import { describe, expect, test } from 'vitest';
import { extractStory } from '../../utils/extract';
import { findHeadlineRegion, topicCoverage, topicWords } from '../../utils/extract/headline-region';

function docWith(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('topic words', () => {
  test('are the content words of the title and description, plurals folded', () => {
    const topic = topicWords(
      'Pilots talk storms',
      'Harbor pilots said the storm season was the worst',
    );
    expect([...topic].sort()).toEqual(['harbor', 'pilot', 'season', 'storm', 'talk', 'worst']);
  });

  test.each([
    [['Harbor pilots guided ships through the storm season.'], 4 / 6],
    [['Fall festivals, apple picking and corn mazes near the bay.'], 0],
  ])('coverage of %j', (texts, expected) => {
    const topic = topicWords(
      'Pilots talk storms',
      'Harbor pilots said the storm season was the worst',
    );
    expect(topicCoverage(texts, topic)).toBeCloseTo(expected);
  });

  test('a title too short to judge gives no coverage', () => {
    expect(topicCoverage(['anything'], topicWords('Hi', null))).toBeNull();
  });
});

describe('the headline region', () => {
  const post =
    '<div id="post"><h1>Harbor pilot talks storm season</h1><div class="entry"><p>Harbor pilot Rosa Lindqvist told the show what it takes to bring a container ship into port in a gale this season.</p></div></div>';
  const rail =
    '<div class="rail"><h2>Guides</h2><p>From apple picking to pumpkin patches, hayrides and corn mazes, here are the best fall festivals, with dates and prices.</p></div>';

  test('is the post around the heading that matches the title', () => {
    const doc = docWith('', `${post}${rail}`);
    expect(findHeadlineRegion(doc, 'Harbor pilot talks storm season')?.id).toBe('post');
  });

  test('is null when no heading matches the title', () => {
    const doc = docWith('', `${post}${rail}`);
    expect(findHeadlineRegion(doc, 'Senate passes the budget bill')).toBeNull();
  });

  test('is null when the headline stands alone in the page', () => {
    const doc = docWith('', `<div><h1>Harbor pilot talks storm season</h1></div>${rail}`);
    expect(findHeadlineRegion(doc, 'Harbor pilot talks storm season')).toBeNull();
  });
});

describe('short posts', () => {
  const head =
    '<title>Harbor pilot talks storm season</title><meta name="description" content="Harbor pilot Rosa Lindqvist on guiding container ships into port in the worst storm season in years.">';
  const brief =
    '<article><h1>Harbor pilot talks storm season</h1><p>Harbor pilot Rosa Lindqvist stopped by the studio to tell the hosts what it takes to bring a container ship into port in a gale, and why this has been the roughest storm season she has seen in 22 years on the water.</p></article>';

  test('a short post on the page’s topic is a story', () => {
    const result = extractStory(docWith(head, brief), 'https://radio.example/post');
    expect(result.status).toBe('ok');
  });

  test('the same words on a page about something else are too little text', () => {
    const other =
      '<title>Council approves new budget</title><meta name="description" content="The city council approved a budget that raises spending on roads and schools.">';
    const result = extractStory(docWith(other, brief), 'https://radio.example/post');
    expect(result).toMatchObject({ status: 'no-story' });
  });
});
