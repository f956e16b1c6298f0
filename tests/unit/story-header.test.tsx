import { render } from 'preact';
import { beforeEach, describe, expect, test } from 'vitest';
import { StoryHeader } from '../../components/StoryHeader';
import type { StoryMeta } from '../../utils/summary';

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
});
