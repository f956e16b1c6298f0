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
    // A weekday starts the date printed after the name.
    ['By Rosa Delgado Tuesday, Aug. 5, 2025', ['Rosa Delgado']],
    // A spaced dash parts a name from its desk; agency initials open no name.
    ['By TOM BECKER and LINA PARK - AP Science Writers | AP', ['Tom Becker', 'Lina Park']],
    // "with" adds a co-author.
    ['By Rosa Delgado, with Tom Becker, in Lisbon', ['Rosa Delgado', 'Tom Becker']],
    // A part in capitals beside a name in mixed case is the paper's own name.
    ['Rosa Delgado, DAILY LEDGER', ['Rosa Delgado']],
    ['By RUTH OYELARAN and Per Lind', ['Ruth Oyelaran', 'Per Lind']],
    // Labels and boards are no people.
    ['Guest Author', []],
    ['By Harbor Editorial Board', []],
    ['Mit Informationen von Anna Schmidt, NDR-Studio Kiel', ['Anna Schmidt']],
    ['Jane Doe; additional reporting by Li Wei', ['Jane Doe', 'Li Wei']],
    // A label with a colon goes; "e" inside a word ("Piše") parts nothing.
    ['Author: Rosa Delgado', ['Rosa Delgado']],
    ['Piše: Ana Horvat', ['Ana Horvat']],
    // Every word of a name but its particles starts with a capital; a web address is no name.
    ['Ask Rosa a Question', []],
    ['Emilio de la Vega', ['Emilio de la Vega']],
    ['By Samir al-Rashid and Anne d’Orsay', ['Samir al-Rashid', 'Anne d’Orsay']],
    ['HarborLedger.com', []],
    ['Par ANA RUIZ, LEA BRUN Envoyées spéciales à Lyon', ['Ana Ruiz', 'Lea Brun']],
    // A link to the author's profile is no person.
    ['Rosa Delgado Twitter', ['Rosa Delgado']],
    ['By Rosa Delgado | Email | Follow on Instagram', ['Rosa Delgado']],
    // A preposition printed apart starts the section or place, not a co-author.
    ['Written by | Rosa Delgado | in | Gardening | on 3 March 2025', ['Rosa Delgado']],
    // A newsroom or paper after the name, and job titles of a company's people.
    ['Rosa Delgado, Harbor Valley News', ['Rosa Delgado']],
    ['Tom Becker | Lakeside Post', ['Tom Becker']],
    ['Rosa Delgado, Northwind Media Fellow', ['Rosa Delgado']],
    ['Tom Becker CEO', ['Tom Becker']],
    // Labels in scripts without capitals: before the name after a full-width colon, as words
    // between names, or in parentheses after one.
    ['著者：山田花子', ['山田花子']],
    ['著者 山田花子 イラスト 木村一郎', ['山田花子', '木村一郎']],
    ['投稿者', []],
    ['山田花子(著者)', ['山田花子']],
    ['Rosa Delgado (Author)', ['Rosa Delgado']],
  ])('%s', (raw, people) => {
    expect(bylinePeople(raw)).toEqual(people);
  });

  test('an agency is credited when the byline names no person', () => {
    expect(bylineAgency('By Associated Press')).toBe('Associated Press');
    expect(bylineAgency('Jane TUCKERAssociated Press')).toBe('Associated Press');
    expect(bylineAgency('Jane Doe')).toBeNull();
    expect(bylineCredit('By Wire Desk')).toBe('Wire Desk');
    expect(bylineCredit('Posted 3 hours ago')).toBeNull();
    // A login, the site's address and a label are no credit.
    expect(bylineCredit('rd')).toBeNull();
    expect(bylineCredit('HarborLedger.com')).toBeNull();
    expect(bylineCredit('Topic Author')).toBeNull();
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
    // A double hyphen that lost its spaces; a date in the parentheses.
    ['HARBOR CITY--The council voted.', 'HARBOR CITY', 'The council voted.'],
    ['OSLO (May 4) -- The council voted.', 'OSLO (May 4)', 'The council voted.'],
    // Any script: a known agency in parentheses says it is a dateline.
    ['Lisboa (Lusa) — O governo aprovou.', 'Lisboa (Lusa)', 'O governo aprovou.'],
    ['القاهرة، مصر (CNN) -- قال مسؤولون.', 'القاهرة، مصر (CNN)', 'قال مسؤولون.'],
  ])('%s', (paragraph, dateline, rest) => {
    expect(splitDateline(paragraph)).toEqual({ dateline, rest });
  });

  test.each([
    'The US — and China — agreed.',
    'I - the narrator - said.',
    'It rained — a lot.',
    'NATO-Russia talks resumed.',
    'He told (AP) - no one.',
  ])('no dateline in "%s"', (paragraph) => {
    expect(splitDateline(paragraph)).toBeNull();
  });
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

  test('a control by the headline is no label', () => {
    // A link to the page's comments and a button say what the reader can do, not what the piece is.
    expect(
      kindOf(
        '',
        '<article><div class="tools"><a href="#comments">Comment</a></div><h1>Council votes</h1><p>Text.</p></article>',
      ),
    ).toBeNull();
    expect(
      kindOf('', '<article><button>Opinion</button><h1>Council votes</h1><p>Text.</p></article>'),
    ).toBeNull();
    // A section link is a label.
    expect(
      kindOf(
        '',
        '<article><a href="/opinion/">Opinion</a><h1>Council votes</h1><p>Text.</p></article>',
      ),
    ).toBe('opinion');
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
