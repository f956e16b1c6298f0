import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';
import { SPEAKER_RULES } from '../../utils/analyze/speakers/rules';

/** The speaker of the last quote: by the whole table, without the named row, by that row alone. */
function speakers(paragraphs: string[], row: string): (string | null)[] {
  const doc = annotateParagraphs(paragraphs);
  const spans = findQuoteSpans(doc);
  const run = (rules = SPEAKER_RULES) =>
    attributeSpeakers(doc, spans, rules).at(-1)?.speaker ?? null;
  return [
    run(),
    run(SPEAKER_RULES.filter((r) => r.name !== row)),
    run(SPEAKER_RULES.filter((r) => r.name === row)),
  ];
}

describe('a name after a role phrase opening the sentence', () => {
  const row = 'a name after a role phrase opening the sentence';
  test.each([
    [
      'an adjective of office',
      'Independent mayoral nominee Ines Lund, during two radio interviews, referred to the harbour board as “the sleepiest club in town.”',
      'Ines Lund',
    ],
    [
      'two roles joined by “and”',
      'Former prosecutor and Port City Mayor Tomas Berg, who backs Lima, trashed the plan on Harbour Radio’s “Morning Tide,” calling it a “no-go.”',
      'Tomas Berg',
    ],
    [
      'a news anchor after the outlet',
      'Harbour Radio and former TV network anchor Tomas Berg mocked and insulted “the harbour crowd” at every briefing.',
      'Tomas Berg',
    ],
  ])('%s', (_, sentence, speaker) => {
    const [withRow, without] = speakers(['Mayor Ana Lima wants a new pier.', sentence], row);
    expect(withRow).toBe(speaker);
    expect(without).not.toBe(speaker);
  });

  test.each([
    [
      'an appositive after a comma',
      'The harbour’s historians, Ana and Tomas Berg, wrote that the mayor "had a deaf ear for sailors."',
    ],
    [
      'a name after a preposition',
      'Critics of Mayor Ana Lima mocked the plan as “a sinking ship.”',
    ],
    ['a verb before the name', 'Police arrested former mayor Tomas Berg over “a missing ledger.”'],
  ])('not the subject: %s', (_, sentence) => {
    const [, , byRow] = speakers(['The pier vote is on Monday.', sentence], row);
    expect(byRow).toBeNull();
  });
});

describe('a digest’s source label before the colon', () => {
  const row = 'a digest’s source label before the colon';
  test.each([
    [
      'after a dash',
      'Ferry polls were close - TideWatch: “Most riders backed the plan.”',
      'TideWatch',
    ],
    [
      'after “More from”',
      'Pier costs rose again - More from Berg: “The bill doubled.”',
      'Tomas Berg',
    ],
  ])('%s', (_, sentence, speaker) => {
    const [withRow, without] = speakers(['Tomas Berg runs the ferry.', sentence], row);
    expect(withRow).toBe(speaker);
    expect(without).not.toBe(speaker);
  });

  test('a colon after a sentence’s own words is no label', () => {
    const [, , byRow] = speakers(
      ['The ferry board met.', 'The board had one message for Riders: “Book early.”'],
      row,
    );
    expect(byRow).toBeNull();
  });
});

describe('the subject of the clause holding the quote: after a long opener', () => {
  test('an opener of more than 18 words with clauses of its own', () => {
    const [withRow] = speakers(
      [
        'The pier vote is on Monday.',
        'And in a speech that brought to mind, for some, Mayor Tomas Berg’s famous 1980 promise in praise of the fishing fleet during the long harbour strike, Ana Lima pledged to keep the ferry running “rain, hail, or shine.”',
      ],
      'the subject of the clause holding the quote',
    );
    expect(withRow).toBe('Ana Lima');
  });
});

describe('a quote in a sentence opener, said by the main clause’s subject', () => {
  const row = 'a quote in a sentence opener, said by the main clause’s subject';
  test.each([
    [
      'a prepositional opener with two quotes',
      'From the mayor’s “long and tiresome speech” on Monday to her plan for a “harbour tax,” Berg described Lima as a “danger to the fleet.”',
      0,
    ],
    [
      'the opener’s later quote',
      'From the mayor’s “long and tiresome speech” on Monday to her plan for a “harbour tax,” Berg described Lima as a “danger to the fleet.”',
      1,
    ],
  ])('%s', (_, sentence, quote) => {
    const doc = annotateParagraphs(['Tomas Berg writes a weekly column.', sentence]);
    const spans = findQuoteSpans(doc);
    const others = SPEAKER_RULES.filter((r) => r.name !== row);
    expect(attributeSpeakers(doc, spans)[quote]?.speaker).toBe('Tomas Berg');
    expect(attributeSpeakers(doc, spans, others)[quote]?.speaker ?? null).not.toBe('Tomas Berg');
  });

  test.each([
    ['a main clause that reports no speech', 'Wearing his “lucky” cap, Berg walked into the hall.'],
    ['an opener with a clause of its own', 'In May, after the “long” vote, Berg said nothing.'],
  ])('not the subject: %s', (_, sentence) => {
    const [, , byRow] = speakers(['Tomas Berg writes a weekly column.', sentence], row);
    expect(byRow).toBeNull();
  });
});

