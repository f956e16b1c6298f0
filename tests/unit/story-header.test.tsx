import { render } from 'preact';
import { beforeEach, describe, expect, test } from 'vitest';
import { LensPanel } from '../../components/LensPanel';
import { StoryHeader } from '../../components/StoryHeader';
import type { OkSummary, StoryMeta } from '../../utils/summary';

const META: StoryMeta = {
  title: 'Our city needs a bus lane',
  byline: 'Ngozi Okafor, Per Lind',
  authors: ['Ngozi Okafor', 'Per Lind'],
  siteName: 'The Riverton Ledger',
  publishedTime: '2025-03-04T00:00:00.000Z',
  lang: 'en',
  excerpt: null,
  wordCount: 400,
  readingMinutes: 2,
};

describe('StoryHeader', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root') as HTMLElement;
  });

  test('a column says it is opinion; the dateline is shown with the byline', () => {
    render(<StoryHeader meta={{ ...META, kind: 'opinion', dateline: 'RIVERTON' }} />, root);
    expect(root.querySelector('[data-testid="story-kind"]')?.textContent).toBe('Opinion');
    expect(root.textContent).toContain('Ngozi Okafor, Per Lind · RIVERTON · Mar 4, 2025');
  });

  test('plain news and pages that do not say carry no label', () => {
    render(<StoryHeader meta={{ ...META, kind: 'news' }} />, root);
    expect(root.querySelector('[data-testid="story-kind"]')).toBeNull();
    render(<StoryHeader meta={META} />, root);
    expect(root.querySelector('[data-testid="story-kind"]')).toBeNull();
  });

  test.each([
    [
      'a page too large to read whole says what was left out',
      'Story Lens read only the first 30,000 parts of this very large page.',
    ],
    ['a page read whole says nothing', undefined],
  ])('%s (popup and side panel)', (_name, readLimit) => {
    const summary: OkSummary = {
      schemaVersion: 2,
      status: 'ok',
      url: 'https://news.example/a',
      meta: META,
      paragraphs: [],
      sentences: [],
      claims: [],
      figures: [],
      quotes: [],
      sources: [],
      ...(readLimit ? { readLimit } : {}),
    };
    const actions = { onSelect() {}, onAnalyze() {}, onCopy() {}, onClaimLimit() {} };
    render(<LensPanel state={summary} claimLimit={5} notice={null} actions={actions} />, root);
    const note = root.querySelector('[data-testid="read-limit"]');
    if (readLimit === undefined) expect(note).toBeNull();
    else expect(note?.textContent).toContain(readLimit);
  });
});
