import { describe, expect, test } from 'vitest';
import { selectorTest } from '../../utils/extract/dom-walk';
import { elementsWhere, readMetadata, toIsoDate } from '../../utils/extract/metadata';
import { siteKeys, withoutSitePart } from '../../utils/extract/page-headline';

function docWith(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<html lang="en-GB"><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('readMetadata', () => {
  test.each([
    [
      'og tags',
      '<meta property="og:title" content="A Headline | The Daily"><meta property="og:site_name" content="The Daily"><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-11-20T14:05:00Z">',
      '',
      {
        title: 'A Headline',
        siteName: 'The Daily',
        byline: 'Jane Doe',
        publishedTime: '2024-11-20T14:05:00.000Z',
        lang: 'en-GB',
      },
    ],
    [
      'JSON-LD NewsArticle',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"From LD","datePublished":"2024-11-20","author":[{"@type":"Person","name":"A. Writer"}],"publisher":{"name":"LD Site"}}]}</script>',
      '',
      {
        title: 'From LD',
        siteName: 'LD Site',
        byline: 'A. Writer',
        publishedTime: '2024-11-20T00:00:00.000Z',
      },
    ],
    [
      'h1 with a breadcrumb nested in it',
      '',
      '<h1><nav><a>Home</a><a>Local</a></nav>The Real Headline</h1>',
      { title: 'The Real Headline' },
    ],
    [
      'a description holding the markup of its link',
      '<meta name="description" content="Tide tables for the bay. For more, see &lt;a href=&quot;https://tides.example/guide-2024&quot;&gt;our tide guide&lt;/a&gt;, updated weekly.&lt;br&gt;Printed daily.">',
      '',
      {
        excerpt:
          'Tide tables for the bay. For more, see our tide guide, updated weekly. Printed daily.',
      },
    ],
    [
      'a description comparing numbers keeps its signs',
      '<meta name="description" content="Why 3 < 5 and 7 > 2 hold on the tide chart.">',
      '',
      { excerpt: 'Why 3 < 5 and 7 > 2 hold on the tide chart.' },
    ],
    [
      'broken JSON-LD falls back to the DOM',
      '<script type="application/ld+json">{broken</script><title>Doc Title</title>',
      '',
      { title: 'Doc Title', byline: null },
    ],
  ])('%s', (_name, head, body, expected) => {
    expect(readMetadata(docWith(head, body))).toMatchObject(expected);
  });
});

describe('helpers', () => {
  test.each([
    ['Headline | Site', 'Site', 'Headline'],
    ['Site - Headline', 'Site', 'Headline'],
    ['Headline - with dash', 'Site', 'Headline - with dash'],
  ])('withoutSitePart(%s)', (title, site, expected) => {
    expect(withoutSitePart(title, siteKeys(site, null))).toBe(expected);
  });

  test.each([
    ['2024-11-20T14:05:00Z', '2024-11-20T14:05:00.000Z'],
    ['not a date', null],
    [null, null],
    // Placeholders and parse accidents are dropped, not shown as "Jan 1, 1".
    ['0001-01-01T00:00:00Z', null],
    ['1', null],
    ['2999-01-01', null],
    ['March 4, 2025', '2025-03-04T00:00:00.000Z'],
  ])('toIsoDate(%s)', (value, expected) => {
    expect(toIsoDate(value)).toBe(expected);
  });
});

describe('byline printed in the page', () => {
  test.each([
    [
      'an address element',
      '<address class="article__byline">Helen Marsh <span>Science correspondent</span></address>',
      'Helen Marsh',
    ],
    ['a byline class with "By"', '<p class="story-byline">By Jane Doe</p>', 'Jane Doe'],
    ['rel=author', '<a rel="author" href="/staff/jd">Jane Doe</a>', 'Jane Doe'],
    [
      'a bio is not a byline',
      '<div class="byline">Jane Doe has covered city hall for the paper since 2011 and previously worked in radio and television news.</div>',
      null,
    ],
  ])('%s', (_name, body, byline) => {
    expect(readMetadata(docWith('', body)).byline).toBe(byline);
  });
});

describe('elementsWhere finds the same elements by native lookups and by a walk', () => {
  // An invented page: a byline link whose rel differs in case (a browser's selector matches it,
  // the test does not), two addresses, and a dated span.
  const PAGE =
    '<header><a rel="AUTHOR" href="/a">Desk</a><span class="date">May 2</span></header>' +
    '<address>Jane Doe</address><p><a rel="author" href="/j">Jane Doe</a></p><address>Li Wei</address>';
  const selectors = '[rel="author"], address, [class*="date"]';
  const isWanted = selectorTest(selectors);
  const names = (elements: Iterable<Element>) =>
    Array.from(elements, (element) => element.textContent);

  test.each([
    [1, ['May 2']],
    [2, ['May 2', 'Jane Doe']],
    [3, ['May 2', 'Jane Doe', 'Jane Doe']],
    [9, ['May 2', 'Jane Doe', 'Jane Doe', 'Li Wei']],
    [0, []],
  ])('the first %i', (max, expected) => {
    for (const native of [false, true])
      expect(names(elementsWhere(docWith('', PAGE), selectors, isWanted, max, native))).toEqual(
        expected,
      );
  });

  test('the first may fail the test and the rest still be found', () => {
    const doc = docWith('', '<a rel="AUTHOR">Desk</a><address>Jane Doe</address>');
    for (const native of [false, true])
      expect(names(elementsWhere(doc, '[rel="author"], address', isWanted, 1, native))).toEqual([
        'Jane Doe',
      ]);
  });
});
