import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import {
  findNames,
  fullestName,
  fullestNameAt,
  indexPeople,
  isNameWord,
  isRoleNoun,
} from '../../utils/analyze/names';
import { pronounGender } from '../../utils/analyze/pronoun-gender';
import { SEED_PARAGRAPHS } from './data/seed-story';

describe('findNames', () => {
  test.each([
    [
      'role before a name',
      'Kremlin spokesperson Dmitry Peskov told Reuters.',
      'Dmitry Peskov',
      'Kremlin spokesperson',
    ],
    [
      'role with -elect',
      'U.S. President-elect Trump plans to end the war.',
      'Trump',
      'U.S. President-elect',
    ],
    [
      'appositive role',
      'Trump’s communications director, Steven Cheung, informed Reuters.',
      'Steven Cheung',
      'Trump’s communications director',
    ],
    [
      'capitalized title',
      'Ukrainian President Volodymyr Zelenskiy has asserted it.',
      'Volodymyr Zelenskiy',
      'Ukrainian President',
    ],
    ['honorific dropped', 'Dr. Ana Lima led the study.', 'Ana Lima', null],
    ['quoted nickname inside a name', 'Ana “Nana” Lima led the study.', 'Ana Lima', null],
    ['the speaker of a house', 'House Speaker Ana Lima led the vote.', 'Ana Lima', 'House Speaker'],
    [
      'role after a name',
      'said Jennifer Cho, an analyst at Morgan Stanley.',
      'Jennifer Cho',
      'analyst at Morgan Stanley',
    ],
    ['plain name', 'Dimitri Simes, who emigrated in 1973, remarked on it.', 'Dimitri Simes', null],
    [
      'Bill as a first name after a role',
      'Shadow Treasurer Bill Marsh wrote to the bank.',
      'Bill Marsh',
      'Shadow Treasurer',
    ],
    ['occupation as a title', 'Grower Tess Malloy lost half her pears.', 'Tess Malloy', 'Grower'],
    ['farmer as a title', 'Dairy farmer Owen Pryce sold the herd.', 'Owen Pryce', 'Dairy farmer'],
    [
      'a surname that is also an organisation word, a role after it',
      'Nina West, a marine biologist, counted the seals.',
      'Nina West',
      'marine biologist',
    ],
    [
      'such a word in the middle of a name',
      'Rosa Hall Berg, a historian, wrote the guide.',
      'Rosa Hall Berg',
      'historian',
    ],
    // A capitalized stopword that is also a given name or surname, next to a name word.
    [
      'a modal as a first name',
      'said Will Doyle, a professor at Nordby.',
      'Will Doyle',
      'professor at Nordby',
    ],
    ['a modal as a surname', 'Mary Will wrote on Monday.', 'Mary Will', null],
    ['a month as a first name', 'June Okafor, the mayor, said no.', 'June Okafor', 'mayor'],
  ])('%s', (_name, text, name, role) => {
    const found = findNames(text).find((m) => m.name === name);
    expect(found?.name).toBe(name);
    expect(found?.role ?? null).toBe(role);
  });

  test.each([
    ['White House'],
    ['Soviet Union'],
    ['United States'],
    ['Security Council'],
    ['Finance Bill'],
    ['Town Hall'],
  ])('organization or place %s is not a multi-word person', (phrase) => {
    expect(findNames(`They met at the ${phrase} today.`).some((m) => m.name === phrase)).toBe(
      false,
    );
  });

  test.each([
    ['In June Ana Lima said no.', 'Ana Lima'],
    ['Will Lima resign?', 'Lima'],
    ['By May Ana Lima had left.', 'Ana Lima'],
    // "Will" before a verb form the modal never takes is the person.
    ['Citing the storm, Will urged voters to wait.', 'Will'],
    ['Will claims the pier is safe.', 'Will'],
  ])('a month or modal is a name only where it cannot be a date or modal: %s', (text, name) => {
    expect(findNames(text).map((m) => m.name)).toContain(name);
    expect(findNames(text).some((m) => /^(?:In|By) |^Will /u.test(m.name))).toBe(false);
  });

  test.each([['Will the pier reopen?'], ['Will Lima resign?']])(
    'a modal opening a question is no name: %s',
    (text) => {
      expect(findNames(text).some((m) => m.name.startsWith('Will'))).toBe(false);
    },
  );
});

describe('word classes', () => {
  test.each([
    ['Peskov', true],
    ['O’Brien', true],
    ['The', false],
    ['NATO', false],
    ['November', false],
    ['R-Texas', false],
    ['D-Ore.', false],
  ])('isNameWord(%s) = %s', (word, expected) => {
    expect(isNameWord(word)).toBe(expected);
  });

  test.each([
    ['spokesperson', true],
    ['President-elect', true],
    ['stance', false],
  ])('isRoleNoun(%s) = %s', (word, expected) => {
    expect(isRoleNoun(word)).toBe(expected);
  });
});

