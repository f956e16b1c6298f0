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
      "an h1 linking home is the site's banner: the title is the <title>'s other piece",
      '<title>Refinance questions - Harbor Forum</title>',
      '<a href="/index.php"><h1>Harbor Forum</h1></a><h2>Refinance questions</h2>',
      { title: 'Refinance questions' },
    ],
    [
      'a headline h1 that is a piece of the <title> stays',
      '<title>Council adds a night bus - Harbor Post</title>',
      '<h1><a href="/2025/03/night-bus">Council adds a night bus</a></h1>',
      { title: 'Council adds a night bus' },
    ],
    [
      'an og:title with a tail the <title> lacks',
      '<title>Night buses</title><meta property="og:title" content="Night buses • Rosa Delgado">',
      '',
      { title: 'Night buses' },
    ],
    [
      'the authors glued after the title',
      '<meta property="og:title" content="Council adds a night bus - Rosa Delgado and Tom Becker"><meta name="author" content="Rosa Delgado and Tom Becker">',
      '',
      { title: 'Council adds a night bus' },
    ],
    [
      'broken JSON-LD falls back to the DOM',
      '<script type="application/ld+json">{broken</script><title>Doc Title</title>',
      '',
      { title: 'Doc Title', byline: null },
    ],
    [
      'meta names read without regard to case, DC.date among the dates',
      '<meta name="AUTHOR" content="By Rosa Delgado"><meta name="DC.date" content="2024-05-02">',
      '',
      { authors: ['Rosa Delgado'], publishedTime: '2024-05-02T00:00:00.000Z' },
    ],
    [
      'JSON-LD authors typed Person before an author tag naming the company',
      '<meta name="author" content="Harbor Media Group"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Rosa Delgado"},{"@type":"Person","name":"Tom Becker"}]}</script>',
      '',
      { authors: ['Rosa Delgado', 'Tom Becker'] },
    ],
    [
      'a generated graph: the date on the WebPage, the author by its @id',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","@id":"#site","name":"Harbor Post"},{"@type":"WebPage","@id":"#page","datePublished":"2024-05-02T08:00:00+00:00","author":{"@id":"#/person/7"}},{"@type":["Person"],"@id":"#/person/7","name":"Rosa Delgado"}]}</script>',
      '',
      { authors: ['Rosa Delgado'], publishedTime: '2024-05-02T08:00:00.000Z' },
    ],
    [
      'an author holding the site name and more is the publisher',
      '<meta property="og:site_name" content="Harbor.news"><meta name="author" content="Ediciones Harbor">',
      '',
      { authors: [] },
    ],
    [
      'an author named as the site is a personal site',
      '<meta property="og:site_name" content="Rosa Delgado"><meta name="author" content="Rosa Delgado">',
      '',
      { authors: ['Rosa Delgado'] },
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
    // The site named without its domain ending.
    ['Night buses - Ledger', 'Ledger.co.uk', 'Night buses'],
    ['Night buses | Harbor', 'www.harbor.news', 'Night buses'],
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
      'an hCard: its name, not the title set beside it',
      '<p class="author vcard"><a href="/team/rd"><b class="fn">Rosa Delgado</b></a> <span class="title">Senior Harbor Correspondent</span></p>',
      'Rosa Delgado',
    ],
    [
      'a line with an author class',
      '<div class="story-meta"><p class="meta-author">Rosa Delgado</p></div>',
      'Rosa Delgado',
    ],
    [
      'co-authors as like siblings',
      '<span class="names"><a rel="author" href="/a/rd">Rosa Delgado</a> / <a rel="author" href="/a/tb">Tom Becker</a></span>',
      'Rosa Delgado, Tom Becker',
    ],
    [
      'a label with a colon',
      '<div class="item-author"><span class="label">Texto:</span> <span>Rosa Delgado</span></div>',
      'Rosa Delgado',
    ],
    [
      'a script inside the byline',
      '<div class="byline">By Rosa Delgado<script>var credit = "By Rosa Delgado, HARBOR";</script></div>',
      'Rosa Delgado',
    ],
    [
      "a thread's posters are no byline",
      '<p class="author">Post by kettle » Sun</p><p class="author">Post by Harbor Ann » Sun</p><p class="author">Post by Tom Becker » Mon</p>',
      null,
    ],
    [
      "a comment's author is no byline",
      '<div class="comments"><span class="byline">Tom Becker</span></div>',
      null,
    ],
    [
      "a label glued to the name by the page's elements",
      '<div class="byline__text"><a href="/team/rd"><span>Rosa Delgado</span><span>Staff Writer</span></a></div>',
      'Rosa Delgado',
    ],
    [
      'a "By" of its own reads the line it opens',
      '<p class="line"><span class="byline-prefix">By </span><span><a href="/a/rd">Rosa Delgado</a>, </span><span><a href="/a/lw">Li Wei</a></span> and <span class="last-byline"><a href="/a/tb">Tom Becker</a></span></p>',
      'Rosa Delgado, Li Wei, Tom Becker',
    ],
    [
      'a given name and a surname in elements of their own',
      '<span class="cite-author"><span class="given">Ana</span> <span class="surname">Ruiz</span></span>',
      'Ana Ruiz',
    ],
    [
      "a link to the author's page",
      '<nav><a href="/author/">Authors</a></nav><div class="meta"><a href="/author/rosa-delgado/">Rosa Delgado</a></div>',
      'Rosa Delgado',
    ],
    [
      "a comment count in the story's header",
      '<header><div class="entry-meta post-comments"><span itemprop="author">Rosa Delgado</span> · <a href="#c">12 comments</a></div></header>',
      'Rosa Delgado',
    ],
    [
      "a comment's header is still the thread's",
      '<ol class="comment-list"><li><header><span itemprop="author">Tom Becker</span></header></li></ol>',
      null,
    ],
    [
      'a bio is not a byline',
      '<div class="byline">Jane Doe has covered city hall for the paper since 2011 and previously worked in radio and television news.</div>',
      null,
    ],
  ])('%s', (_name, body, byline) => {
    expect(readMetadata(docWith('', body)).byline).toBe(byline);
  });
});

test('a body class naming comments does not hide the byline', () => {
  const doc = new DOMParser().parseFromString(
    '<html><head></head><body class="single comments-open"><p class="byline">By Rosa Delgado</p></body></html>',
    'text/html',
  );
  expect(readMetadata(doc).byline).toBe('Rosa Delgado');
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
