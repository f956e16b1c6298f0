import { describe, expect, test } from 'vitest';
import { summarizeReading } from '../../utils/page-reading';
import { storyFromSelection } from '../../utils/selection-story';

const PAGE = { url: 'https://news.example/a', title: 'Harbour news' };
const SELECTION = [
  'The port of Kessel Bay will reopen its north terminal in March, the harbour board said.',
  '',
  '  “We expect the first ships within a week,”   port director Lena Marsh said.  ',
].join('\n');

describe('storyFromSelection', () => {
  test('one paragraph per line, spaces collapsed, titled after the page', () => {
    const result = storyFromSelection(SELECTION, PAGE);
    expect(result).toMatchObject({
      status: 'ok',
      story: {
        url: PAGE.url,
        title: 'Harbour news',
        siteName: 'Selected text',
        paragraphs: [
          'The port of Kessel Bay will reopen its north terminal in March, the harbour board said.',
          '“We expect the first ships within a week,” port director Lena Marsh said.',
        ],
      },
    });
  });

  test.each([
    ['', /0 words/],
    ['Kessel Bay', /2 words/],
    ['word', /one word/],
  ])('too short a selection (%j) says why', (text, reason) => {
    const result = storyFromSelection(text, PAGE);
    expect(result.status).toBe('no-story');
    expect(result.status === 'no-story' && result.reason).toMatch(reason);
  });

  test('a page without a title gets one; the selection analyzes like a story', () => {
    const result = storyFromSelection(SELECTION, { url: PAGE.url, title: '  ' });
    expect(result.status === 'ok' && result.story.title).toBe('Selected text');
    const summary = summarizeReading({ url: PAGE.url, extracted: result });
    expect(summary.status === 'ok' && summary.quotes[0]?.speaker).toBe('Lena Marsh');
  });
});
