import { describe, expect, test } from 'vitest';
import { extractStory } from '../../utils/extract';
import { tooLittleTextReason } from '../../utils/extract/no-story';
import { parseHtml } from '../harness/parse-html';

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

/**
 * A post kept only in `<noscript>` (its template rendered by no script) shows to a reader with
 * scripts off and to no reader with scripts on, where the content script runs: the story, or
 * none, as the reader sees it. Chromium gives the same (tests/e2e/golden-parity.e2e.test.ts).
 */
describe('a post kept only in <noscript>', () => {
  const post = [
    'The lock keepers on the old canal have written every passing boat into a paper ledger since the locks opened, one line per boat with its name, its cargo and the hour.',
    'This spring the ledger goes online: each evening a volunteer types the day’s lines into a shared sheet that anyone can read, so boat owners can see when the locks are busiest.',
    'The keepers say the paper book stays. A storm cut the power to the lock house twice last winter, and the ledger is also the record the canal trust shows its insurers.',
    'Readers who spot a mistake in the online sheet can leave a note at the lock house; the keepers check the paper book and correct the sheet the same week.',
    'The trust hopes the sheet will settle an old argument: how many boats use the top lock in winter, when the keepers want longer opening hours and the trust says the canal is quiet.',
  ]
    .map((text) => `<p>${text}</p>`)
    .join('');
  const html = `<html><head><title>The canal ledger</title></head><body><div class="post"><h2>The canal ledger</h2><script type="text/template">${post}</script><noscript>${post}</noscript></div></body></html>`;
  const read = (scripting: boolean) =>
    extractStory(
      parseHtml(html, 'https://canal.example/ledger', { scripting }),
      'https://canal.example/ledger',
    );

  test('with scripts off, the post is the story', () => {
    const result = read(false);
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expect(result.story.paragraphs).toHaveLength(5);
  });

  test('with scripts on, no reader sees it: no story', () => {
    expect(read(true).status).toBe('no-story');
  });
});
