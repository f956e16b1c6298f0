import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';
import { SPEAKER_RULES } from '../../utils/analyze/speakers/rules';

/** The speaker of the example's last quote (or quote number `quote`) under the given rules. */
function lastSpeaker(paragraphs: string[], rules = SPEAKER_RULES, quote = -1): string | null {
  const doc = annotateParagraphs(paragraphs);
  const spans = findQuoteSpans(doc);
  return attributeSpeakers(doc, spans, rules).at(quote)?.speaker ?? null;
}

describe('speaker rules, each on its own example', () => {
  test.each(SPEAKER_RULES.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    // The table finds the speaker…
    expect(lastSpeaker(rule.example.paragraphs, SPEAKER_RULES, rule.example.quote)).toBe(
      rule.example.speaker,
    );
    // …and needs this row for it: the other rows do not find that speaker.
    const others = SPEAKER_RULES.filter((r) => r !== rule);
    expect(lastSpeaker(rule.example.paragraphs, others, rule.example.quote)).not.toBe(
      rule.example.speaker,
    );
  });

  test('rule names are unique', () => {
    expect(new Set(SPEAKER_RULES.map((r) => r.name)).size).toBe(SPEAKER_RULES.length);
  });
});

describe('the subject of the clause holding the quote: owners and organisations', () => {
  test.each([
    [
      'an owner with a full name and title',
      'Mayor Tomas Berg’s doctor is calling the mayor “remarkably fit.”',
      'Mayor Tomas Berg’s doctor',
    ],
    [
      'an owner with a two-word name',
      'Ines Lund’s campaign called the survey “a rush to judgment.”',
      'Ines Lund’s campaign',
    ],
    [
      'an organisation head after a name',
      'The Berg campaign dismissed the survey as “a guess.”',
      'the Berg campaign',
    ],
    [
      'a one-word owner and an organisation head',
      'Berg’s team shrugged off the survey, telling reporters, “Nobody asked us.”',
      'Berg’s team',
    ],
  ])('%s', (_, sentence, speaker) => {
    expect(lastSpeaker(['The pier vote is on Monday.', sentence])).toBe(speaker);
  });

  test('a name after a determiner modifies a noun and does not speak', () => {
    expect(
      lastSpeaker([
        'Ines Lund spoke first.',
        'A Lund look-alike waved at the crowd, shouting “Free ferries!”',
      ]),
    ).toBeNull();
  });

  test('a lowercase word among the owner’s words is not an owner', () => {
    expect(
      lastSpeaker(['Ines Lund spoke.', 'Voters at Ines Lund’s rally called it “a farce.”']),
    ).not.toBe('Ines Lund’s rally');
  });

  test('an organisation noun that modifies another noun is not the head', () => {
    expect(
      lastSpeaker([
        'The fair opened on Friday.',
        'A retired school cook won the prize with what she calls “beginner’s luck.”',
      ]),
    ).not.toBe('a retired school');
  });
});

describe('the owner of a remark right before the opening mark', () => {
  test('a possessive pronoun resolves to the person it stands for', () => {
    expect(
      lastSpeaker([
        'Ines Lund, the harbour master, drew criticism this week over her remark that “the pier can wait.”',
      ]),
    ).toBe('Ines Lund');
  });

  test('a quote that says something about the remark is not the remark', () => {
    expect(
      lastSpeaker(['The harbour board said Tomas Berg’s comments “were plainly false.”']),
    ).not.toBe('Tomas Berg');
  });
});

describe('the subject of the clause holding the quote: after an opener with its own clause', () => {
  test('the subject follows a later comma of the opener', () => {
    expect(
      lastSpeaker([
        'The vote is on Monday.',
        'Speaking on the radio in Leeds, which votes next week, Tomas Berg referred to the plan as “a bright idea.”',
      ]),
    ).toBe('Tomas Berg');
  });
});

describe('a speaker phrase holding a quoted title', () => {
  test.each([
    [
      'a show title before the name',
      'Sunday on Harbour TV’s “Sunday Morning Tides,” Rep. Tomas Berg said the mayor’s “judgment” is in question.',
      'Tomas Berg',
    ],
    [
      'a show title in an opener',
      'In a long appearance on “Morning Tides,” co-host Ana Lima asked Berg if he would have a “boat tax.”',
      'Ana Lima',
    ],
  ])('%s: the name inside the quotation marks is not the speaker', (_, sentence, speaker) => {
    expect(lastSpeaker(['The pier vote is on Monday.', sentence])).toBe(speaker);
  });
});

