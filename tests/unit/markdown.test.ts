import { describe, expect, test } from 'vitest';
import { summaryToMarkdown } from '../../utils/markdown';
import type { OkSummary } from '../../utils/summary';

const SUMMARY: OkSummary = {
  schemaVersion: 2,
  status: 'ok',
  url: 'https://news.example/story',
  meta: {
    title: 'Council *approves* budget',
    byline: 'Jane Doe',
    siteName: 'The Daily',
    publishedTime: '2024-11-20T14:05:00.000Z',
    lang: 'en',
    excerpt: null,
    wordCount: 300,
    readingMinutes: 1,
  },
  paragraphs: [
    'The council approved the budget, according to two officials. “We did it,” Mayor Ann Lee said.',
  ],
  sentences: [
    {
      index: 0,
      paragraph: 0,
      text: 'The council approved the budget, according to two officials.',
    },
    { index: 1, paragraph: 0, text: '“We did it,” Mayor Ann Lee said.' },
  ],
  claims: [
    {
      sentence: 0,
      text: 'The council approved the budget, according to two officials.',
      score: 0.9,
      attribution: 'two officials',
    },
  ],
  figures: [{ sentence: 0, value: 'two officials', measures: 'officials cited', kind: 'count' }],
  quotes: [
    { sentence: 1, text: 'We did it,', speaker: 'Ann Lee', speakerRole: 'Mayor', partial: false },
    {
      sentence: 0,
      text: 'reckless',
      speaker: 'the harbour board',
      speakerRole: null,
      partial: true,
    },
  ],
  sources: [
    { name: 'Ann Lee', kind: 'named', role: 'Mayor', mentions: 1, quotes: 1 },
    { name: 'the harbour board', kind: 'organization', role: null, mentions: 1, quotes: 1 },
    { name: 'two officials', kind: 'anonymous', role: null, mentions: 1, quotes: 0 },
    { name: 'a council report', kind: 'document', role: null, mentions: 1, quotes: 0 },
  ],
};

describe('summaryToMarkdown', () => {
  const markdown = summaryToMarkdown(SUMMARY);
  test.each([
    ['the escaped title', '# Council \\*approves\\* budget'],
    ['the provenance', 'The Daily · Jane Doe · 2024-11-20'],
    ['the page URL', '<https://news.example/story>'],
    [
      'a claim with its attribution',
      '- The council approved the budget, according to two officials. _(two officials)_',
    ],
    ['a figure', '- **two officials**: officials cited'],
    ['a quote with speaker and role', '- “We did it,” — Ann Lee, Mayor'],
    ['a partial quote, marked', '- “reckless” — the harbour board (partial)'],
    ['a named source', '- Ann Lee (named, Mayor): 1 mention, 1 quote'],
    ['an organization', '- the harbour board (organization): 1 mention, 1 quote'],
    ['an anonymous source', '- two officials (anonymous): 1 mention, 0 quotes'],
    ['a document', '- a council report (document): 1 mention, 0 quotes'],
    ['the Sources section', '## Sources'],
  ])('has %s', (_name, line) => {
    expect(markdown).toContain(line);
  });

  test('a whole quote carries no partial mark', () => {
    expect(markdown).not.toContain('Ann Lee, Mayor (partial)');
  });

  test('respects the claim limit and skips empty sections', () => {
    const none = summaryToMarkdown({ ...SUMMARY, figures: [] }, 0);
    expect(none).not.toContain('## Key claims');
    expect(none).not.toContain('## Figures');
  });
});
