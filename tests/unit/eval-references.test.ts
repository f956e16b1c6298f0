import { describe, expect, test } from 'vitest';
import { fingerprint, pageChunks, rebuildReference } from '../../scripts/eval-references';

const PAGE = `<html><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Council passes budget</h1><p>The council   passed the budget on Tuesday.</p>
<div class="entry">First line<br>Second <b>line</b></div><script>var x = 1;</script></article></body></html>`;

describe('annotated references kept as fingerprints', () => {
  test('a page is cut into chunks at block elements and line breaks', () => {
    const document = new DOMParser().parseFromString(PAGE, 'text/html');
    expect(pageChunks(document.body)).toEqual([
      'Home Local',
      'Council passes budget',
      'The council passed the budget on Tuesday.',
      'First line',
      'Second line',
    ]);
  });

  test('a fingerprint ignores whitespace differences and tells texts apart', () => {
    expect(fingerprint('The  council passed\n')).toBe(fingerprint('The council passed'));
    expect(fingerprint('The council passed')).not.toBe(fingerprint('The council failed'));
    expect(fingerprint('x')).toMatch(/^[0-9a-f]{16}$/);
  });

  test('the reference is rebuilt in its order from the page', () => {
    const prints = ['Second line', 'The council passed the budget on Tuesday.'].map(fingerprint);
    expect(rebuildReference(PAGE, prints)).toBe(
      'Second line\nThe council passed the budget on Tuesday.\n',
    );
  });

  test('a line the page no longer has gives no reference', () => {
    expect(rebuildReference(PAGE, [fingerprint('A paragraph that is not there.')])).toBeNull();
  });
});
