import { describe, expect, test } from 'vitest';
import {
  blockParagraphs,
  extractStory,
  MAX_BLOCK_CHARS,
  MAX_OVERSIZED_BLOCK_CHARS,
} from '../../utils/extract';
import { parseHtml } from '../harness/parse-html';

/** Invented: numbered sentences, so the test can say which of them a reading kept. */
function sentences(count: number): string {
  const parts: string[] = [];
  for (let n = 1; n <= count; n++)
    parts.push(`Meeting ${n} of the lock keepers' guild approved repairs to gate ${n}.`);
  return parts.join(' ');
}

describe('an oversized block', () => {
  test('is split at sentence ends into paragraphs that each fit MAX_BLOCK_CHARS, none lost', () => {
    const text = sentences(700); // about 48k characters, under MAX_OVERSIZED_BLOCK_CHARS
    const pieces = blockParagraphs(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
      expect(piece).toMatch(/\.$/);
    }
    expect(pieces.join(' ')).toBe(text);
  });

  test('is bounded by MAX_OVERSIZED_BLOCK_CHARS in all', () => {
    const pieces = blockParagraphs(sentences(3000)); // about 210k characters
    const kept = pieces.reduce((sum, piece) => sum + piece.length, 0);
    expect(kept).toBeLessThanOrEqual(MAX_OVERSIZED_BLOCK_CHARS);
    expect(kept).toBeGreaterThan(MAX_OVERSIZED_BLOCK_CHARS * 0.9);
  });

  test('a block that fits is kept as it is', () => {
    expect(blockParagraphs('One short paragraph.')).toEqual(['One short paragraph.']);
  });

  test('an essay written without paragraph marks is read to its last sentence', () => {
    const html = `<html><head><title>The lock keepers' guild</title></head><body><div>${sentences(
      500,
    )}</div></body></html>`;
    const result = extractStory(
      parseHtml(html, 'https://essays.example/'),
      'https://essays.example/',
    );
    if (result.status !== 'ok') throw new Error(result.reason);
    const text = result.story.paragraphs.join(' ');
    expect(text.length).toBeGreaterThan(MAX_BLOCK_CHARS);
    expect(text).toContain('Meeting 500 of the lock keepers');
  });
});