describe('a reporting clause set off by commas before the verb', () => {
  const row = 'a reporting clause set off by commas before the verb';
  test.each([
    [
      'with an appositive after the name',
      'The secret of the pier, says Ana Lima, curator at the harbour museum, is that it was “built by the whole town.”',
    ],
    ['a bare name', 'The real trouble, said Lima, was “a mess of a budget.”'],
  ])('%s', (_, sentence) => {
    const [withRow, without] = speakers(['Ana Lima runs the museum.', sentence], row);
    expect(withRow).toBe('Ana Lima');
    expect(without).not.toBe('Ana Lima');
  });

  test('a participle phrase after “said” names no one', () => {
    const [, , byRow] = speakers(
      ['The pier turns 100.', 'The new plan, said to cost more, is “a mess.”'],
      row,
    );
    expect(byRow).toBeNull();
  });
});

describe('the subject after “who” of a naming verb', () => {
  const row = 'the subject after “who” of a naming verb';
  test('the named subject between “who” and “called”', () => {
    const [withRow, without] = speakers(
      [
        'Tomas Berg and Ana Lima have feuded for years.',
        'Much of the harbour’s anger was aimed at Berg, who Lima on Monday called “a terrible captain.”',
      ],
      row,
    );
    expect(withRow).toBe('Ana Lima');
    expect(without).not.toBe('Ana Lima');
  });

  test('“who” as the subject names no one else', () => {
    const [, , byRow] = speakers(
      [
        'Tomas Berg runs the ferry.',
        'The anger was aimed at Berg, who on Monday called it “a plot.”',
      ],
      row,
    );
    expect(byRow).toBeNull();
  });
});

describe('a named person’s family opening the sentence', () => {
  const row = 'a named person’s family opening the sentence';
  test('the family is the subject of a verb that is no speech verb', () => {
    const [withRow, without] = speakers(
      [
        'Ines Lund drowned in the harbour in May.',
        'Lund’s family has pressed the harbour board to publish the tapes “as a matter of simple fairness.”',
      ],
      row,
    );
    expect(withRow).toBe('Lund’s family');
    expect(without).not.toBe('Lund’s family');
  });

  test('a family that is the object names no speaker', () => {
    const [, , byRow] = speakers(
      ['Ines Lund drowned in May.', 'The board met Lund’s family to hear “every question.”'],
      row,
    );
    expect(byRow).toBeNull();
  });
});

describe('an owner’s group of people before a colon', () => {
  const row = 'an owner’s group of people before a colon';
  test('a group of questioners introduces the questions after the colon', () => {
    const [withRow, without] = speakers(
      [
        'The harbour board took questions on Friday.',
        'At the end of the meeting, Berg’s first four questioners were far from friendly: “Who pays for the pier?”',
      ],
      row,
    );
    expect(withRow).toBe('Berg’s first four questioners');
    expect(without).not.toBe('Berg’s first four questioners');
  });

  test('a group that is no agent noun names no speaker', () => {
    const [, , byRow] = speakers(
      ['The board met.', 'Berg’s first four years were quiet: “Nothing happened.”'],
      row,
    );
    expect(byRow).toBeNull();
  });
});

describe('the subject of a verb followed by “to announce,”', () => {
  const row = 'the subject of a verb followed by “to announce,”';
  test.each([
    [
      'a name in apposition to the subject',
      'The usher, Tomas Berg, cut the speech short to declare: “The ferry has left.”',
      'Tomas Berg',
    ],
    [
      'a name after an opening clause',
      'When the band stopped, Ines Lund stood up to say, “Enough.”',
      'Ines Lund',
    ],
  ])('%s', (_label, sentence, expected) => {
    const [withRow, , byRow] = speakers(['The pier board met on Monday.', sentence], row);
    expect(withRow).toBe(expected);
    expect(byRow).toBe(expected);
  });

  test('the object of a verb of asking is the one who speaks', () => {
    const [, , byRow] = speakers(
      ['Ines Lund spoke first.', 'Tomas Berg urged her in public to declare: “It is over.”'],
      row,
    );
    expect(byRow).toBeNull();
  });
});

describe('a name after “That quote from” right after the quote', () => {
  const row = 'a name after “That quote from” right after the quote';
  test('the next sentence names whose words they were', () => {
    expect(
      speakers(['“We keep the pier.” That remark by Mayor Tomas Berg closed the meeting.'], row),
    ).toEqual(['Tomas Berg', null, 'Tomas Berg']);
  });
  test('a quote inside its sentence is left to the other rows', () => {
    expect(
      speakers(
        ['Ines Lund ran on “We keep the pier.” That quote from Tomas Berg closed it.'],
        row,
      )[2],
    ).toBeNull();
  });
});

describe('the owner of a claim whose “is that” clause holds the quote', () => {
  const row = 'the owner of a claim whose “is that” clause holds the quote';
  test('a named owner’s argument', () => {
    expect(
      speakers(
        [
          'The pilots filed suit against the port.',
          'And Tomas Berg’s argument was that the pier is “unsafe for the ferries.”',
        ],
        row,
      ).filter((_, j) => j !== 1),
    ).toEqual(['Tomas Berg', 'Tomas Berg']);
  });
  test('no “is that”: a thing the owner has is left to the other rows', () => {
    expect(
      speakers(
        [
          'Tomas Berg, the pilot, filed suit.',
          'Berg’s claim called the pier “unsafe for the ferries.”',
        ],
        row,
      )[2],
    ).toBeNull();
  });
});
