import { describe, expect, test } from 'vitest';
import { collectBlocks } from '../../utils/extract/readability';

function body(html: string): Element {
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;
}

describe('collectBlocks reads a line break as a space', () => {
  test.each([
    [
      'a poster’s name above the date they joined',
      '<p><strong>gullwing</strong><br>Joined: Tue May 05, 2015 9:14 am</p>',
      ['gullwing Joined: Tue May 05, 2015 9:14 am'],
    ],
    [
      'an address set on two lines',
      '<li>14 Quay Street<br/>Port Elm</li>',
      ['14 Quay Street Port Elm'],
    ],
    [
      'a paragraph without a break',
      '<p>The tide turns at <b>noon</b>.</p>',
      ['The tide turns at noon.'],
    ],
    [
      'two breaks in a box without paragraphs still end a paragraph',
      '<div>First line of the note<br><br>Second line of the note</div>',
      ['First line of the note', 'Second line of the note'],
    ],
  ])('%s', (_name, html, texts) => {
    expect(collectBlocks(body(html)).map((block) => block.text)).toEqual(texts);
  });
});
