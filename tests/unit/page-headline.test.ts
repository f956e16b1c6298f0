import { describe, expect, test } from 'vitest';
import { readMetadata } from '../../utils/extract/metadata';
import {
  chooseHeadline,
  namesSite,
  siteKeys,
  withoutSitePart,
  wordAgreement,
} from '../../utils/extract/page-headline';

// Every page, title and site name here is invented.
const KEYS = siteKeys('The Daily Tide', 'https://www.dailytide.example/2024/05/pier');
const TITLE = 'Harbor council votes to rebuild the old pier | The Daily Tide';
const HEADLINE = 'Harbor council votes to rebuild the old pier';

describe('siteKeys and namesSite', () => {
  test('a site is named by its declared name and its host labels', () => {
    expect(KEYS).toEqual(['thedailytide', 'dailytide']);
    expect(siteKeys(null, 'https://news.harbor.co.jp/a')).toEqual(['news', 'harbor']);
  });

  test.each([
    ['The Daily Tide', true],
    ['DAILY TIDE', true],
    ['Daily Tide Logo', true],
    ['dailytidedailytide', true],
    ['Daily Tide readers sue the harbor board over the pier vote', false],
    ['Business Monday', false],
    ['', false],
  ])('%s → %s', (text, names) => {
    expect(namesSite(text, KEYS)).toBe(names);
  });
});

describe('chooseHeadline', () => {
  test('a logo h1 before the headline h1 is passed over: the title agrees with the second', () => {
    expect(chooseHeadline(['The Daily Tide', HEADLINE], TITLE, KEYS)).toEqual({
      headline: HEADLINE,
      furniture: ['The Daily Tide'],
    });
  });

  test('a section h1 before the headline h1 is passed over', () => {
    expect(chooseHeadline(['Business Monday', HEADLINE], TITLE, KEYS).headline).toBe(HEADLINE);
  });

  test('a reworded headline still agrees with its title', () => {
    const h1 = 'Council votes to rebuild the old harbor pier by 2027';
    expect(wordAgreement(h1, TITLE)).toBeGreaterThanOrEqual(0.5);
    expect(chooseHeadline(['Menu', h1], TITLE, KEYS).headline).toBe(h1);
  });

  test('an h1 that is only the title’s site part is no headline: the title is', () => {
    const keys = siteKeys(null, 'https://blog.example/');
    expect(
      chooseHeadline(
        ['Marta’s Harbor Notes'],
        'Marta’s Harbor Notes - Why the old pier matters to the town',
        keys,
      ),
    ).toEqual({
      headline: null,
      furniture: ['Marta’s Harbor Notes'],
    });
  });

  test('an h1 unrelated to a generic title stays the headline', () => {
    expect(chooseHeadline([HEADLINE], 'Home page', KEYS).headline).toBe(HEADLINE);
  });

  test('without a title the first h1 is the headline', () => {
    expect(chooseHeadline(['Menu', HEADLINE], '', KEYS).headline).toBe('Menu');
  });

  test('an h1 that is a piece of the title, but not its site part, stays the headline', () => {
    // The title names the song's band too: the h1 shares two of its eight words.
    const title = 'The Harbor Band – Low Tide Lyrics | Tide Lyrics';
    expect(
      chooseHeadline(['Low Tide'], title, siteKeys(null, 'https://tidelyrics.example/')).headline,
    ).toBe('Low Tide');
  });

  test('a short headline whose title names the site is no site part', () => {
    const keys = siteKeys(null, 'https://pastes.example/x');
    expect(chooseHeadline(['pier 42'], 'pier 42 - Pastes.example', keys).headline).toBe('pier 42');
  });

  test('in an unspaced script, words come from the segmenter', () => {
    const title = '港の桟橋を建て直す議会の決定｜潮日報';
    const h1 = '港の桟橋を建て直す議会の決定';
    expect(chooseHeadline(['潮日報', h1], title, siteKeys('潮日報', null)).headline).toBe(h1);
  });
});

describe('withoutSitePart', () => {
  test.each([
    [TITLE, HEADLINE],
    ['The Daily Tide: Harbor council votes to rebuild the old pier', HEADLINE],
    ['Harbor council votes to rebuild the old pier - DAILYTIDE', HEADLINE],
    ['Harbor council votes to rebuild the old pier • The Daily Tide', HEADLINE],
    ['Harbor council votes to rebuild the old pier | Daily Tide Weekend', HEADLINE],
    [
      'Pier vote: what it means - and what it does not',
      'Pier vote: what it means - and what it does not',
    ],
    ['Daily Tide', 'Daily Tide'],
  ])('%s → %s', (title, expected) => {
    expect(withoutSitePart(title, KEYS)).toBe(expected);
  });

  test('an h1 passed over as the site’s name comes off the title too', () => {
    expect(
      withoutSitePart(
        'Marta’s Harbor Notes - Why the old pier matters to the town',
        [],
        ['Marta’s Harbor Notes'],
      ),
    ).toBe('Why the old pier matters to the town');
  });

  test('an East Asian title loses a site part set off by a full-width bar', () => {
    expect(withoutSitePart('港の桟橋を建て直す議会の決定｜潮日報', siteKeys('潮日報', null))).toBe(
      '港の桟橋を建て直す議会の決定',
    );
  });
});

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('readMetadata title', () => {
  const url = 'https://www.dailytide.example/2024/05/pier';

  test('a page without title metadata whose first h1 is its logo shows the headline h1', () => {
    const doc = page(
      `<title>${TITLE}</title>`,
      `<header><h1><a href="/">The Daily Tide</a></h1></header><article><h1>${HEADLINE}</h1><p>Text.</p></article>`,
    );
    expect(readMetadata(doc, url).title).toBe(HEADLINE);
  });

  test('a page whose only h1 is the site name shows its title, less the site part', () => {
    const doc = page(
      `<title>${TITLE}</title>`,
      '<h1>Daily Tide</h1><p>Harbor council votes to rebuild the old pier, the board said.</p>',
    );
    expect(readMetadata(doc, url).title).toBe(HEADLINE);
  });

  test('og:title still comes first, less the site part the host names', () => {
    const doc = page(
      `<meta property="og:title" content="${HEADLINE} - Daily Tide">`,
      '<h1>Menu</h1>',
    );
    expect(readMetadata(doc, url).title).toBe(HEADLINE);
  });
});
