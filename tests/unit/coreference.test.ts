import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findNames, fullestName, indexPeople } from '../../utils/analyze/names';
import { findQuotes } from '../../utils/analyze/quotes';

/** The speaker of each quote of a story, in order. */
const speakers = (paragraphs: string[]) =>
  findQuotes(annotateParagraphs(paragraphs)).map((q) => q.speaker);

describe('pronouns and descriptions resolve to their entity', () => {
  test.each([
    {
      name: 'a bare “the woman” after a named woman is someone the story has not named',
      example: [
        '“We sell less,” said Ana Lima, 39, a baker. At the pharmacy, a cashier was upset. “It is too much,” said the woman.',
      ],
      speakers: ['Ana Lima', 'the woman'],
    },
    {
      name: 'a bare “the man” goes back to the unnamed man just introduced',
      example: [
        'Tomas Berg spoke first. A man who asked not to be named said he knew Berg. “It was a crime,” the man said.',
      ],
      speakers: ['a man'],
    },
    {
      name: '“she said” is the subject of the attribution chain, not the object just named',
      example: [
        'Maria Lund accused Ana Lima of stalling the dredging. “This is a farce,” she said.',
      ],
      speakers: ['Maria Lund'],
    },
    {
      name: 'a name after a relative or subordinator is its clause’s subject',
      example: [
        'Ines Marr, a harbour pilot, spoke first.',
        'Lima disagreed, to which Tomas Berg replied: “It is not true.” He said the pier was safe.',
      ],
      speakers: ['Tomas Berg'],
    },
    {
      name: 'a name after the subject and its verb is the verb’s object, not the “he” of a later clause',
      example: [
        'Mayor Jonas Weber and Tomas Berg both want the job.',
        'Weber went after Berg at the debate, when he called the ferry captain “unhinged.”',
      ],
      speakers: ['Jonas Weber'],
    },
    {
      name: '“the senator” finds a person titled “Sen.”',
      example: [
        'Sen. Ana Lima visited the port.',
        '“We will fund the dredging,” the senator said.',
      ],
      speakers: ['Ana Lima'],
    },
    {
      name: '“the governor” finds a person titled “Gov.”',
      example: ['Gov. Tomas Berg toured the docks.', '“The budget is tight,” the governor said.'],
      speakers: ['Tomas Berg'],
    },
    {
      name: 'a party member described by place resolves to the person of that place',
      example: [
        'Paul Rand, who represents Wisconsin, toured the port.',
        '“The port is still open,” the Wisconsin Republican said.',
      ],
      speakers: ['Paul Rand'],
    },
    {
      name: 'a description of another place is not the person just named',
      example: [
        'Paul Rand toured the port.',
        '“The port is still open,” the Utah Republican said.',
      ],
      speakers: ['the Utah Republican'],
    },
    {
      name: 'a role whose place differs skips the person named in passing',
      example: [
        'Sen. Ana Lima of Nevada met the crews.',
        'Later Sen. Joan Ernie of Iowa joined them.',
        '“We agree,” the Nevada senator said.',
      ],
      speakers: ['Ana Lima'],
    },
    {
      name: 'a photo credit’s name is no one a descriptor stands for',
      example: [
        'Marta Quill posted the video on Monday.',
        'Ines Marr via Harbour Images.',
        '“What if the port had a choir?” the 43-year-old asked.',
      ],
      speakers: ['Marta Quill'],
    },
    {
      name: '“she” is never a document that spoke last',
      example: [
        'Ana Lima chairs the harbour board.',
        '“The pier will close,” read the statement.',
        'Asked about it, she said, “We have no choice.”',
      ],
      speakers: ['the statement', 'Ana Lima'],
    },
    {
      name: 'a pronoun after the only person a sentence names gives them a gender for later “he” and “she”',
      example: [
        'Tomas Berg revised his plan for the pier.',
        'The levy became an issue, with Ana Lima lambasting Berg’s plan.',
        '“It is a gift to developers,” she said.',
        'Berg changed course in May.',
        '“The dockers will gain most,” he said.',
      ],
      speakers: ['Ana Lima', 'Tomas Berg'],
    },
  ])('$name', ({ example, speakers: expected }) => {
    expect(speakers(example)).toEqual(expected);
  });
});

describe('names', () => {
  test.each([
    ['a party member by place is no name', 'The Wisconsin Republican spoke.', []],
    ['a party before a full name is its role', 'Republican Ana Lima spoke.', ['Ana Lima']],
    [
      'a participle opening the sentence is no first name',
      'Telling Ana Lima the news, he left.',
      ['Ana Lima'],
    ],
    [
      'a first name ending in -ing is kept inside a sentence',
      'He met Sterling Odum.',
      ['Sterling Odum'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(findNames(text).map((m) => m.name)).toEqual(expected);
  });

  test.each([
    [
      'a name run into a capitalized place once is not the person named throughout',
      ['Harbour Town Lima won a seat.', 'Ana Lima spoke. Ana Lima left.'],
      'Lima',
      'Ana Lima',
    ],
    [
      'the longest form of one person’s name wins',
      ['Ana Maria Lima spoke.', 'Ana Lima left. Ana Lima returned.'],
      'Lima',
      'Ana Maria Lima',
    ],
    [
      'two people of one surname: the first named keeps it',
      ['Ana Lima spoke.', 'Tomas Lima left. Tomas Lima returned.'],
      'Lima',
      'Ana Lima',
    ],
  ])('%s', (_name, texts, name, expected) => {
    expect(fullestName(name, indexPeople(texts))).toBe(expected);
  });
});
