import { describe, expect, test } from 'vitest';
import {
  cleanBlocks,
  isHeadlineCopy,
  isThread,
  listingTitles,
  withoutTrailingHeadings,
} from '../../utils/extract/clean-blocks';
import { type Block, collectBlocks } from '../../utils/extract/readability';

const TITLE = 'Putin’s Rising Influence in Ukraine';
const block = (text: string, heading = false, boxed = false): Block => ({
  text,
  heading,
  boxed,
  prose: !heading,
  linkChars: 0,
});
const PROSE =
  'The council voted on Tuesday to approve the new budget after a long debate that lasted into the night.';

describe('cleanBlocks', () => {
  test.each([
    ['an ad label', 'Advertisement'],
    ['a byline line', 'By Jane Doe and John Roe, Reuters'],
    ['a timestamp', 'Updated 3:42 PM EST, Thu November 21, 2024'],
    ['a reading time', '5 min read'],
    ['a dateline with a clock time', 'Reuters · November 20, 2024 at 1:30 p.m. EST'],
    ['a copyright line', 'Copyright 2024 Thomson Reuters. All rights reserved.'],
    ['a photo credit', 'Photo: Alexander Zemlianichenko/AP'],
    ['a contributors line', 'Contributing: Dana Whitlock, Omar Castel, Associated Press.'],
    ['a reporting credit', 'Reporting by Tessa Marlowe; Editing by Ivan Kostel'],
    ['a lone counter', '861'],
    ['a promo line', '(MORE: Why the quake was felt so far away)'],
    ['a follow line', 'Follow Marisol Brandt on Twitter.'],
    ['a columnist contact line', 'Corin Vale can be reached at cvale@example.com.'],
    ['a chart source line', 'Source: Keystone Housing Analytics'],
    ['a contributed-to-this-report line', "Capitol Wire's Alex Moreno contributed to this report."],
    [
      'an image caption with its credit glued on',
      'Hollis Reyna/Getty ImagesShouldn’t the medal go back if the judges were misled?',
    ],
    [
      'a caption whose glued credit names two photographers in 41 characters',
      'Marguerite Okonkwo-Vasquez and Ida Strand/ReutersThe ferry left the quay an hour late.',
    ],
    ['an embed widget', 'To embed this chart, use the code below on your own site.'],
    ['a reader contact line', 'You can email her at tips@example.com or call the newsroom.'],
    ['an illustration credit', 'Illustration by Petra Lund'],
    ['a section kicker before the story', 'Executive Branch'],
    ['a site label before the story', '| FoxNews.com'],
    ['a bracketed read line', '[Read: How the museum reopened after the attack]'],
    ['a photos line', 'PHOTOS: Hailstorm batters the coast'],
    [
      'a wire correction note',
      '(Corrects 4th paragraph to show the vote was held in March, not April)',
    ],
    ['a lone widget label', 'Kudos'],
    [
      "an editor's note",
      'Editor’s note: This story has been updated with comment from the port authority and new figures for October.',
    ],
    ['the headline', 'Putin’s Rising Influence in Ukraine'],
    ['the headline with a glued breadcrumb', "HomeLocalPutin's Rising Influence in Ukraine"],
    [
      'a truncated teaser',
      'Millions in the eastern U.S. and Great Lakes region are getting their first real taste of winter weather on Thursday. Light snow could even',
    ],
  ])('drops %s', (_name, text) => {
    expect(cleanBlocks([block(text), block(PROSE)], TITLE).map((b) => b.text)).toEqual([PROSE]);
  });

  test.each([
    [
      'other prose',
      'The mayor said the plan would be reviewed again next spring by an independent panel of experts.',
    ],
    ['a subheading', 'SECURITY ASSURANCES, MILITARY RESTRICTIONS'],
    [
      'a sentence with an address in it',
      'Tips can be sent to the agency at tips@example.gov, the bureau said on Monday.',
    ],
    [
      'a quote paragraph',
      '“Why? Because this would mean that Ukraine would continually be used as an instrument.”',
    ],
    [
      'a sentence mentioning a date',
      'On June 14, Putin laid down his initial conditions for an immediate cessation of hostilities.',
    ],
  ])('keeps %s', (_name, text) => {
    expect(cleanBlocks([block(text), block(PROSE)], TITLE).map((b) => b.text)).toEqual([
      text,
      PROSE,
    ]);
  });

  test('drops a truncated teaser together with its heading', () => {
    const blocks = [
      block('A Wintry Mix: Eastern US Braces for Snow', true),
      block(
        'Will it snow today? Millions under winter storm watches, alerts across the eastern US as a storm could even',
      ),
      block(PROSE),
    ];
    expect(cleanBlocks(blocks, TITLE).map((b) => b.text)).toEqual([PROSE]);
  });

  test('drops a short block that is only a link', () => {
    const link: Block = {
      text: 'Read the full audit (PDF)',
      heading: false,
      prose: true,
      boxed: false,
      linkChars: 25,
    };
    expect(cleanBlocks([block(PROSE), link], TITLE).map((b) => b.text)).toEqual([PROSE]);
  });

  test('drops a boxed pull quote that repeats part of a paragraph, keeps running text that does', () => {
    const pull = 'after a long debate that lasted into the night';
    expect(cleanBlocks([block(pull, false, true), block(PROSE)], TITLE).map((b) => b.text)).toEqual(
      [PROSE],
    );
    expect(cleanBlocks([block(PROSE), block(pull)], TITLE).map((b) => b.text)).toEqual([
      PROSE,
      pull,
    ]);
  });

  test('drops a far repeat (a story rendered twice) but keeps adjacent identical paragraphs', () => {
    const other =
      'The mayor said the plan would be reviewed again next spring by an independent panel of experts.';
    expect(
      cleanBlocks([block(PROSE), block(other), block(PROSE), block(other)], TITLE).map(
        (b) => b.text,
      ),
    ).toEqual([PROSE, other]);
    expect(
      cleanBlocks([block(PROSE), block(PROSE), block(other)], TITLE).map((b) => b.text),
    ).toEqual([PROSE, PROSE, other]);
  });

  test.each([
    [
      'a list item',
      {
        text: 'Dorothy Pemberton beat the previous state record by 153lb after growing the pumpkin for 104 days',
        heading: false,
        prose: false,
        boxed: false,
        linkChars: 0,
      },
    ],
    [
      'a code block',
      {
        text: '<html> <head> <title>Test page for the parser with no closing punctuation</title> </head>',
        heading: false,
        prose: false,
        boxed: false,
        linkChars: 0,
      },
    ],
  ])('keeps %s without final punctuation', (_name, item) => {
    expect(cleanBlocks([item, block(PROSE)], TITLE).map((b) => b.text)).toEqual([item.text, PROSE]);
  });
});

