import { describe, expect, test } from 'vitest';
import { removeNoise } from '../../utils/extract/noise';
import { isSentenceList } from '../../utils/extract/sentence-list';

function docWith(body: string): Document {
  return new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
}

const STORY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i} of the tide guide has enough words in it to count as real prose for the noise rules here.</p>`,
).join('');

/** The list of the doc comment's example: two items end a sentence, the last on a linked term. */
const TIDES =
  '<ul><li>High tide: the water covers the marsh twice a day.</li>' +
  '<li>Neap tide: the smallest range, at the half moon.</li>' +
  '<li>Spring tide: the largest range, see the <a href="/tables">tide tables</a></li></ul>';

const TEASERS =
  '<ul><li><a href="/a">Why the dunes move, and what marram grass can do to</a></li>' +
  '<li><a href="/b">Watching waders on the winter shore: where to stand and</a></li>' +
  '<li><a href="/c">The ferry timetable changes again, and the early boat is</a></li></ul>';

const EXCERPTS =
  '<ul><li><a href="/a">Dunes</a> The sand moves a metre a year, and the path...</li>' +
  '<li><a href="/b">Waders</a> Ten thousand birds came in on the first cold...</li>' +
  '<li><a href="/c">Ferries</a> The early boat is going, and the late one is not.</li></ul>';

describe('isSentenceList', () => {
  test.each([
    ['a list of the story’s sentences, the last on a linked term', TIDES, true],
    ['a list of linked teasers', TEASERS, false],
    ['teaser excerpts cut with an ellipsis', EXCERPTS, false],
    [
      'a single item',
      '<ol><li>High tide: the water covers the marsh twice a day.</li></ol>',
      false,
    ],
    [
      'not a list',
      '<div><p>High tide covers the marsh.</p><p>Neap tide is small.</p></div>',
      false,
    ],
  ])('%s', (_name, html, expected) => {
    const list = docWith(html).body.firstElementChild;
    expect(list && isSentenceList(list)).toBe(expected);
  });
});

describe('removeNoise keeps a list of the story’s sentences', () => {
  test('the list stays; a list of linked teasers still goes', () => {
    const doc = docWith(`<h1>Tides</h1><article>${STORY}${TIDES}${TEASERS}</article>`);
    removeNoise(doc, { title: 'Tides' });
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Neap tide: the smallest range');
    expect(text).not.toContain('Watching waders');
  });
});
