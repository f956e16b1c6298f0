import { describe, expect, test } from 'vitest';
import { findLayoutCells, widenToLayoutCell } from '../../utils/extract/layout-cells';
import { runReadability } from '../../utils/extract/readability';

function docWith(body: string): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>Boat storage in winter</title></head><body>${body}</body></html>`,
    'text/html',
  );
}

const STORY_ROWS = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Point ${i}: a boat left in the water over the winter needs its engine flushed with fresh water, its fuel tank filled to the brim and its bilge pump checked every week by someone on the pier.</p>`,
).join('');

/** An old page: a menu cell beside the story's cell, which holds the opening and a boxed table. */
function layoutPage(frameExtra = ''): string {
  return `<table><tr>
<td><a href="/a">Marina home</a><br><a href="/b">Moorings</a><br><a href="/c">Price list</a><br><a href="/d">Contact the harbor office</a></td>
<td>
  <h2>Getting your boat through the winter without a repair bill in spring</h2>
  <p><b>Three things every owner should do:</b></p>
  <ul><li>Flush the engine</li><li>Fill the fuel tank</li><li>Check the bilge pump</li></ul>
  ${frameExtra}
  <table border="1">
    <tr><td><p><b>Most winter damage starts with water left in the engine block</b></p></td></tr>
    <tr><td>${STORY_ROWS}</td></tr>
  </table>
</td></tr></table>`;
}

function storyText(doc: Document): string {
  return (runReadability(doc, { entries: true })?.blocks ?? []).map((b) => b.text).join('\n');
}

describe('a story in a cell of a layout table', () => {
  test('the cell holding the table is read: heading, list and the first row come with the story', () => {
    const text = storyText(docWith(layoutPage()));
    expect(text).toContain('Point 4');
    expect(text).toContain('Getting your boat through the winter');
    expect(text).toContain('Fill the fuel tank');
    expect(text).toContain('Most winter damage starts');
    expect(text.indexOf('Getting your boat')).toBeLessThan(text.indexOf('Point 0'));
    expect(text).not.toContain('Marina home');
  });

  test('a frame whose other text is mostly links stays out', () => {
    const menu = Array.from(
      { length: 12 },
      (_, i) => `<a href="/m${i}">Marina service number ${i}</a> `,
    ).join('');
    const text = storyText(docWith(layoutPage(`<p>${menu}</p>`)));
    expect(text).toContain('Point 4');
    expect(text).not.toContain('Marina service number');
    expect(text).not.toContain('Fill the fuel tank');
  });

  test('a frame longer than the story is a page, not a frame', () => {
    const doc = docWith(
      '<table><tr><td><p>Short note: the pier closes at six tonight for repairs to the lights.</p>' +
        `<table><tr><td>${STORY_ROWS}</td></tr></table>` +
        `<p>${'Other news of the marina and the town, set beside the story but not part of it. '.repeat(20)}</p></td></tr></table>`,
    );
    const cells = findLayoutCells(doc.body);
    const reader = runReadability(doc);
    expect(reader).not.toBeNull();
    // Found before Readability: the inner cell with the story, the outer cell with the note.
    expect(cells.length).toBeGreaterThanOrEqual(1);
    expect(storyText(docWith(doc.body.innerHTML))).not.toContain('Other news of the marina');
  });

  test('without a table around it nothing is widened', () => {
    const doc = docWith(`<div>${STORY_ROWS}</div>`);
    const cells = findLayoutCells(doc.body);
    expect(cells).toHaveLength(0);
    const content = doc.createElement('div');
    expect(widenToLayoutCell(cells, content, 100, doc)).toBeNull();
  });
});