describe('cleanBlocks keeps footnotes', () => {
  test('a footnote ending in its back-link is a finished sentence', () => {
    const footnote = {
      ...block(
        'This figure is an estimate from the size of the archive, which the report gives in its appendix. ↩︎',
      ),
      linkChars: 2,
    };
    expect(cleanBlocks([block(PROSE), footnote], TITLE)).toHaveLength(2);
  });
});

describe('cleanBlocks keeps a list’s lead-in', () => {
  test('an opening paragraph ending in a colon and a dash introduces the list after it', () => {
    const leadIn = block(
      'The harbor board has read the ferry company’s plan and agrees with the port’s view that it cannot yet be approved. We note in particular the lack of figures on:-',
    );
    const items = [
      { ...block('the number of crossings in winter;'), prose: false },
      { ...block('the cost of the new pier.'), prose: false },
    ];
    const kept = cleanBlocks([leadIn, ...items, block(PROSE)], TITLE);
    expect(kept.map((b) => b.text)).toContain(leadIn.text);
  });
});

describe('isHeadlineCopy', () => {
  test.each([
    ['Putin’s Rising Influence in Ukraine', true],
    ['HomeLocalPutin’s Rising Influence in Ukraine', true],
    ['He spoke. Putin’s Rising Influence in Ukraine', false],
    ['Something else', false],
  ])('%s → %s', (text, expected) => {
    expect(isHeadlineCopy(text, TITLE)).toBe(expected);
  });

  // The last character decides first: a capital, trailing spaces or a curly quote at the end
  // still reach the full comparison.
  test.each([
    ['Ferry Fares Rise  \n', 'ferry fares rise', true],
    ['Ferry fares rise.', 'Ferry fares rise', false],
    ['Harbor votes “No”', 'Harbor votes "no"', true],
    ['Harbor votes "No"', 'Harbor votes “no”', true],
    ['   ', 'Ferry fares rise', false],
  ])('%j with title %j → %s', (text, title, expected) => {
    expect(isHeadlineCopy(text, title)).toBe(expected);
  });
});

describe('cleanBlocks keeps text a page cut', () => {
  const cut =
    'Moreau, who was eight months pregnant, was sent home from the clinic because it had no free beds on the ward, the Courier reports. She re';
  test.each([
    ['a paragraph cut mid-story', [block(PROSE), block(cut)], [PROSE, cut]],
    [
      'a long block without punctuation (lyrics, transcripts)',
      [block(Array.from({ length: 90 }, (_, i) => `word${i}`).join(' '))],
      null,
    ],
  ])('%s', (_name, blocks, expected) => {
    expect(cleanBlocks(blocks, TITLE).map((b) => b.text)).toEqual(
      expected ?? blocks.map((b) => b.text),
    );
  });
});

