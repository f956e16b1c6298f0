import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../utils/analyze/quotes';
import { splitSentences } from '../../utils/analyze/sentences';
import { SEED_PARAGRAPHS } from './data/seed-story';

const speakers = (paragraphs: string[]) =>
  findQuotes(splitSentences(paragraphs))
    .filter((q) => !q.partial)
    .map((q) => [q.speaker, q.speakerRole]);

describe('speaker attribution', () => {
  test.each([
    ['X said', ['“It is done,” Jane Doe said.'], [['Jane Doe', null]]],
    [
      'said X with a role after',
      ['“It is done,” said Jennifer Cho, an analyst at Morgan Stanley.'],
      [['Jennifer Cho', 'analyst at Morgan Stanley']],
    ],
    [
      'role phrase told Reuters',
      ['“It is risky,” Kremlin spokesperson Dmitry Peskov told Reuters.'],
      [['Dmitry Peskov', 'Kremlin spokesperson']],
    ],
    ['remarked', ['“Without neutrality, it is hard,” Putin remarked.'], [['Putin', null]]],
    ['according to', ['“Prices will rise,” according to Raj Patel.'], [['Raj Patel', null]]],
    [
      'speaker before a colon',
      [
        'Trump’s communications director, Steven Cheung, informed Reuters about the president: “He is the only one.”',
      ],
      [['Steven Cheung', 'Trump’s communications director']],
    ],
    [
      'pronoun resolved to the last named person',
      ['Gina Raimondo defended the tariffs. “We will not apologize,” she said.'],
      [['Gina Raimondo', null]],
    ],
    [
      'surname normalized to the fullest name',
      ['Chidi Okafor scored late.', '"I gambled," Okafor said.'],
      [['Chidi Okafor', null]],
    ],
    [
      'split quote keeps the speaker',
      ['“Nobody wins,” said Carsten Brzeski. “Europe loses more.”'],
      [
        ['Carsten Brzeski', null],
        ['Carsten Brzeski', null],
      ],
    ],
    [
      'quote-only paragraph keeps the previous speaker',
      ['“We listened,” said Councillor Priya Shah.', '“We acted.”'],
      [
        ['Priya Shah', 'Councillor'],
        ['Priya Shah', 'Councillor'],
      ],
    ],
    [
      'quote-only paragraph after a speech verb',
      ['However, Simes emphasized that a deal would be hard.', '“Positions are entrenched.”'],
      [['Simes', null]],
    ],
    [
      'unnamed speaker with adding',
      [
        'One official from Russia mentioned that no deal was feasible, adding, “The challenge is big.”',
      ],
      [['one official from Russia', null]],
    ],
    [
      'unnamed speaker before a colon',
      ['A source close to the couple told The Sun: "They wanted it small."'],
      [['a source close to the couple', null]],
    ],
    [
      'pronoun after an unnamed subject',
      ['A Downing Street spokesman rejected that. "Councils were involved," he said.'],
      [['a Downing Street spokesman', null]],
    ],
    [
      'titles are not people',
      [
        'Her book, “Fuego Lento,” comes out in May.',
        'Asked about it, Marta Ruiz shrugs. “The phone rings more.”',
      ],
      [['Marta Ruiz', null]],
    ],
    ['first-person speaker is unknown', ['“Hello,” I said.'], [[null, null]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });

  test('seed story speakers, normalized', () => {
    expect(speakers(SEED_PARAGRAPHS).map(([s]) => s)).toEqual([
      'Vladimir Putin',
      'Vladimir Putin',
      'Dmitry Peskov',
      'Dmitry Peskov',
      'Steven Cheung',
      'Dimitri Simes',
      'one official from Russia',
    ]);
  });
});
