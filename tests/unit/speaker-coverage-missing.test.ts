import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { nounBeforeNoun } from '../../utils/analyze/names';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** The speakers of every quote of the paragraphs, in order. */
function speakers(paragraphs: string[]): (string | null)[] {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).map((a) => a.speaker);
}

const OPENING = 'The harbour case was heard on Monday.';

describe('missing speakers (issue 11)', () => {
  test('a reporting clause ending the sentence, with a place after its verb', () => {
    expect(
      speakers([
        OPENING,
        '"Should the board find more charts, each one goes online" ahead of the vote on the dredge, Harbour Board senior trial counsel Ana Lima wrote in a court filing.',
      ]),
    ).toEqual(['Ana Lima']);
  });

  test('a verb that reports speech only inverted right after the quote', () => {
    expect(
      speakers([
        OPENING,
        '"Half the town told us to give up," remembered Tomas Berg, once the harbour’s press officer. "We kept rowing anyway."',
      ]),
    ).toEqual(['Tomas Berg', 'Tomas Berg']);
  });

  test('the same verb before its object reports no quote', () => {
    expect(
      speakers([OPENING, '"The pier is done." Tomas Berg remembered the storm of 1990 well.']),
    ).toEqual([null]);
  });

  test('“it” after a publication whose capitalized name ends in s', () => {
    expect(
      speakers([
        OPENING,
        '"The pier is closed," the Harbour Times wrote.',
        '“But since then, its fortunes have changed,” it further wrote.',
      ]),
    ).toEqual(['the Harbour Times', 'the Harbour Times']);
  });

  test('a relative clause inside the appositive, its closing comma left out', () => {
    expect(
      speakers([
        OPENING,
        '“The pier is done,” Tomas Berg, the harbour pilot who started the rowing school posted on Friday.',
      ]),
    ).toEqual(['Tomas Berg']);
  });
});

describe('a quote-only paragraph after a paragraph closed by its attribution', () => {
  test('goes on with the speaker of a partial quote before it', () => {
    expect(
      speakers([
        'Ana Lima, a ferry captain, spoke at the harbour on Monday.',
        'Picking a ferry over a bridge is a “false choice, when the town can pay for neither,” she added.',
        '“My vote goes to whatever plan the engineers sign off.”',
      ]),
    ).toEqual(['Ana Lima', 'Ana Lima']);
  });
});

describe('the written thing “it” reads from', () => {
  test('a sign mentioned in the paragraph before, “it read” after the quote', () => {
    expect(
      speakers([
        'Ana Lima waved a hand-painted placard at the rally.',
        '“Keep the pier public,” it read.',
      ]),
    ).toEqual(['the placard']);
  });

  test('no written thing mentioned: no speaker', () => {
    expect(
      speakers(['Ana Lima waved at the rally on Monday.', '“Keep the pier public,” it read.']),
    ).toEqual([null]);
  });
});

describe('an earlier sentence of the paragraph', () => {
  test('its subject after an opening phrase that ends inside a quoted title', () => {
    expect(
      speakers([
        'The harbour protests went on for a week.',
        'On "Morning Tide," Councillor Tomas Berg (West), who lost the vote to Lima, called the protests a sign of hope. "Young sailors have run out of patience."',
      ]),
    ).toEqual(['Tomas Berg']);
  });
});

describe('a name with a long appositive after the quote', () => {
  test('a speech word inside the appositive is not its verb', () => {
    expect(
      speakers([
        OPENING,
        '“It is a raid on the town’s waters,” Ana Lima, the Green harbour master of Porto, one of the states suing the Port Board, said at a Lisbon event this month.',
      ]),
    ).toEqual(['Ana Lima']);
  });

  test('a web address in the appositive does not end the clause', () => {
    expect(
      speakers([
        OPENING,
        '“The ferry needs a plan for the islands,” Ana Lima, the tide expert who founded harbourwatch.org tweeted on Wednesday.',
      ]),
    ).toEqual(['Ana Lima']);
  });
});

describe('the subject of the clause holding the quote', () => {
  test('a role noun before the name ("band member")', () => {
    expect(
      speakers([
        OPENING,
        'Band member Tomas Berg shared the news online last week, writing “Feels great to play for the harbour again.”',
      ]),
    ).toEqual(['Tomas Berg']);
  });

  test('an adverb between an organisation head and its verb', () => {
    expect(
      speakers([
        OPENING,
        'The Lima campaign quickly sent an email to supporters stating, “The pier stays open.”',
      ]),
    ).toEqual(['the Lima campaign']);
  });

  test.each([
    ['campaign', 'quickly', false],
    ['campaign', 'family', true],
    ['campaign', 'office', true],
  ])('nounBeforeNoun(%s, %s) is %s', (w, next, expected) => {
    expect(nounBeforeNoun(w, next)).toBe(expected);
  });

  test('an owner written with a bare apostrophe after its final s', () => {
    expect(
      speakers([
        'Ana Reyes runs for harbour master.',
        'Reyes’ campaign called the council’s report a “rush to judgment,” and asked for a recount.',
      ]),
    ).toEqual(['Reyes’ campaign']);
  });
});

describe('speech verbs after the quote', () => {
  test('a song line the singer sings', () => {
    expect(speakers([OPENING, '“Keep your lantern lit,” Ana Lima sings to the crowd.'])).toEqual([
      'Ana Lima',
    ]);
  });

  test('a speaker heard asking on a recording', () => {
    expect(
      speakers([
        OPENING,
        '“Should the pier close for good?” a reporter can be heard asking Lima after the meeting.',
      ]),
    ).toEqual(['a reporter']);
  });
});