describe('after the closing mark: a new sentence after a quote closed by its full stop', () => {
  test('a sentence that goes on about something else does not attribute the quote', () => {
    expect(
      lastSpeaker([
        'Critics shunned Tomas Berg, claiming that the mayor is “anti-fishing.” Berg has suggested that the port is in danger of closing.',
      ]),
    ).not.toBe('Tomas Berg');
  });

  test('a sentence that introduces the next quote does not attribute the one before', () => {
    expect(
      lastSpeaker(
        [
          'Berg wrote to the board with a plea, “Keep the pier open.” Lima then writes back, “Not this year.”',
        ],
        SPEAKER_RULES,
        0,
      ),
    ).toBe('Berg');
  });

  test('a sentence with a title’s period that runs into the next quote introduces that one', () => {
    expect(
      lastSpeaker(
        [
          'Mayor Ana Lima wants the recording out but said “the date is the hard part.” Gov. Ivo Lund (R) said it would be “improper” to speak now.',
        ],
        SPEAKER_RULES,
        0,
      ),
    ).toBe('Ana Lima');
  });

  test.each([
    ['“We will win.” Ana Lima said.'],
    ['“We will win.” Ana Lima said on Monday in a statement.'],
  ])('a bare attribution still does: %s', (paragraph) => {
    expect(lastSpeaker([paragraph])).toBe('Ana Lima');
  });
});

describe('the subject of the clause holding the quote: a capitalized word opening a sentence', () => {
  test('a word the story also writes in lowercase is a common noun, not a surname', () => {
    expect(
      lastSpeaker([
        'Drones are banned near the pier.',
        'The drones fly at night.',
        'Drones buzzed the ferry on Monday, drawing “a flood of complaints.”',
      ]),
    ).toBeNull();
  });

  test('a surname the story only writes capitalized still is one', () => {
    expect(
      lastSpeaker([
        'Berg spoke at the pier.',
        'Berg went on.',
        'Berg buzzed the ferry on Monday, calling the trip “a flood of nonsense.”',
      ]),
    ).toBe('Berg');
  });
});

describe('the subject of the clause holding the quote: a subordinate clause with its own verb', () => {
  test('the subject of a “when” clause whose verb attributes the quote speaks', () => {
    expect(
      lastSpeaker([
        'Tomas Berg and Ana Lima met.',
        'Berg appeared rattled at the last debate, unable to offer more than a sigh when Lima charged him with a “cheap trick” about his donors.',
      ]),
    ).toBe('Ana Lima');
  });

  test('the main subject still speaks when the clause holding the quote is its own', () => {
    expect(
      lastSpeaker([
        'Tomas Berg and Ana Lima met.',
        'When Lima arrived, Berg called the plan “a farce.”',
      ]),
    ).toBe('Tomas Berg');
  });
});

describe('a transcript turn’s label opening the quote', () => {
  test.each([['UPDATE'], ['VIDEO'], ['Q']])('a %s label is no speaker', (label) => {
    expect(lastSpeaker([`“${label}: The pier reopens in May.”`])).not.toBe(
      label.charAt(0) + label.slice(1).toLowerCase(),
    );
  });

  test('a label gives the fullest name the story knows', () => {
    expect(
      lastSpeaker(['Mayor Ana Lima spoke to Tomas Berg.', '“LIMA: The pier reopens in May.”']),
    ).toBe('Ana Lima');
  });
});

describe('a described speaker with an owner', () => {
  test('“the ad’s narrator says” describes the speaker', () => {
    expect(
      lastSpeaker([
        'The new ad closes with footage of Tomas Berg saying at a rally, “The pier is mine.”',
        '“If he wants the pier,” the ad’s narrator says, “why did he sell it?”',
      ]),
    ).toBe('the ad’s narrator');
  });
});

describe('a pronoun after an organisation or document was quoted', () => {
  test('“he” goes back to a person, not to the book just quoted', () => {
    expect(
      lastSpeaker([
        'Bob Lund ran the base.',
        'The book accuses Lund of treating the guards like “hired hands.” He said that is a “distortion.”',
      ]),
    ).toBe('Bob Lund');
  });
});

describe('descriptions and inverted reporting clauses', () => {
  test('a noun phrase whose source word follows a preposition describes no speaker', () => {
    expect(
      lastSpeaker([
        'Berg, who talks to the board each day, came to a Tuesday breakfast with reporters without a plan and admitted that he had only “skimmed the report.”',
      ]) ?? '',
    ).not.toMatch(/breakfast/u);
  });

  test('a name after “said” speaks when a clause of the quote’s sentence ends at the comma', () => {
    expect(
      lastSpeaker([
        'Add the cost to a “mayor who draws every storm” and Leedsers get nervous, said Ana Lima, director of the Harbour Union.',
      ]),
    ).toBe('Ana Lima');
  });

  test('a name before “said” still speaks when a clause follows the verb', () => {
    expect(
      lastSpeaker([
        'Tomas Berg spoke.',
        '“He reads everything,” Ana Lima, a former Berg aide, said when asked how Berg follows the news.',
      ]),
    ).toBe('Ana Lima');
  });
});

describe('a name that modifies the noun of a described speaker', () => {
  test.each([
    ['“Lima does not even care anymore,” said one Berg confidant.', 'one Berg confidant'],
    [
      'At the town hall on Monday, the Berg supporter snapped back: “Such voters will get what they asked for.”',
      'the Berg supporter',
    ],
  ])('%s', (sentence, speaker) => {
    expect(lastSpeaker(['Tomas Berg spoke in Leeds.', sentence])).toBe(speaker);
  });
});

