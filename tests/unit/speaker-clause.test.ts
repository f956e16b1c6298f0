import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** Every quote's speaker, in order. */
function speakers(paragraphs: string[]): (string | null)[] {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).map((r) => r.speaker);
}

describe('the subject of the clause holding the quote: the nearest clause', () => {
  test.each([
    [
      'an opener starting with “amid” is no subject',
      [
        'The harbour board met on Monday.',
        'Amid calls to close the pier, Ines Lund spoke, saying it is needed to “keep the boats.”',
      ],
      ['Ines Lund'],
    ],
    [
      'an owner’s full name followed by its past-tense verb is the subject',
      ['The Gazette’s Tomas Berg offered a defence, saying it is time to “keep the boats.”'],
      ['Tomas Berg'],
    ],
    [
      'an opener of a past participle and a preposition is no subject',
      [
        'Ines Lund spoke on Monday.',
        'Contacted by the Gazette, Tomas Berg denied the story, saying that the vote was “a sham.”',
      ],
      ['Tomas Berg'],
    ],
    [
      'a clause joined after an earlier quote has its own subject',
      [
        'Ines Lund met Tomas Berg on the pier.',
        'Lund saying she was “quite hopeful” and Berg calling it a “fine talk.”',
      ],
      ['Ines Lund', 'Tomas Berg'],
    ],
    [
      'the same after a dash',
      [
        'Ines Lund met Tomas Berg on the pier.',
        'Both issued a note – Lund saying she was “quite hopeful” and Berg calling it a “fine talk.”',
      ],
      ['Ines Lund', 'Tomas Berg'],
    ],
    [
      'a “, with X -ing” clause holding the quote comes before the sentence’s subject',
      [
        'Harbour Democrats met on Monday.',
        'Democrats said little about Ines Lund.',
        'Democrats who back the pier were angry about the cost, with Ines Lund calling it a “gold-plated folly.”',
      ],
      ['Ines Lund'],
    ],
    [
      'a “with” without a comma is no clause of its own',
      [
        'Tomas Berg spoke on Monday.',
        'Tomas Berg answered with a chart showing “fewer ferries than ever.”',
      ],
      ['Tomas Berg'],
    ],
    [
      'a sentence adverb set off by its comma is no name (“First” is also a surname here)',
      [
        'Nova First sang at the pier.',
        'Tomas Berg sat in the front row.',
        'First, Berg identified the ferry timetable as “a shambles.”',
      ],
      ['Tomas Berg'],
    ],
    [
      'a place closing the opener is followed by the subject’s name, not an appositive',
      [
        'Speaking at a dock meeting in Alton, New Corrick, Tomas Berg went after the mayor, calling her “a tourist.”',
      ],
      ['Tomas Berg'],
    ],
    [
      'a contrasting clause after “, while” has a subject of its own',
      [
        'Mayor Ana Lima on Monday signed the dredging order, while Tomas Berg, the harbour master, proposed we “wait for the tide.”',
      ],
      ['Tomas Berg'],
    ],
    [
      'the subject of an “in what X called” relative clause holding the quote',
      [
        'Ana Lima ran the port in 1990, in what Tomas Berg, the old harbour master, described as “a steady hand on the tiller.”',
      ],
      ['Tomas Berg'],
    ],
    [
      'the subject of an “in which” relative clause holding the quote',
      [
        'Mayor Ana Lima faced the council.',
        'The mayor herself gave an interview to the harbour radio, in which Tomas Berg expressed confidence that the pier would not be “a problem for anyone.”',
      ],
      ['Tomas Berg'],
    ],
    [
      'after an opener ending in a quotation and its comma, the main clause’s subject',
      [
        'Tomas Berg spoke first.',
        'And, in a clip that District Judge Ana B. Lima called “tired,” Tomas Berg, the ferry captain, voiced a wish to “fix the pier by May.”',
      ],
      ['Ana B. Lima', 'Tomas Berg'],
    ],
    [
      'someone else speaking in a sentence between two quotes takes the later one',
      [
        '“The pier is safe,” Ana Lima said on Monday. Tomas Berg told reporters the pier was rotten. “It will fall into the sea.”',
      ],
      ['Ana Lima', 'Tomas Berg'],
    ],
    [
      'a sentence inside the earlier quote is no one speaking between',
      [
        '“The pier is safe. Tomas Berg says it is rotten, but he is wrong,” Ana Lima said on Monday. “It will stand.”',
      ],
      ['Ana Lima', 'Ana Lima'],
    ],
    [
      'after the closing mark, the name alone between the last comma and the verb speaks',
      [
        'Harbour lawyer Ines Marr filed the brief. The ferry was renamed “in honour of” Tomas Berg, Marr wrote.',
      ],
      ['Ines Marr'],
    ],
    [
      'a partial quote followed at once by “said X” is X’s, though its lead has a speaker',
      [
        'When Ana Lima said at the rally that she would not take the mayor’s money, she “spoke for every docker in town,” said Tomas Berg, a crane driver.',
      ],
      ['Tomas Berg'],
    ],
    [
      'an owner of the role may open the subject’s name (“Porto’s Prime Minister Ana Lima”)',
      ['Porto’s Prime Minister Ana Lima heralded the new ferry treaty as a “turning point.”'],
      ['Ana Lima'],
    ],
    [
      'the same with the name set off after the owned role',
      [
        'And Porto’s chief prosecutor, Ana Lima, vowed to go after “anyone who fouls the river.” The shift was stark.',
      ],
      ['Ana Lima'],
    ],
    [
      'an owned role before a name followed by a second clause gives no subject',
      [
        'Lima’s nephew, Tomas Berg, works at the port; his best friend is the pilot Jonas Weber, whom one docker described as “his twin.”',
      ],
      [null],
    ],
    [
      'the subject of a “when” clause whose participle shouts the quote',
      [
        'The first clash came during a talk at the ferry school, when Berg fans interrupted her talk, shouting “she sails, we sink!”',
      ],
      ['Berg fans'],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});
