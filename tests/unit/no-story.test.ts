import { describe, expect, test } from 'vitest';
import { extractStory } from '../../utils/extract';
import { tooLittleTextReason } from '../../utils/extract/no-story';

describe('the reason a page with little text has no story', () => {
  test.each([
    [['Visit our featured business'], 4, '4 words', '(“Visit our featured business”)'],
    [['Menu'], 1, '1 word', '(“Menu”)'],
    [['Open daily. '.repeat(20)], 40, '40 words', '…”)'],
  ])('%j', (paragraphs, words, count, quoted) => {
    const reason = tooLittleTextReason(paragraphs, words);
    expect(reason).toContain(`only ${count} of text`);
    expect(reason).toContain(quoted);
    expect(reason.length).toBeLessThan(260);
  });

  test('a directory front page says what little it found', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>Lakeside business guide</title></head><body><nav><a href="/a">Shops</a> <a href="/b">Cafes</a> <a href="/c">Garages</a></nav><div><p>Find a local trader</p></div></body></html>',
      'text/html',
    );
    const result = extractStory(doc, 'https://guide.example/');
    expect(result.status).toBe('no-story');
    if (result.status === 'no-story')
      expect(result.reason).toContain(
        'only 4 words of text besides its menus and links (“Find a local trader”)',
      );
  });
});