describe('fullestName', () => {
  const people = indexPeople(SEED_PARAGRAPHS);
  test.each([
    ['Putin', 'Vladimir Putin'],
    ['Simes', 'Dimitri Simes'],
    ['Peskov', 'Dmitry Peskov'],
    ['Mr. Trump', 'Donald Trump'],
    ['Smith', 'Smith'],
  ])('%s → %s', (name, expected) => {
    expect(fullestName(name, people)).toBe(expected);
  });

  test.each([
    ['first name alone', ['Dorothy Pemberton won.'], 'Dorothy', 'Dorothy Pemberton'],
    ['first name of two different people', ['Ana Lima and Ana Costa spoke.'], 'Ana', 'Ana'],
    [
      'a word that is also a surname stays the surname',
      ['Grant Shaw met Hugh Grant.'],
      'Grant',
      'Hugh Grant',
    ],
    [
      'a capitalized word run once before a name the story writes out more often is not part of it',
      [
        'Ana Lima spoke first.',
        'Ana Lima took questions.',
        'Unlike Ana Lima, the board stayed silent.',
      ],
      'Lima',
      'Ana Lima',
    ],
    [
      'a title-cased heading word before a name written out as often is not part of it',
      ['The book is called The Real Ana Lima.', 'Ana Lima took questions.', 'Lima left.'],
      'Lima',
      'Ana Lima',
    ],
  ])('fullestName: %s', (_name, texts, name, expected) => {
    expect(fullestName(name, indexPeople(texts))).toBe(expected);
  });

  // A bare surname two people of the story share, read at a text (its index in `texts`).
  test.each([
    [
      'the family member the text before opens with is the one meant',
      ['Ana Lima runs the port.', 'Later, Tomas Lima toured the pier.', 'Lima said it was fine.'],
      2,
      'Tomas Lima',
    ],
    [
      'no family member opening the text before: the story’s first',
      [
        'Ana Lima runs the port.',
        'Tomas Lima toured the pier.',
        'The ferry was late.',
        'Lima left.',
      ],
      3,
      'Ana Lima',
    ],
    [
      'a family member named only as the object of a preposition does not count',
      ['Ana Lima runs the port.', 'She toured the pier with her brother Tomas Lima.', 'Lima left.'],
      2,
      'Ana Lima',
    ],
    [
      'an owner opening the text before does not count',
      ['Ana Lima runs the port.', 'Tomas Lima’s boat was late.', 'Lima left.'],
      2,
      'Ana Lima',
    ],
    [
      'a word run into the surname at a sentence start is no family member',
      ['Ana Lima runs the port.', 'Despite Lima, the ferry was late.', 'Lima left.'],
      2,
      'Ana Lima',
    ],
  ])('fullestNameAt: %s', (_name, texts, at, expected) => {
    expect(fullestNameAt('Lima', indexPeople(texts), at)).toBe(expected);
  });

  test('seed story people with roles', () => {
    expect(people.roles.get('Dmitry Peskov')).toBe('Kremlin spokesperson');
    expect(people.roles.get('Steven Cheung')).toBe('Trump’s communications director');
    expect(people.names).toContain('Dimitri Simes');
  });
});

describe('findNames: a place with a role-like appositive', () => {
  test('a first word that is an organisation word keeps the run a place', () => {
    expect(
      findNames('They met at West Park, a city councillor, and left.').some(
        (m) => m.name === 'West Park',
      ),
    ).toBe(false);
  });
});

describe('findNames: a capitalized role adjective', () => {
  test('“Former” opening a sentence is no first name', () => {
    const names = findNames('Former Lima aide Tomas Berg called the plan a farce.').map(
      (m) => m.name,
    );
    expect(names).not.toContain('Former Lima');
    expect(names).toContain('Tomas Berg');
  });
});

describe('findNames: a capitalized adjective before a noun for people or a body', () => {
  test.each([
    ['The Lusitanian newspaper Correio noted the delay.', 'Lusitanian', 'Correio'],
    ['Arab Lusitanian lawmakers walked out of the session.', 'Arab Lusitanian', null],
    ['Freedonian officials said the border would stay shut.', 'Freedonian', null],
    ['The Christian leader said the vote was close.', 'Christian', null],
  ])('%s', (text, adjective, name) => {
    const names = findNames(text).map((m) => m.name);
    expect(names).not.toContain(adjective);
    if (name) expect(names).toContain(name);
  });

  test('a name of two words after a verb keeps its role noun after it', () => {
    expect(
      findNames('The board named Ana Lima chief executive on Monday.').map((m) => m.name),
    ).toContain('Ana Lima');
  });

  test('a name before a role that introduces another name stays out, the named one in', () => {
    expect(findNames('Lima aide Tomas Berg called.').map((m) => m.name)).toEqual(['Tomas Berg']);
  });
});

describe('findNames: typesetting characters between name words', () => {
  test.each([
    ['Tomas \u00adBerg, a spokesman for the port, said no.', 'Tomas Berg'],
    ['Ana\u200b Lima said no.', 'Ana Lima'],
  ])('%s', (text, name) => {
    expect(findNames(text).map((m) => m.name)).toContain(name);
  });
});

describe('placeNames: a name written only as a place is no person', () => {
  const story = [
    'Ana Lima sailed west of the Tarn Keys on Monday.',
    'She said the reef near the Tarn Keys was 40 miles long.',
    'Ana Lima later flew to Port Selby.',
  ];
  test('a name only after "the" or a place preposition leaves the people index', () => {
    expect(annotateParagraphs(story).people.names).toEqual(['Ana Lima']);
  });
  test('a name also written bare, or as an owner, stays a person', () => {
    const people = annotateParagraphs([
      'Voters in Tom Vance’s ward were angry. Tom Vance said the vote was close.',
    ]).people.names;
    expect(people).toContain('Tom Vance');
  });
});

describe('pronounGender: an object pronoun is someone else', () => {
  const cue = (text: string) => pronounGender(text, findNames(text), () => true);
  test.each([
    ['Tomas Berg told her.', null],
    ['Tomas Berg gave her the report.', null],
    ['Ana Lima thanked him for the loan.', null],
    ['Ana Lima revised her plan.', 'f'],
    ['Tomas Berg revised his plan.', 'm'],
  ])('%s', (text, gender) => {
    expect(cue(text)).toBe(gender);
  });
});
