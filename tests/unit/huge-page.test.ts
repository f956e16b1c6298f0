import { describe, expect, test } from 'vitest';
import { MAX_STORY_CHARS } from '../../utils/extract';
import { summarizeDocument } from '../../utils/summarize';
import { parseHtml } from '../harness/parse-html';
import { SEED_PARAGRAPHS } from './data/seed-story';

describe('a huge page', () => {
  test('is summarized from its first MAX_STORY_CHARS characters, without failing', () => {
    const paragraphs: string[] = [];
    for (let update = 1; paragraphs.join('').length < 3 * MAX_STORY_CHARS; update++) {
      for (const paragraph of SEED_PARAGRAPHS)
        paragraphs.push(`<p>Update ${update}: ${paragraph}</p>`);
    }
    const html = `<html><body><main><h1>Live: the war in Ukraine</h1><article>${paragraphs.join('')}</article></main></body></html>`;
    expect(html.length).toBeGreaterThan(1_000_000);
    const summary = summarizeDocument(
      parseHtml(html, 'https://live.example/'),
      'https://live.example/',
    );
    if (summary.status !== 'ok') throw new Error(summary.reason);
    const kept = summary.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
    expect(kept).toBeLessThanOrEqual(MAX_STORY_CHARS);
    expect(kept).toBeGreaterThan(MAX_STORY_CHARS * 0.9);
    expect(summary.paragraphs[0]).toMatch(/^Update 1: MOSCOW/);
    expect(summary.quotes.length).toBeGreaterThan(100);
  }, 60_000);
});
