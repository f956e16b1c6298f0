import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuotes } from '../../utils/analyze/quotes';
import { SEED_PARAGRAPHS } from './data/seed-story';

const quotesOf = (paragraphs: string[]) => findQuotes(annotateParagraphs(paragraphs));
const full = (paragraphs: string[]) =>
  quotesOf(paragraphs)
    .filter((q) => !q.partial)
    .map((q) => q.text);

describe('findQuotes: which quotations are full quotes', () => {
  test.each([
    ['curly quotes', ['“We will not stand by,” she said.'], ['We will not stand by,']],
    [
      'straight quotes',
      ['"It is a stonewall penalty," Hollins said.'],
      ['It is a stonewall penalty,'],
    ],
    [
      'single curly quotes with apostrophes',
      ['‘We didn’t think we’d make it,’ said Margaret Hollis.'],
      ['We didn’t think we’d make it,'],
    ],
    ['guillemets', ['« Nous ne lâcherons rien », said Laurent Brun.'], ['Nous ne lâcherons rien']],
    [
      'multi-sentence quote is one quote',
      ['“Why? Because it matters.”'],
      ['Why? Because it matters.'],
    ],
    [
      'split across sentences gives two',
      ['“Nobody wins,” said Carsten Brzeski. “Europe loses more.”'],
      ['Nobody wins,', 'Europe loses more.'],
    ],
    [
      'split inside a sentence is merged',
      ['"We did it," Alvarez told supporters, "and we did it together."'],
      ['We did it, and we did it together.'],
    ],
    [
      'colon-introduced',
      ['Health Secretary Wes Streeting told the BBC: "This is about children."'],
      ['This is about children.'],
    ],
    [
      'after adding',
      ['One official said no deal was near, adding, “The challenge is big.”'],
      ['The challenge is big.'],
    ],
    [
      'run-on across paragraphs',
      ['“She never measured anything.', '“When I understood it, I cried.”'],
      ['She never measured anything.', 'When I understood it, I cried.'],
    ],
    [
      'book title',
      ['Trump, known for his 1987 book “Trump: the Art of the Deal,” has spoken.'],
      [],
    ],
    ['titled paper', ['The paper, titled “Later Bells, Better Brains,” appears today.'], []],
    ['title-case title after a comma', ['Her book, “Fuego Lento,” comes out in May.'], []],
    ['ALL-CAPS heading', ['‘HARSH REALITY: RUSSIA IS GAINING GROUND’'], []],
    ['quoted ALL-CAPS question heading', ['"HOW MUCH WILL IT COST?"'], []],
    ['nickname', ['Reality star Gavin "Big Mac" McAllister has married.'], []],
    [
      'scare quote without a speaker',
      ['It framed the “special operation” as a turning point.'],
      [],
    ],
    [
      'list of short quoted phrases',
      ['Fans called the pair "couple goals" and "total legends".'],
      [],
    ],
    [
      'closing mark typed as the opener',
      ['Asked about rivals, the baker said, ”We only compete with yesterday’s loaf.”'],
      ['We only compete with yesterday’s loaf.'],
    ],
    [
      'doubled opening straight mark',
      ['""Nobody told us the bridge would shut," Mara Quist said.'],
      ['Nobody told us the bridge would shut,'],
    ],
    [
      'a straight opening mark closed by a curly one',
      ['"The pier stays shut until May,” Ana Lima said. “Then we will see.”'],
      ['The pier stays shut until May,', 'Then we will see.'],
    ],
    [
      'an opening curly mark typed as the closer',
      ['Ana Lima said the pier needed “a full repair“ before May, adding: “We cannot wait.”'],
      ['We cannot wait.'],
    ],
    [
      'a title-case quote attributed by a pronoun and a speech verb',
      ['“No Thanks To The Council,” she added.'],
      ['No Thanks To The Council,'],
    ],
    [
      'a title-case quote attributed by a description and a speech verb',
      ['“Happy New Year, Harbourside!” the mayor wrote.'],
      ['Happy New Year, Harbourside!'],
    ],
    [
      'a title-case name followed by a noun and a speech verb',
      ['Rallies of the “Keep Tolls Low” movement continue in the port.'],
      [],
    ],
    [
      'a show after its broadcaster’s name',
      ['Ida Pohl told Radio Nord’s “Early Edition” she would run.'],
      [],
    ],
    [
      'long title-case book title after its cue',
      [
        'In her book “The Long Winter of Small Towns: How Neighbours Kept the Lights On,” Ida Brenner argued for co-ops.',
      ],
      [],
    ],
    [
      'a straight quote nested in a straight quote stays inside',
      ['Ana Lima said, "The clerk wrote "closed" on the gate and left."'],
      ['The clerk wrote "closed" on the gate and left.'],
    ],
    [
      'a curly quote nested in a curly quote stays inside',
      ['“They kept shouting “one more” until dawn,” Ana Lima said.'],
      ['They kept shouting “one more” until dawn,'],
    ],
    [
      'an apostrophe typed as an opening single mark before a double quotation',
      ['And how ‘bout the headline on Monday: “Tolls rise for residents’ cars.” Few laughed.'],
      ['Tolls rise for residents’ cars.'],
    ],
    [
      'a straight opening mark missing its space',
      ['The pier crew said"we will be back in spring" and left.'],
      ['we will be back in spring'],
    ],
    [
      'a title-case quote after a name and a long appositive with its verb',
      ['“Yes, I Back The Ferry Plan,” Ana Lima, 52, of Porto, who runs the kiosk, told reporters.'],
      ['Yes, I Back The Ferry Plan,'],
    ],
    [
      'a title-case quote right after said is someone’s words',
      ['He said “The Harbour Folk” and smiled.'],
      ['The Harbour Folk'],
    ],
    [
      'a title-case show after told is the addressee',
      ['“It is over,” Ana Lima told “Morning Tide,” and left.'],
      ['It is over,'],
    ],
    ['a one-word label paragraph', ['“Related:”'], []],
    [
      'a headline with a nested closing mark and its credit line',
      ['“Tolls to rise at ‘the old pier,’” by Port Weekly’s Ines Duarte, ran on Monday.'],
      [],
    ],
    [
      'a title-case show after a lowercase possessive',
      ['On the channel’s “Morning Tide,” Ana Lima said she would run.'],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(full(paragraphs)).toEqual(expected);
  });

  test.each([
    [
      'scare quote with a speech verb',
      'Putin stated that a deal should reflect the existing “realities” on the ground.',
      'realities',
    ],
    [
      'longer embedded quote',
      'Garrity added that Bryce was likely to miss “a couple of weeks” of football.',
      'a couple of weeks',
    ],
    [
      'a short quote after a verb that attributes it',
      'Mayor Ines Duarte hailed the ferry deal as a “breakthrough.”',
      'breakthrough.',
    ],
    [
      'a short quote after a speech participle',
      'Tomas Berg left early, telling reporters the vote was “a farce.”',
      'a farce.',
    ],
    [
      'a short quote after comparing',
      'Ona Pell compared the new levy to “highway robbery.”',
      'highway robbery.',
    ],
    [
      'a short quote after referring',
      'The harbour master once referred to the pier as “a death trap.”',
      'a death trap.',
    ],
    [
      'a short quote in a sentence with according to',
      'According to the auditors, the accounts were “badly kept.”',
      'badly kept.',
    ],
    [
      'a short quote after a claim',
      'Ivo Marsh repeated his claim that the tender was “rigged.”',
      'rigged.',
    ],
    [
      'a quote between a name and a capital is no nickname when it ends a clause',
      'Councillor Rhea Voss called Brandt “reckless.” Brandt did not reply.',
      'reckless.',
    ],
    [
      'a lowercase quotation after a noun like report',
      'Lena Obi said the audit report “missed the point entirely.”',
      'missed the point entirely.',
    ],
    [
      'a short quote after as: someone characterizes it',
      'The ferry crews rejected the new timetable as “unworkable.”',
      'unworkable.',
    ],
    [
      'a short quote after likened',
      'Ana Lima likened the new levy to “daylight robbery” at the hearing.',
      'daylight robbery',
    ],
    [
      'a short quote as someone put it',
      'The pier was, as the harbour master put it, “a disgrace.”',
      'a disgrace.',
    ],
    [
      'a title-case name after references to an object as',
      'The clerk cited her references to the harbour master as “Captain No” at the hearing.',
      'Captain No',
    ],
    [
      'a naming verb opening a sentence, capitalized',
      'Calls the ferry crews names, like “slackers,” and skips the meetings.',
      'slackers,',
    ],
    [
      'a short quote after accuse',
      'The unions will accuse the board of a “stitch-up” again.',
      'stitch-up',
    ],
    [
      'a short quote after talking about',
      'Ana Lima keeps talking about “a fresh start” for the pier.',
      'a fresh start',
    ],
    [
      'a short quote after stressing',
      'Ana Lima is stressing the need for “steady hands” at the port.',
      'steady hands',
    ],
    [
      'a short quote after attacked … for',
      'Ana Lima attacked her rival for being a “part-time mayor.”',
      'part-time mayor.',
    ],
    [
      'a short quote after pronounced',
      'After the tour she pronounced the new pier “a marvel.”',
      'a marvel.',
    ],
    [
      'a short quote after a lament',
      'She launched into a lament for the “forgotten crews” of the port.',
      'forgotten crews',
    ],
    [
      'a short quote after an op-ed hammering',
      'She published an op-ed hammering the board’s “blind spot” on safety.',
      'blind spot',
    ],
  ])('partial: %s', (_name, paragraph, text) => {
    expect(quotesOf([paragraph])).toEqual([expect.objectContaining({ text, partial: true })]);
  });

  test.each([
    [
      'a short quote after a sentence that reports speech',
      'Ana Lima told the council the dredging plan was late. The budget was “a fantasy” in her view.',
      'a fantasy',
    ],
    [
      'a short quote before a sentence that reports speech',
      'The dredging budget was “a fantasy” from the start. Ana Lima told the council so on Monday.',
      'a fantasy',
    ],
  ])('partial, next to a sentence that reports speech: %s', (_name, paragraph, text) => {
    expect(quotesOf([paragraph])).toEqual([expect.objectContaining({ text, partial: true })]);
  });

  test.each([
    [
      'a title-case exclamation is someone’s words',
      'Her supporters were shown on screens shouting “Vote Lima Now!” at the pier.',
      'Vote Lima Now!',
    ],
    [
      'a title-case chant',
      'The dockers chanted “Harbour For All” outside the town hall.',
      'Harbour For All',
    ],
  ])('partial: %s', (_name, paragraph, text) => {
    expect(quotesOf([paragraph])).toEqual([expect.objectContaining({ text, partial: true })]);
  });

  test('a short quote after a speech verb that sits between mixed marks is partial', () => {
    const quotes = quotesOf([
      '“The pier is safe," Ana Lima said, adding that repairs went "like clockwork."',
    ]);
    expect(quotes).toContainEqual(
      expect.objectContaining({ text: 'like clockwork.', partial: true }),
    );
  });

  test('a nickname between initials and a surname is no quote', () => {
    expect(quotesOf(['Gov. J.R. “Buck” Ames said the bill was signed.'])).toEqual([]);
  });

  test.each([
    [
      'a capitalized “States” is part of a name',
      'Ferries across the United States run “smart” tickets.',
    ],
    ['the noun “terms” names nothing', 'The search used terms like “ferry” and “pier” in May.'],
    [
      'the plural noun “states” after a number is no speech verb',
      'Crews went to all 11 “pilot” states in May.',
    ],
    [
      'the plural noun “states” before have is no speech verb',
      'Rules differ, and states have their own “pilot” schemes for ferries.',
    ],
  ])('scare quotes, no speech verb: %s', (_name, paragraph) => {
    expect(quotesOf([paragraph])).toEqual([]);
  });

  test('the verb “states” still attributes a short quote', () => {
    expect(quotesOf(['The harbour report states that the pier is “unsafe.”'])).toEqual([
      expect.objectContaining({ text: 'unsafe.', partial: true }),
    ]);
  });

  test('a story quoting in single marks keeps its single-quoted partial quotes', () => {
    const story = [
      'The harbour master called the plan ‘a gift to nobody’ on Monday.',
      '‘We will fight it,’ she said.',
      '‘It is late,’ a clerk said.',
    ];
    expect(quotesOf(story)).toContainEqual(
      expect.objectContaining({ text: 'a gift to nobody', partial: true }),
    );
  });

  test('a single-quoted subhead alone in its paragraph is left to the other rules', () => {
    const story = ['‘We will not wait.’', '“It is late,” a clerk said.', '“We know,” she said.'];
    expect(full(story)).toEqual(['We will not wait.', 'It is late,', 'We know,']);
  });

  test('a single-quoted name after a naming verb in a story quoting in double marks is no quote', () => {
    const story = [
      'Voss never once referred to her rival as ‘Captain No’ at the meeting.',
      '“It is late,” a clerk said.',
      '“We know,” she said.',
    ];
    expect(quotesOf(story).map((q) => q.text)).toEqual(['It is late,', 'We know,']);
  });

  test('a term opening a sentence before its gloss in parentheses is no quote', () => {
    expect(
      quotesOf(['“Slack water” (the lull between tides) is the pilots’ word for it.']),
    ).toEqual([]);
  });

  test('a single-quoted phrase in a story quoting in double marks is no quote', () => {
    const story = [
      'The board’s ‘fair share’ formula dates from 2019, a clerk said.',
      '“It is late,” a clerk said.',
      '“We know,” she said.',
    ];
    expect(quotesOf(story).map((q) => q.text)).toEqual(['It is late,', 'We know,']);
  });

  test('quote sentence is the sentence where it starts', () => {
    const quotes = quotesOf(['He arrived. “It was cold. Very cold,” he said.']);
    expect(quotes.map((q) => q.sentence)).toEqual([1]);
  });

  test('seed story: exactly the seven full quotes', () => {
    const texts = full(SEED_PARAGRAPHS);
    expect(texts).toHaveLength(7);
    expect(texts[0]).toMatch(/^Without neutrality/);
    expect(texts[1]).toMatch(/^Why\? Because/);
    expect(texts.some((t) => t.includes('Art of the Deal'))).toBe(false);
    expect(texts.some((t) => t.includes('HARSH REALITY'))).toBe(false);
  });
});
