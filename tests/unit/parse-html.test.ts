import { describe, expect, it } from 'vitest';
import { parseHtml } from '../harness/parse-html';

/** Saved pages are read as a browser reads them: by the HTML standard's tree-building rules. */
describe('parseHtml builds the tree a browser builds', () => {
  const body = (html: string) => parseHtml(html, 'https://example.test/story').body.innerHTML;

  it('moves text written straight inside a table out before the table', () => {
    expect(body('<table>Harbour news<tr><td>cell</td></tr></table>')).toBe(
      'Harbour news<table><tbody><tr><td>cell</td></tr></tbody></table>',
    );
  });

  it('moves a block written straight inside a table out before the table, with its text', () => {
    expect(body('<table><div>The ferry runs again.</div><tr><td>cell</td></tr></table>')).toBe(
      '<div>The ferry runs again.</div><table><tbody><tr><td>cell</td></tr></tbody></table>',
    );
  });

  it('splits a bold run closed inside the paragraph it opened before', () => {
    expect(body('<b>Lead<p>Second</b> part</p>')).toBe('<b>Lead</b><p><b>Second</b> part</p>');
  });

  it('leaves well-formed markup as written', () => {
    const html = '<article><h1>Title</h1><p>One <a href="/x">link</a>.</p></article>';
    expect(body(html)).toBe(html);
  });
});

/**
 * What a `<noscript>` holds depends on scripting: by default the page is read as a reader with
 * scripts off sees it (its content is markup), with `scripting: true` as the content script's
 * browser reads it with scripts on (one run of raw text that no reader sees).
 */
describe('parseHtml reads <noscript> by scripting', () => {
  const html =
    '<div class="post"><noscript><p>The ferry timetable for the winter months.</p></noscript></div>';
  const noscript = (options?: { scripting?: boolean }) =>
    parseHtml(html, 'https://example.test/post', options).querySelector('noscript') as Element;

  it.each([
    ['by default', undefined],
    ['with scripting off', { scripting: false }],
  ])('%s: its content is a paragraph, as a reader without scripts sees it', (_name, options) => {
    expect(noscript(options).querySelector('p')?.textContent).toBe(
      'The ferry timetable for the winter months.',
    );
  });

  it('with scripting on: its content is text, not a paragraph', () => {
    const node = noscript({ scripting: true });
    expect(node.children).toHaveLength(0);
    expect(node.textContent).toBe('<p>The ferry timetable for the winter months.</p>');
  });
});
