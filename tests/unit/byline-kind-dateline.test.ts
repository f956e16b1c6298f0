import { describe, expect, test } from 'vitest';
import { bylineAgency, bylineCredit, bylinePeople } from '../../utils/extract/byline';
import { splitDateline } from '../../utils/extract/dateline';
import { readKind } from '../../utils/extract/kind';
import { articleJsonLd, hostSiteName, readMetadata } from '../../utils/extract/metadata';

function docWith(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('bylines as people', () => {
  test.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe, Max Müller and Li Wei', ['Jane Doe', 'Max Müller', 'Li Wei']],
    ['Jane TUCKERAssociated Press', ['Jane TUCKER']],
    ['By JANE DOE and JOHN ROE, Associated Press', ['Jane Doe', 'John Roe']],
    ['By Jane Doe | Published 3:04 PM EST, Mon March 3, 2025 | Updated 5:00 PM', ['Jane Doe']],
    ['Jane Doe Nov 20, 2024 1:30 PM', ['Jane Doe']],
    ['Jane Doe, Senior Correspondent', ['Jane Doe']],
    ['Jane Doe Staff Writer', ['Jane Doe']],
    ['Jane Doe for The Daily', ['Jane Doe']],
    ['von Anna Schmidt und Peter Braun', ['Anna Schmidt', 'Peter Braun']],
    ['María García y José López', ['María García', 'José López']],
    ['Published 3:04 PM EST, Mon March 3, 2025', []],
    ['Associated Press', []],
    ['https://www.facebook.com/janedoe', []],
  ])('%s', (raw, people) => {
    expect(bylinePeople(raw)).toEqual(people);
  });

  test('an agency is credited when the byline names no person', () => {
    expect(bylineAgency('By Associated Press')).toBe('Associated Press');
    expect(bylineAgency('Jane TUCKERAssociated Press')).toBe('Associated Press');
    expect(bylineAgency('Jane Doe')).toBeNull();
    expect(bylineCredit('By Wire Desk')).toBe('Wire Desk');
    expect(bylineCredit('Posted 3 hours ago')).toBeNull();
  });

  test('every author tag counts, in order', () => {
    const meta = readMetadata(
      docWith(
        '<meta name="author" content="Rosa Delgado"><meta name="author" content="Tom Becker">',
      ),
    );
    expect(meta.authors).toEqual(['Rosa Delgado', 'Tom Becker']);
    expect(meta.byline).toBe('Rosa Delgado, Tom Becker');
  });
});

describe('site name', () => {
  test('a layout word is not a site name; the publisher is', () => {
    const meta = readMetadata(
      docWith(
        '<meta property="og:site_name" content="Hosted"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"The Ledger"}}</script>',
      ),
    );
    expect(meta.siteName).toBe('The Ledger');
  });

  test('the host names a site that names nothing else', () => {
    expect(hostSiteName('https://www.example.co.uk/a/b')).toBe('example.co.uk');
    expect(hostSiteName('not a url')).toBeNull();
  });
});

describe('datelines', () => {
  test.each([
    ['WASHINGTON (Reuters) — The Senate voted.', 'WASHINGTON (Reuters)', 'The Senate voted.'],
    ['(CNN)The Senate voted.', '(CNN)', 'The Senate voted.'],
    ['CAIRO — Gunmen attacked.', 'CAIRO', 'Gunmen attacked.'],
    ['LONDON, England (CNN) -- A man was.', 'LONDON, England (CNN)', 'A man was.'],
    ['SAN FRANCISCO — Apple said.', 'SAN FRANCISCO', 'Apple said.'],
    ['BERLIN (dpa) - Die Regierung hat.', 'BERLIN (dpa)', 'Die Regierung hat.'],
  ])('%s', (paragraph, dateline, rest) => {
    expect(splitDateline(paragraph)).toEqual({ dateline, rest });
  });

  test.each(['The US — and China — agreed.', 'I - the narrator - said.', 'It rained — a lot.'])(
    'no dateline in "%s"',
    (paragraph) => {
      expect(splitDateline(paragraph)).toBeNull();
    },
  );
});

describe('kind of piece', () => {
  const kindOf = (head: string, body = '', url: string | null = null) => {
    const doc = docWith(head, body);
    return readKind(doc, articleJsonLd(doc), url);
  };

  test('schema.org types say it outright', () => {
    expect(
      kindOf('<script type="application/ld+json">{"@type":"OpinionNewsArticle"}</script>'),
    ).toBe('opinion');
    expect(kindOf('<script type="application/ld+json">{"@type":"LiveBlogPosting"}</script>')).toBe(
      'live',
    );
    expect(
      kindOf('<script type="application/ld+json">{"@type":"ReviewNewsArticle"}</script>'),
    ).toBe('review');
    expect(kindOf('<script type="application/ld+json">{"@type":"NewsArticle"}</script>')).toBe(
      'news',
    );
  });

  test('a section, a URL folder or a label above the headline', () => {
    expect(readMetadata(docWith('<meta property="article:section" content="Analysis">')).kind).toBe(
      'analysis',
    );
    expect(kindOf('', '', 'https://paper.example/commentisfree/2025/mar/04/a-slug')).toBe(
      'opinion',
    );
    // The slug's own words say nothing: "opinion-poll" is news about a poll.
    expect(kindOf('', '', 'https://paper.example/politics/opinion-poll-shows-lead')).toBeNull();
    expect(
      kindOf(
        '',
        '<article><header><span class="flag">Sponsored content</span><h1>Ten ways to save</h1></header><p>Text.</p></article>',
      ),
    ).toBe('sponsored');
    // A label in a menu or after the headline (an ad slot) is not the story's.
    expect(
      kindOf(
        '',
        '<article><header><ul><li>Opinion</li></ul><h1>Council votes</h1><span>Review</span></header></article>',
      ),
    ).toBeNull();
  });

  test('a press wire in the opening line makes a press release', () => {
    expect(
      kindOf(
        '',
        '<article><h1>Acme opens a plant</h1><p>DAYTON, Ohio, May 12, 2025 /PRNewswire/ -- Acme today opened a plant.</p></article>',
      ),
    ).toBe('press-release');
  });
});
