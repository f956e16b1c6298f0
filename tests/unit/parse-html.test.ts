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
