import { describe, expect, test } from 'vitest';
import { endsOnOwnStop } from '../../utils/extract/linked-sentence';
import { removeNoise } from '../../utils/extract/noise';

function docWith(body: string): Document {
  return new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
}

const STORY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i} of the tide guide has enough words in it to count as real prose for the noise rules here.</p>`,
).join('');

const SITES =
  '<p><b>Web sites</b> <a href="/t">Tide Tables of the Bay</a>; <a href="/h">The Harbor Society</a>.</p>';
const TRAIL = '<p><a href="/">Home</a> › <a href="/g">Guides</a> › <a href="/t">Tides</a></p>';

describe('endsOnOwnStop', () => {
  test.each([
    ['a sentence of links closed by its own stop', SITES, true],
    ['a breadcrumb trail', TRAIL, false],
    ['a stop inside the last link', '<p><a href="/">Home</a> › <a href="/t">Tides.</a></p>', false],
    ['an ellipsis', '<p><a href="/a">Archives</a> <a href="/o">Older</a>...</p>', false],
    ['a stop before trailing markup', `${SITES.slice(0, -4)}<br> </p>`, true],
  ])('%s', (_name, html, expected) => {
    const element = docWith(html).body.firstElementChild;
    expect(element && endsOnOwnStop(element)).toBe(expected);
  });
});

describe('removeNoise keeps a sentence of links', () => {
  test('the "Web sites" line stays; the breadcrumb trail goes', () => {
    const doc = docWith(`<h1>Tides</h1><article>${TRAIL}${STORY}${SITES}</article>`);
    removeNoise(doc, { title: 'Tides' });
    const text = doc.body.textContent ?? '';
    expect(text).toContain('The Harbor Society');
    expect(text).not.toContain('Guides');
  });
});
