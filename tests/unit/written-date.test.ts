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
