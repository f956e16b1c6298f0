import { describe, expect, test } from 'vitest';
import { readMetadata } from '../../utils/extract/metadata';
import { writtenDate } from '../../utils/extract/written-date';

describe('writtenDate', () => {
  test.each([
    ['posted on Saturday, August 13th, 2011', '2011-08-13'],
    ['Aug 13, 2011 – 4:39 PM', '2011-08-13'],
    ['Published: Wednesday, 21 Sep 2011 | 4:35 PM ET', '2011-09-21'],
    ['Sept. 2, 2011, 5:00PM EST', '2011-09-02'],
    ['By Rosa Delgado posted Mar 3rd 2012 7:30PM', '2012-03-03'],
    ['2011年8月13日', '2011-08-13'],
    ['Filed 2011-08-13 09:00', '2011-08-13'],
    ['the 13th of August, 2011', '2011-08-13'],
    // Numbers only: a year written first leads the month; dots after a day put the day first.
    ['2011/8/13', '2011-08-13'],
    ['2011.08.13 last update', '2011-08-13'],
    ['Lesedauer 5 Min. 13.08.2011', '2011-08-13'],
    ['13.13.2011', null],
    // The first date written wins: "May 2, 2012" is written before "3 June 2012".
    ['May 2, 2012, updated 3 June 2012', '2012-05-02'],
    // A range or a date without its year is no day of publication.
    ['September 12—14, 2011', null],
    ['August 13', null],
    ['February 31, 2011', null],
    ['No date here', null],
  ])('%s', (text, date) => {
    expect(writtenDate(text)).toBe(date);
  });
});

describe('a date printed in the page', () => {
  test.each([
    ['a post-time line', '<div class="post-time">posted on Saturday, August 13th, 2011</div>'],
    ['a date with a dash and its time', '<abbr class="published">Aug 13, 2011 – 4:39 PM</abbr>'],
    [
      'a date line followed by script text',
      '<div class="date">August 13th, 2011 in Music <script>var a = 1;</script></div>',
    ],
    [
      "a comment's date before the story's is passed over",
      '<ol class="comment-list"><li><span class="date">Aug 20, 2011</span></li></ol><div class="post-time">posted on Saturday, August 13th, 2011</div>',
    ],
    [
      "a teaser card's date before the story's is passed over",
      '<ul><li><span class="date">May 2, 2012</span><h3><a href="/next">Another story</a></h3></li></ul><div class="post-time">posted on Saturday, August 13th, 2011</div>',
    ],
    [
      "a link holding a teaser's headline and date is passed over",
      '<a href="/next"><h3>Another story</h3><span class="date">May 2, 2012</span></a><div class="post-time">posted on Saturday, August 13th, 2011</div>',
    ],
    [
      'a date labelled a revision loses to a date without a label',
      '<span class="date">Updated: May 2, 2012</span><span class="date">August 13, 2011</span>',
    ],
    [
      'a date labelled a revision is shown when no other is printed',
      '<div class="date"><span>Updated: </span>August 13, 2011</div>',
    ],
    [
      'a date written in the byline line',
      '<div class="post-author">Written by <a href="/a/rd">Rosa Delgado</a> in <a href="/s/garden">Gardening</a> on 13 August 2011 at 8:34 PM</div>',
    ],
    ['a date written with dots, day first', '<li class="meta__date">13.08.2011</li>'],
    [
      'a microdata date in its content attribute',
      '<dd itemprop="datePublished" content="2011-08-13">August 2011</dd>',
    ],
    [
      'a page whose body class names comments still has its date',
      '<div class="post-time">posted on Saturday, August 13th, 2011</div>',
      'single comments-open',
    ],
  ])('%s', (_name, body, bodyClass = '') => {
    const doc = new DOMParser().parseFromString(
      `<html><head></head><body class="${bodyClass}">${body}</body></html>`,
      'text/html',
    );
    expect(readMetadata(doc).publishedTime).toBe('2011-08-13T00:00:00.000Z');
  });
});

describe('a <time> labelled as the revision is not the publication date', () => {
  test.each([
    [
      'a label before it',
      '<dl><dt>Updated:</dt><dd><span><time datetime="2012-05-02T10:00:00Z">May 2</time></span></dd><dt>Original:</dt><dd><span><time datetime="2011-08-13T10:00:00Z">Aug 13</time></span></dd></dl>',
    ],
    [
      'its class',
      '<time class="updated" datetime="2012-05-02T10:00:00Z">May 2</time> <time class="entry-date" datetime="2011-08-13T10:00:00Z">Aug 13</time>',
    ],
    [
      'its text',
      '<time datetime="2012-05-02T10:00:00Z">Updated May 2</time> <time datetime="2011-08-13T10:00:00Z">Aug 13</time>',
    ],
  ])('%s', (_name, body) => {
    const doc = new DOMParser().parseFromString(
      `<html><head></head><body>${body}</body></html>`,
      'text/html',
    );
    expect(readMetadata(doc).publishedTime).toBe('2011-08-13T10:00:00.000Z');
  });
});