describe('a sentence that starts inside an earlier quote of the paragraph', () => {
  test('the earlier quote’s words are not read as the lead’s subject', () => {
    expect(
      lastSpeaker([
        '"I think he has to contrast. The harbour people do not agree with Berg," Lima said, proposing several queries, among them, "Mr. Berg, do you really think the pier needs a tax break?"',
      ]),
    ).toBe('Lima');
  });
});

describe('a description of two joined titles', () => {
  test('a second subject with its own determiner is not joined to the first', () => {
    expect(
      lastSpeaker([
        'The pier reopened on Monday.',
        'On Monday, the harbour master and the town council said the fees were “too high” for families.',
      ]),
    ).not.toBe('the harbour master and the town council');
  });
});

describe('the owner of a claim the quote completes, read before the clause subject', () => {
  test.each([
    [
      'an assertion "of" the quoted words',
      'Ines Lund called Tomas Berg’s assertion of a “right to the pier” troubling.',
      'Tomas Berg',
    ],
    [
      'a claim with a subject of its own',
      'Critics seized on Tomas Berg’s claim that the harbour has seen “dozens of leaks” this year.',
      'Tomas Berg',
    ],
    // A speech verb inside the clause hands the quote to its own subject.
    [
      'a reporting verb inside the clause',
      'Critics doubt Tomas Berg’s claim that Ines Lund said the pier was “unsafe.”',
      'Ines Lund',
    ],
    // Under a reporting verb the claim is talked about: the quote is the reporter's.
    [
      'a reporting verb before the owner',
      'Ines Lund said on Monday that Tomas Berg’s claim that the pier is safe is “simply untrue.”',
      'Ines Lund',
    ],
  ])('%s', (_, sentence, speaker) => {
    expect(lastSpeaker(['The pier vote is on Monday.', sentence])).toBe(speaker);
  });
});

describe('the main clause after an opening subordinate clause', () => {
  test.each([
    [
      'an "as" clause before a main clause with no speech verb',
      'As Tomas Berg spoke, Ines Lund was going into overdrive, warning members: “No tolls.”',
      'Ines Lund',
    ],
    [
      'a main clause with its own reporting verb',
      'When Tomas Berg left the stage, Ines Lund told reporters: “He is wrong.”',
      'Ines Lund',
    ],
    // The quote inside the subordinate clause is that clause's.
    [
      'a quote the subordinate clause says',
      'When Ines Lund asked, “Who pays?” Tomas Berg laughed.',
      'Ines Lund',
    ],
    [
      'no comma between two pronoun-led clauses',
      'Ines Lund took the floor. After she sat down she told the clerk: “The vote stands.”',
      'Ines Lund',
    ],
  ])('%s', (_, sentence, speaker) => {
    expect(lastSpeaker(['The pier vote is on Monday.', sentence], SPEAKER_RULES, 0)).toBe(speaker);
  });
});

describe('the main-clause subject after an opening speech participle holding the quote', () => {
  test.each([
    [
      'a participle with "though" before the main clause',
      'Admitting that the plan “will cost more than we hoped,” though, Ines Lund did insist it would pass.',
      'Ines Lund',
    ],
    [
      'a pronoun subject resolved from the sentence before',
      'Ines Lund left early. Noting that the pier was “in bad shape,” she asked for a survey.',
      'Ines Lund',
    ],
  ])('%s', (_, sentence, speaker) => {
    expect(lastSpeaker(['The pier vote is on Monday.', sentence], SPEAKER_RULES, 0)).toBe(speaker);
  });

  test('a participle that is no speech verb does not attribute the quote', () => {
    const paragraphs = [
      'The pier vote is on Monday.',
      'Ines Lund left early. Reading the sign that said “Closed for repairs,” the crowd went home.',
    ];
    const others = SPEAKER_RULES.filter(
      (r) =>
        r.name !== 'the main-clause subject after an opening speech participle holding the quote',
    );
    expect(lastSpeaker(paragraphs, SPEAKER_RULES, 0)).toBe(lastSpeaker(paragraphs, others, 0));
  });
});

test('an opening "as" clause ending on its speech verb attributes the whole sentence', () => {
  expect(
    lastSpeaker([
      'The pier vote is on Monday.',
      'As harbour master Ines Lund explained, three tolls were dropped, costing the port $5 million, “which sounds like a lot.”',
    ]),
  ).toBe('Ines Lund');
});

test('the later of two shares that said a quote each says the second', () => {
  expect(
    lastSpeaker([
      'The pier vote is on Monday.',
      'Asked about the tolls, 21 percent said “too high” and 14 percent said “far too high.”',
    ]),
  ).toBe('14 percent');
});

test.each([
  [
    'this Berg look-alike',
    '“The pier is mine,” this Berg look-alike said.',
    'this Berg look-alike',
  ],
  ['the named person', '“The pier is mine,” Berg said.', 'Tomas Berg'],
])('a demonstrative before a name and a noun describes someone else: %s', (_, s, speaker) => {
  expect(lastSpeaker(['Mayor Tomas Berg spoke first.', s])).toBe(speaker);
});
