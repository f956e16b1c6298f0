import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** The speakers of every quote of the paragraphs, in order. */
function speakers(paragraphs: string[]): (string | null)[] {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).map((a) => a.speaker);
}

describe('a clause inside the sentence with its own subject', () => {
  test.each([
    [
      'a named subject of a “with” clause',
      [
        'Ines Lund and Tomas Berg held rallies.',
        'Fans pushed a heckler, with Lund reportedly yelling: “Get him out!”',
      ],
      ['Ines Lund'],
    ],
    [
      'a “with” clause whose chant runs on after “and”',
      [
        'The parade paused at noon, with many walkers chanting “Mend the pier” and “Open the slipway.”',
      ],
      ['many walkers', 'many walkers'],
    ],
    [
      'a “where” clause after a dash, its participle after a comma',
      [
        'Lund spoke near the pier — sold last year — where about 40 fishermen had gathered, chanting “no quota, no peace.”',
      ],
      ['about 40 fishermen'],
    ],
    [
      'a bare quantifier after a named speaker’s quote',
      ['“The pier stays,” Tomas Berg said.', 'Another wrote that Berg was “all talk.”'],
      ['Tomas Berg', 'another'],
    ],
    [
      'a “when” clause whose subject rails against the quote',
      [
        '“Enough,” Ana Lima said, and the hall went quiet when Tomas Berg railed against “harbour fat cats.”',
      ],
      ['Ana Lima', 'Tomas Berg'],
    ],
    [
      '“what X called” with an appositive after X, the sentence’s subject a pronoun',
      [
        'Tomas Berg runs the port.',
        'He guarded the votes in 1990, in what Ana Lima, treasurer for Ines Lund’s rival campaign, called “trench warfare.”',
      ],
      ['Ana Lima'],
    ],
    [
      '“what X have called” with an auxiliary before the naming verb',
      ['The lawsuit over what former employees have called a “rigged contract” took a turn.'],
      ['former employees'],
    ],
    [
      '“whom X described as”: the describer, not the person described',
      [
        'His closest ally is the pilot Tomas Berg, whom one harbour insider described as “his brother.”',
      ],
      ['one harbour insider'],
    ],
    [
      'an opening “In declaring …” participle: the main clause after the quote names who said it',
      [
        'The harbour master, Ines Lund, spoke at noon.',
        'In declaring the new levy “not workable,” Lund showed her knack for plain talk.',
      ],
      ['Ines Lund'],
    ],
    [
      'a bare quantifier subject after a semicolon',
      ['Nine in ten dockers were worried about the pier; most said they were “very worried.”'],
      ['most'],
    ],
    [
      'someone a question led to say the quote',
      [
        '“Is the pier safe?” Ana Lima asked. The question led harbour master Carl Moss to say, “It is.”',
      ],
      ['Ana Lima', 'Carl Moss'],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });

  test('a crowd in a “when” clause that only does something does not speak', () => {
    expect(
      speakers(['Berg had a good night, when many viewers stayed up for the “late” count.']),
    ).not.toEqual(['many viewers']);
  });

  test('a quantifier with its noun is not a bare quantifier', () => {
    expect(speakers(['Tomas Berg spoke.', 'Some Greens said the plan was “a start.”'])).not.toEqual(
      ['some'],
    );
  });
});

describe('the described subject of an “as” clause speaking in a participle', () => {
  test('the participle after the “as” clause is its subject’s', () => {
    expect(
      speakers([
        'Ines Lund spoke on Monday.',
        '“Where did all the ferries go?” Lund asks as a night porter strolls past her, saying he is “here to lock up the pier for good.”',
      ]),
    ).toEqual(['Ines Lund', 'a night porter']);
  });
});