describe('cleanBlocks reads a thread of posts', () => {
  const post = (who: string, time: string, text: string): Block[] => [
    block(`Posted by ${who} » Sun Mar 02, 2025 ${time}`),
    block(who),
    block(text),
  ];
  const thread = [
    ...post('kettlebird', '8:05 pm', 'Has anyone refinanced with the credit union on Elm Street'),
    ...post(
      'norrland',
      '8:43 pm',
      'We did last spring. Their rate beat the big banks by a quarter point.',
    ),
    ...post('kettlebird', '9:10 pm', 'Thanks, that helps'),
    block('Quote this post', false, false),
  ];
  thread[thread.length - 1] = { ...block('Quote this post'), linkChars: 15 };

  test('post headers recurring between texts make a thread; a story’s byline does not', () => {
    expect(isThread(thread)).toBe(true);
    expect(
      isThread([
        block('By Jane Doe'),
        block('Updated 3:42 PM EST, Thu November 21, 2024'),
        block(PROSE),
      ]),
    ).toBe(false);
  });

  test('keeps who wrote each post and when, the posters’ names and unpunctuated posts', () => {
    expect(cleanBlocks(thread, TITLE).map((b) => b.text)).toEqual(
      thread.slice(0, -1).map((b) => b.text),
    );
  });

  test('a poster’s name linked to their profile, above their details and dated header, stays', () => {
    const linked = (text: string): Block => ({ ...block(text), linkChars: text.length });
    const board = [
      linked('gullwing'),
      block('Posts: 212'),
      block('Joined: Tue May 05, 2015 9:14 am'),
      block('Has anyone refinanced with the credit union on Elm Street'),
      linked('tidewater'),
      block('Joined: Fri Jun 09, 2017 11:16 am'),
      block('We did last spring. Their rate beat the big banks by a quarter point.'),
      linked('moorings'),
      block('Joined: Thu Nov 08, 2007 3:52 pm'),
      block('Thanks, that helps'),
      linked('Quote this post'),
      block('Posted by gullwing » Sat Mar 08, 2025 7:02 am'),
      block('Same here, the closing took five weeks'),
      linked('Back to the board index'),
      linked('Next topic'),
    ];
    const texts = cleanBlocks(board, TITLE).map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['gullwing', 'tidewater', 'moorings']));
    expect(texts).not.toContain('Next topic');
    expect(texts).not.toContain('Quote this post');
  });

  test('a reply’s quote of an earlier post stays', () => {
    const quoted = {
      ...block('We did last spring. Their rate beat the big banks by a quarter point.'),
      boxed: true,
    };
    const withQuote = [...thread.slice(0, 6), quoted, ...thread.slice(6)];
    expect(cleanBlocks(withQuote, TITLE).map((b) => b.text)).toContain(quoted.text);
    expect(cleanBlocks(withQuote, TITLE).filter((b) => b.text === quoted.text)).toHaveLength(2);
  });
});

describe('cleanBlocks drops the headings a reading ends on', () => {
  const story = [
    block('Ferry Timetable Changes', true),
    block(PROSE),
    block('What the riders said', true),
    block(
      'Commuters on the early boat welcomed the later sailing, though some worried about the fares.',
    ),
  ];
  test('titles of link lists the noise rules removed go; headings above text stay', () => {
    const ending = [
      ...story,
      block('More from the harbor desk', true),
      block('Popular this week', true),
    ];
    expect(cleanBlocks(ending, TITLE).map((b) => b.text)).toEqual(story.map((b) => b.text));
    expect(cleanBlocks(story, TITLE).map((b) => b.text)).toEqual(story.map((b) => b.text));
  });
  test('a reading of nothing but headings keeps them', () => {
    const headings = [block('Tide Tables', true), block('Ferry Times', true)];
    expect(withoutTrailingHeadings(headings)).toEqual(headings);
  });
});