describe('the antecedent of a “who” clause holding the quote', () => {
  test('the clause ends in a comma before the quote', () => {
    expect(
      speakers([OPENING, 'The mayor met Ana Lima, who said, “The pier never closes on time.”']),
    ).toEqual(['Ana Lima']);
  });

  test('a name after “from”, and a name without the comma', () => {
    expect(
      speakers([
        OPENING,
        'Among the replies was a post from Ana Lima, who wrote, “The pier never closes on time.”',
        'Another came from Tomas Berg who wrote, “The ferry is worse.”',
      ]),
    ).toEqual(['Ana Lima', 'Tomas Berg']);
  });

  test('without the comma and without a verb, the quote is about the name', () => {
    expect(
      speakers([
        OPENING,
        'It took some convincing on behalf of Berg who “has met the mayor twice about the pier.”',
      ]),
    ).toEqual([null]);
  });

  test('a pronoun subject after “in which”', () => {
    expect(
      speakers([
        'Ana Lima spoke at the pier on Monday.',
        'Then came a post about the storm, followed by one in which she took credit for “being right on the tides.”',
      ]),
    ).toEqual(['Ana Lima']);
  });
});

describe('source and person nouns', () => {
  test.each([
    [
      'One operative inside the town hall shrugged off the remarks, calling them “no cause for worry.”',
      'one operative',
    ],
    ['Her grandson called the pier “her whole life.”', 'her grandson'],
  ])('%s', (paragraph, speaker) => {
    expect(speakers([OPENING, paragraph])).toEqual([speaker]);
  });
});

describe('an inverted reporting clause ending the lead', () => {
  test.each([
    [
      'Because of how the council drew up the plan, explained Tomas Berg, “the pier will close by March and nobody will notice.”',
      'Tomas Berg',
    ],
    [
      'On the tolls, said Ana Lima, the harbour master, “we will not move an inch this year.”',
      'Ana Lima',
    ],
  ])('%s', (paragraph, speaker) => {
    expect(speakers([OPENING, paragraph])).toEqual([speaker]);
  });
});

describe('openers before the clause subject', () => {
  test.each([
    [
      'Here in Porto, Berg stepped up his attack on the tolls, saying, “We have got to open the pier to everyone.”',
      'Tomas Berg',
    ],
    [
      'Sunday morning, Ana Lima slammed the shift as a late conversion and accused Berg of a “flip-flop.”',
      'Ana Lima',
    ],
    [
      'In replying Friday, Lima’s campaign took a rare swipe at the port, accusing it of “secrecy run amok.”',
      'Lima’s campaign',
    ],
  ])('%s', (paragraph, speaker) => {
    expect(
      speakers(['Ana Lima and Tomas Berg toured the harbour on Monday.', paragraph]).pop(),
    ).toEqual(speaker);
  });
});

test('a title whose comma sits inside its closing mark ends the opener', () => {
  const [speaker] = speakers([
    'The harbour storms went on.',
    'In an interview on Harbour Radio’s “Morning Tide,” Council Speaker Paul D. Berg (R-Porto) said sailors must engage in “more listening.”',
  ]).slice(-1);
  expect(speaker).toMatch(/^(?:Council Speaker )?Paul D\. Berg$/u);
});

describe('a bare plural subject', () => {
  test.each([
    [
      'Shipping lobbyists describe the ferry deal as “a different kettle of fish” from the old tolls.',
      'Shipping lobbyists',
    ],
    [
      'Harbour safety experts have discounted the claims, but say the port could raise its “yield” by other means.',
      'Harbour safety experts',
    ],
    ['Those services are open to ferry crews and “any other crew that the board approves.”', null],
    [
      'Attorneys for Tomas Berg opposed the move, saying in court papers that his logbook "was never public property."',
      'Attorneys for Tomas Berg',
    ],
    [
      'Lawyers for the Harbour Trust challenged the ruling, saying the pier is “a private road.”',
      'Lawyers for the Harbour Trust',
    ],
  ])('%s', (paragraph, speaker) => {
    expect(speakers([OPENING, paragraph])).toEqual([speaker]);
  });
});

describe('the agent of a passive naming verb (issue 11)', () => {
  test.each([
    [
      'a “by” agent after a naming verb in the active voice is no speaker',
      ['Ana Lima called the plan “a farce” by any measure.'],
      ['Ana Lima'],
    ],
    [
      'a passive naming verb with a plural agent',
      [
        'While the council has faced criticism for the long inquiry — often labeled a “witch hunt” by its critics — Berg is right.',
      ],
      ['its critics'],
    ],
    [
      'an “as described by” phrase after another sentence is not read',
      ['The pier is “unsafe.” The budget is short, as described by Ana Lima.'],
      [null],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

test('a crowd chanting the quote after an opener set off by its comma', () => {
  expect(
    speakers([
      OPENING,
      'Outside the ferry hall in Porto, about 300 dockers gathered in two groups, waving flags and chanting "Save the pier."',
    ]),
  ).toEqual(['about 300 dockers']);
});

test('a sentence adverb set off by commas between the subject and its speech verb', () => {
  expect(
    speakers([
      OPENING,
      'Backers of the new ferry law, however, say it keeps the board in place by having the port act as a “referee.”',
    ]),
  ).toEqual(['Backers of the new ferry law']);
});

describe('a surname that is also a common word (issue 11)', () => {
  test.each([
    [
      'two first names before the word name nobody in particular',
      ['Nia Will and Tomas Will spoke on Monday.', '“The pier is safe,” Will said.'],
      [null],
    ],
    [
      'a first name the story also uses in lowercase is no first name',
      ['The mark of Rose From spread as the tide rose.', '“The pier is safe,” From said.'],
      [null],
    ],
    [
      'the word as a modal verb opening a question is no subject',
      ['Nia Will, a strategist, spoke on Monday.', 'Will the board call it “a pier for all”?'],
      [null],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});
