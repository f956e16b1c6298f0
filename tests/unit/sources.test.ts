import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuotes } from '../../utils/analyze/quotes';
import { findSources } from '../../utils/analyze/sources';
import { speakerKind } from '../../utils/analyze/sources/kind';
import type { Source } from '../../utils/summary';
import { SEED_PARAGRAPHS } from './data/seed-story';

const sourcesOf = (paragraphs: string[]): Source[] => {
  const doc = annotateParagraphs(paragraphs);
  return findSources(doc, findQuotes(doc));
};

describe('findSources', () => {
  test.each([
    [
      'named speaker with role',
      ['“It is risky,” Kremlin spokesperson Dmitry Peskov told Reuters.'],
      { name: 'Dmitry Peskov', kind: 'named', role: 'Kremlin spokesperson', quotes: 1 },
    ],
    [
      'a speech verb outside the list of stripped verbs',
      ['Managers admitted that the paper ticket would not vanish soon.'],
      { name: 'Managers', kind: 'anonymous' },
    ],
    [
      'a group of people named by a plural role noun',
      ['Legislators said the bill would pass before the summer recess.'],
      { name: 'Legislators', kind: 'anonymous' },
    ],
    [
      'an adverb between the source and its verb',
      ['Government scientists later said most of the oil was gone.'],
      { name: 'Government scientists', kind: 'anonymous' },
    ],
    [
      'a group of people inside an institution',
      ['Government scientists said most of the oil was gone from the surface.'],
      { name: 'Government scientists', kind: 'anonymous' },
    ],
    [
      'a title with an organization word before the name',
      ['U.S. Secretary of State Joan Mireille Wexley said the talks would resume.'],
      { name: 'Joan Mireille Wexley', kind: 'named' },
    ],
    [
      'a research firm cited by its name',
      [
        'Rents rose 7.4%, according to an analysis by the research firm Keystone Housing Analytics.',
      ],
      { name: 'Keystone Housing Analytics', kind: 'organization' },
    ],
    [
      'anonymous, according to',
      ['Russia might pull back, according to two officials.'],
      { name: 'two officials', kind: 'anonymous', mentions: 1 },
    ],
    [
      'anonymous, subject of a verb',
      ['Two sources highlighted that the missiles could delay a deal.'],
      { name: 'two sources', kind: 'anonymous' },
    ],
    [
      'organization asked for comment',
      ['The Ukrainian foreign ministry was not immediately available for a comment.'],
      { name: 'the Ukrainian foreign ministry', kind: 'organization' },
    ],
    [
      'organization that reviewed a document',
      ['According to this draft, which Reuters has reviewed, Ukraine would stay neutral.'],
      { name: 'Reuters', kind: 'organization' },
    ],
    [
      'unnamed quoted speaker',
      [
        'One official from Russia mentioned that no deal was feasible, adding, “The challenge is big.”',
      ],
      { name: 'one official from Russia', kind: 'anonymous', quotes: 1 },
    ],
    // Source kinds (issue 11): each behaviour on an invented sentence.
    [
      'a clinic is an organization, never a person',
      ['The Lakeside Clinic said it would stay open through the winter.'],
      { name: 'the Lakeside Clinic', kind: 'organization' },
    ],
    [
      'a news agency quoted is an organization, not an anonymous source',
      ['“The road is closed,” the news agency said.'],
      { name: 'the news agency', kind: 'organization', quotes: 1 },
    ],
    [
      'a wire service quoted by its name is an organization',
      ['“The road is closed,” the Associated Press reported.'],
      { name: 'the Associated Press', kind: 'organization', quotes: 1 },
    ],
    [
      'a report quoted is a document',
      ['“The numbers do not add up,” the report said.'],
      { name: 'the report', kind: 'document', quotes: 1 },
    ],
    [
      'a court filing cited is a document',
      ['The ferry will stop in March, according to a court filing.'],
      { name: 'a court filing', kind: 'document' },
    ],
    [
      'figures an organization released name the organization',
      ['Crashes fell by a third, according to figures the State Road Patrol released on Monday.'],
      { name: 'the State Road Patrol', kind: 'organization' },
    ],
    [
      'a document an outlet has seen is the document, not the outlet',
      ['The dam leaks, according to an inspection report seen by the Harbor Ledger.'],
      { name: 'an inspection report', kind: 'document' },
    ],
    [
      'a role and a name before "of" is the person',
      ['Dr. Ana Lima of the Lakeside Clinic said the ward was full.'],
      { name: 'Ana Lima', kind: 'named' },
    ],
    [
      'people at an institution are anonymous, not the saint it is named after',
      ["Officials at St. Mary's Hospital said the ward was full."],
      { name: "Officials at St. Mary's Hospital", kind: 'anonymous' },
    ],
    [
      'a role title before a name the names stage declines is a named speaker',
      ['“We held,” Mayor Judith Park said.'],
      { name: 'Mayor Judith Park', kind: 'named', quotes: 1 },
    ],
    [
      'a party member described is anonymous, however capitalised',
      ['“We lost the county,” a Nevada Democrat said.'],
      { name: 'a Nevada Democrat', kind: 'anonymous', quotes: 1 },
    ],
    [
      'a description that ends in a name is the description',
      ['“We lost the county,” said one longtime adviser to Mara Quill.'],
      { name: 'one longtime adviser to Mara Quill', kind: 'anonymous', quotes: 1 },
    ],
    [
      'a one-word quoted speaker is a person',
      ['“We lost the county,” Okonjo said.'],
      { name: 'Okonjo', kind: 'named', quotes: 1 },
    ],
    [
      'a quoted bare name that "he" takes up is a person',
      ['“It is over,” Hastings said. He left the port in 2019.'],
      { name: 'Hastings', kind: 'named', quotes: 1 },
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(sourcesOf(paragraphs)).toContainEqual(expect.objectContaining(expected));
  });

  test.each([
    ['the publisher in a dateline', ['MOSCOW, Nov 20 (Reuters) – Moscow controls a large area.']],
    ['the addressee of told', ['“It is risky,” Dmitry Peskov told Reuters.']],
  ])('Reuters is not a source: %s', (_name, paragraphs) => {
    expect(sourcesOf(paragraphs).some((s) => s.name === 'Reuters')).toBe(false);
  });

  test.each([
    [
      'a first name alone is the named person, never an organization',
      ['Dorothy Pemberton won the contest.', 'Dorothy says she will sell the seeds.'],
      { name: 'Dorothy Pemberton', kind: 'named', mentions: 2 },
    ],
    [
      'a subject past an appositive and a quoted title',
      [
        'Donald Trump won.',
        'Real estate mogul Trump, famously known for his book “Trump: the Art of the Deal,” has stated he would talk.',
      ],
      { name: 'Donald Trump', kind: 'named' },
    ],
    [
      'a capital cited with a reporting verb stands for its government',
      ['Moscow asserts that the regions are Russian.'],
      { name: 'Moscow', kind: 'organization', mentions: 1 },
    ],
    [
      'a country cited with said',
      ['Beijing said the talks had been useful.'],
      { name: 'Beijing', kind: 'organization' },
    ],
    [
      'an outlet written with “the” that relays a quote is an organization',
      [
        'Ana Lima chairs the harbour board.',
        '“The pier will reopen,” Lima said, according to the Coast Herald.',
      ],
      { name: 'the Coast Herald', kind: 'organization' },
    ],
    [
      'initials written with “the” are an organization',
      ['The pier closed.', 'The FBI concluded this month that Lima had been “extremely careless.”'],
      { name: 'the FBI', kind: 'organization' },
    ],
    [
      'a given name that is also a month is a person',
      ['“We will rebuild,” said Jan Brewster.', 'She spoke at the pier.'],
      { name: 'Jan Brewster', kind: 'named' },
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(sourcesOf(paragraphs)).toContainEqual(expect.objectContaining(expected));
  });

  test.each([
    ['a place only mentioned', ['Moscow controls a large area of the east.'], 'Moscow'],
    ['a place in a prepositional phrase', ['In Kyiv, the mood was grim.'], 'Kyiv'],
    ['a first name', ['Dorothy Pemberton won.', 'Dorothy said it was luck.'], 'Dorothy'],
  ])('not an organization: %s', (_name, paragraphs, name) => {
    expect(sourcesOf(paragraphs)).not.toContainEqual(
      expect.objectContaining({ name, kind: 'organization' }),
    );
  });

  test('anaphoric "the two sources" counts as a mention of "two sources"', () => {
    const sources = sourcesOf([
      'Two sources highlighted that the missiles could delay a deal.',
      'If no deal is reached, the two sources indicated that Russia would fight.',
    ]);
    expect(sources).toEqual([expect.objectContaining({ name: 'two sources', mentions: 2 })]);
  });

  test('seed story: most cited first, with the expected sources', () => {
    const sources = sourcesOf(SEED_PARAGRAPHS);
    expect(sources.slice(0, 4).map((s) => s.name)).toEqual([
      'Vladimir Putin',
      'Dmitry Peskov',
      'Dimitri Simes',
      'Steven Cheung',
    ]);
    const names = sources.map((s) => s.name);
    for (const name of [
      'five insiders familiar with Kremlin’s stance',
      'three of the sources',
      'two officials',
      'a senior official with insight into high-level Kremlin discussions',
      '10 Russian sources familiar with Kremlin perspectives',
      'one official from Russia',
      'the Ukrainian foreign ministry',
      'Reuters',
    ]) {
      expect(names).toContain(name);
    }
    // Sorted: quotes desc, then mentions desc.
    for (let i = 1; i < sources.length; i++) {
      const a = sources[i - 1] as Source;
      const b = sources[i] as Source;
      expect(a.quotes > b.quotes || (a.quotes === b.quotes && a.mentions >= b.mentions)).toBe(true);
    }
  });
});

describe('findSources: one source, one entry', () => {
  test('a person named with initials is one named source however the story refers to him', () => {
    const sources = sourcesOf([
      'T.R. Halvorsen, the port authority spokesman, said the talks had failed.',
      'The ferry line must accept full audits by the regulator, Halvorsen said.',
      '“We are done,” Halvorsen said.',
    ]);
    expect(sources.filter((s) => /Halvorsen/.test(s.name))).toEqual([
      expect.objectContaining({ name: 'T.R. Halvorsen', kind: 'named', quotes: 1 }),
    ]);
  });

  test('an organization named after "of" is not a person, nor is a capitalized modifier', () => {
    const names = sourcesOf([
      'Rail unions said the delay was a gift to the industry.',
      '“Every month they wait is another month,” said Darnell Hughes, president of the Brotherhood of Rail Operators.',
    ]).map((s) => `${s.name}:${s.kind}`);
    expect(names).toContain('Darnell Hughes:named');
    expect(names.some((name) => /Rail Operators/.test(name))).toBe(false);
  });

  test('"the Associated Press" and "Associated Press" are one source', () => {
    const sources = sourcesOf([
      '“The road is closed,” the Associated Press reported.',
      'The bridge will reopen in May, Associated Press reported.',
    ]);
    expect(sources.filter((s) => /Associated Press/u.test(s.name))).toHaveLength(1);
  });

  test('an adverb opening the sentence is no organization', () => {
    const sources = sourcesOf(['Separately, officials said the road would reopen.']);
    expect(sources.map((s) => s.name)).not.toContain('Separately');
  });

  test('a predicate is never a source', () => {
    const names = sourcesOf([
      'The clerk told investigators she feared losing her job if she refused, the report said.',
    ]).map((s) => s.name);
    expect(names.some((name) => /^told\b/.test(name))).toBe(false);
  });
});

describe('speakerKind: the kind of a speaker as the quotes stage names it', () => {
  test.each([
    ['a title after a place before a full name', 'Port City Mayor Judith Parkes', 'named'],
    ['a title after a country adjective', 'South Korean President Mina Rho', 'named'],
    ['“the” and initials', 'the FBI', 'organization'],
    ['“the” and an outlet’s name', 'the Coast Herald', 'organization'],
    ['a description', 'the two councillors', 'anonymous'],
  ])('%s', (_, speaker, kind) => {
    expect(speakerKind(speaker, annotateParagraphs(['The pier closed.']), 0)).toBe(kind);
  });
});

describe('speakerKind: a full name whose surname is a common word', () => {
  const story = [
    'Nia Will, a party strategist, spoke at the pier on Monday.',
    'She said the harbour would reopen in May.',
  ];
  test('“she” taking the name up makes it a person', () => {
    expect(speakerKind('Nia Will', annotateParagraphs(story), 0)).toBe('named');
  });
  test('a role before the name makes it a person', () => {
    const doc = annotateParagraphs([
      'The author and ferry critic Dara West spoke at the pier on Monday.',
      'Standing in for Berg, West took aim at “the old board.”',
    ]);
    expect(speakerKind('Dara West', doc, 1)).toBe('named');
  });
  test('without a role or a pronoun two capitalised words stay an organization', () => {
    const doc = annotateParagraphs([
      'Harbor Will, a charity, spoke at the pier.',
      'The pier closed.',
    ]);
    expect(speakerKind('Harbor Will', doc, 0)).toBe('organization');
  });
});