describe('cleanBlocks keeps the linked titles of a listing’s entries', () => {
  const linked = (text: string): Block => ({ ...block(text), linkChars: text.length });
  const jobs = [
    linked('Harbor Office Clerk'),
    block('Full time. Answer the phones at the ferry office and keep the sailing logs in order.'),
    linked('Deck Hand, Summer Season'),
    block('Seasonal. Help the crew moor the boats and load the cars on the morning crossings.'),
    linked('Ticket Booth Attendant'),
    block('Part time. Sell tickets at the quay on weekends and answer questions from visitors.'),
  ];
  test('three linked titles, each over its own text, are the entries’ titles and stay', () => {
    expect(listingTitles(jobs)).toEqual(new Set([0, 2, 4]));
    expect(cleanBlocks(jobs, TITLE).map((b) => b.text)).toEqual(jobs.map((b) => b.text));
  });
  test('two are not a listing: a link-only line still goes', () => {
    expect(cleanBlocks(jobs.slice(0, 4), TITLE).map((b) => b.text)).toEqual([
      jobs[1]?.text,
      jobs[3]?.text,
    ]);
  });
  test('a button repeated under every post, or a link over a table’s datum, is no title', () => {
    const posts = jobs.map((b) => (b.linkChars > 0 ? linked('Quote this post') : b));
    expect(listingTitles(posts).size).toBe(0);
    const status = [linked('Pendragon'), { ...block('385 players online'), cell: true }];
    expect(listingTitles([...status, ...status, ...status]).size).toBe(0);
  });
  test('a menu’s last link over the text after the menu is no title', () => {
    const menu = [linked('Full time'), linked('Part time')];
    const intro = block('Every listing below was checked by our staff before it went up.');
    expect(listingTitles([...menu, intro, ...jobs])).toEqual(new Set([3, 5, 7]));
  });
});

describe('cleanBlocks keeps a reading with no story prose', () => {
  test('classified ads cut short with a link are the page’s text, not teasers', () => {
    const ad = (text: string) => ({ ...block(`${text}... View this ad`), linkChars: 12 });
    const ads = [
      ad(
        'GROUNDS KEEPING Do you know lawns, shrubs and trees and want steady outdoor work this spring',
      ),
      ad(
        'PART-TIME OFFICE SUPPORT wanted for a small relaxed office near the square, mornings only',
      ),
    ];
    // Each ad stays; its "View this ad" link is cut (block-trims.ts).
    expect(cleanBlocks(ads, TITLE).map((b) => b.text)).toEqual(
      ads.map((b) => b.text.replace(/ View this ad$/, '')),
    );
  });
});

describe('cleanBlocks keeps a table’s data', () => {
  const page = (table: string) =>
    new DOMParser().parseFromString(
      `<html><body><div><p>${PROSE}</p>${table}<p>${PROSE.replace('Tuesday', 'Friday')}</p></div></body></html>`,
      'text/html',
    ).body;

  test('a lone word that is the whole of a cell beside other cells is a datum, not a label', () => {
    // Each datum sits in its own <p>, as old report pages print their tables.
    const table =
      '<table><tr><td><p>Gull</p></td><td><p>Nests on the harbor wall every spring</p></td></tr>' +
      '<tr><td><p>Tern</p></td><td><p>Feeds over the bar at high water</p></td></tr>' +
      '<tr><td><p>Heron</p></td><td><p>Stands in the shallows by the slip</p></td></tr></table>';
    const texts = cleanBlocks(collectBlocks(page(table)), TITLE).map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['Gull', 'Tern', 'Heron']));
  });

  test('a listing row’s date cell is the entry’s timestamp and goes', () => {
    const row = (date: string, ad: string) =>
      `<tr><td><p>${date}</p></td><td><p>${ad}</p></td></tr>`;
    const table = `<table>${row('12-20-06', 'Deckhand wanted for the summer ferry season, weekends only.')}${row('12-13-06', 'Boat painter needed for two weeks in March, tools supplied.')}</table>`;
    const texts = cleanBlocks(collectBlocks(page(table)), TITLE).map((b) => b.text);
    expect(texts).not.toContain('12-20-06');
    expect(texts).toContain('Deckhand wanted for the summer ferry season, weekends only.');
  });

  test('a table nested in a cell keeps its cells’ words apart', () => {
    // A listing row built as a table inside one cell: the name and its buttons are three cells.
    const table =
      '<table><tr><td colspan="3"><table><tr><td><b>Harbour Inn on the Quay</b></td>' +
      '<td><a href="/map/1">Map</a></td><td><a href="/book/1">Book</a></td></tr></table></td></tr></table>';
    const texts = collectBlocks(page(table)).map((b) => b.text);
    expect(texts).toContain('Harbour Inn on the Quay Map Book');
    expect(texts.join(' ')).not.toContain('QuayMap');
  });

  test('a lone word among a layout cell’s paragraphs is still a label', () => {
    // One cell holds the whole story: its lone counter is no datum.
    const table = `<table><tr><td><p>Menu</p></td><td><p>${PROSE}</p><p>861</p><p>${PROSE}</p></td></tr></table>`;
    const texts = cleanBlocks(collectBlocks(page(table)), TITLE).map((b) => b.text);
    expect(texts).not.toContain('861');
  });
});
