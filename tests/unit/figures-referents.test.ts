import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { type LocatedFigure, nameReferents, traceFigures } from '../../utils/analyze/figures/index';
import { REFERENT_RULES } from '../../utils/analyze/figures/referents';

// The referent table (STYLE.md "A heuristic is a row"): every row runs on its own invented
// story, which must reach that row and give its `measures`.

function located(paragraphs: string[], title = ''): LocatedFigure[] {
  const doc = annotateParagraphs(paragraphs, title);
  const out = traceFigures(doc.sentences).filter((t): t is LocatedFigure => 'figure' in t);
  nameReferents(out, doc);
  return out;
}

describe('figure referent rules', () => {
  test('rule names are unique', () => {
    const names = REFERENT_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(REFERENT_RULES.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    const { paragraphs, figure, measures, title } = rule.example;
    const found = located(paragraphs, title).find((t) => t.figure.value === figure);
    expect(found, `no figure "${figure}"`).toBeDefined();
    expect(found?.rule.split('+')).toContain(name);
    expect(found?.figure.measures).toBe(measures);
  });

  test.each([
    ['a weekday says when, not whose', 'Monday’s 3% fall hurt the port.', '3%'],
    ['a contraction is no owner', 'There’s $50,000 in the fund.', '$50,000'],
    [
      'a category explained by its verb owns nothing',
      'Exports rose, behind Halden’s $35 billion.',
      '$35 billion',
    ],
  ])('no possessive owner: %s', (_why, text, value) => {
    const found = located([text]).find((t) => t.figure.value === value);
    expect(found?.rule ?? '').not.toContain('name-possessive-before-figure');
  });

  test('a group subject before "should" names the "they" of a contact clause', () => {
    const found = located(['In short, lenders should keep $1 for every $40 they lend out.']).find(
      (t) => t.figure.value === '$40',
    );
    expect(found?.figure.measures).toBe('amount lenders lend out');
  });

  test.each([
    ['a pronoun subject is no name', 'After six weeks in Lisbon, I moved back.', 'six weeks'],
    [
      'a time in the main clause is its own',
      'Rosa Pinto moved after six years in Lisbon.',
      'six years',
    ],
  ])('no fronted-phrase owner: %s', (_why, text, value) => {
    const found = located([text]).find((t) => t.figure.value === value);
    expect(found?.rule ?? '').not.toContain('fronted-phrase-subject');
  });

  test.each([
    ['a place after an opening preposition', 'In Lisbon, the 40 dockers walked out.', '40 dockers'],
    ['a lone capital opening the sentence', 'However, the 40 dockers walked out.', '40 dockers'],
    [
      'an appositive with its own clause',
      'Pinto met Tarn Bay, the port that lost 40 ships.',
      '40 ships',
    ],
  ])('no appositive owner: %s', (_why, text, value) => {
    const found = located([text]).find((t) => t.figure.value === value);
    expect(found?.rule ?? '').not.toContain('appositive-owner');
  });

  test('a subordinator opening the sentence is no part of the name "it" stands for', () => {
    const figures = located([
      'Harlow Brothers makes kayaks. If Corvane could win the ferry trade, it would earn $4 billion more.',
    ]);
    expect(figures.find((t) => t.figure.value === '$4 billion')?.figure.measures).toBe(
      'amount Corvane would earn',
    );
  });

  test('a pronoun two named people could take stays a pronoun', () => {
    const [figure] = located(['Ana Lima and Rosa Pinto met. She spent $4 million on new cranes.']);
    expect(figure?.figure.measures).toBe('amount she spent on new cranes');
  });

  test("a person named once is no rival to the story's main person", () => {
    const figures = located([
      'Ana Lima runs the harbour board. Lima grew up in Porto.',
      'Lima trained as an engineer. Lima joined the board in 2015. Lima still lives by the docks.',
      'Lima once met Rosa Pinto at a fair. Last year she spent $4 million on new cranes.',
    ]);
    expect(figures.find((t) => t.figure.value === '$4 million')?.figure.measures).toBe(
      'amount Lima spent on new cranes',
    );
  });

  test('an age given after a description of a named person is theirs', () => {
    const figures = located([
      'Tom Reyes lost his savings in May. The pensioner, 78, had to sell his car.',
    ]);
    expect(figures.find((t) => t.figure.value === '78')?.figure.measures).toBe('Reyes’ age');
  });

  test('an age label that already names its person is not named twice', () => {
    const figures = located([
      'Rosa Pinto won the Harlow race. It was the 29-year-old’s first win, and her first final.',
    ]);
    const label = figures.find((t) => t.figure.value === '29-year-old')?.figure.measures ?? '';
    expect(label.match(/Pinto/gu)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  test.each([
    [
      'no place is named before',
      ['Ana Lima met voters. About 40% of people in the country back her.'],
    ],
    [
      'the place is written with its article',
      ['Prices in the UK rose. The rate in the country is 4%.'],
    ],
    [
      'the only name before is a person’s possessive',
      [
        'Ana Lima spoke to supporters. Fans in Lima’s home town cheered.',
        'About 40% of people in the city back her.',
      ],
    ],
  ])('"the country" stays a description when %s', (_case, paragraphs) => {
    const label = located(paragraphs).find((t) => /%$/u.test(t.figure.value))?.figure.measures;
    expect(label).toMatch(/\b(?:country|city)$|\b(?:country|city) (?!of)/u);
  });

  test('the place named most wins over a nearer one named once', () => {
    const figures = located([
      'Tarnland votes on Sunday. Polls in Tarnland open at 7am.',
      'Lima spoke in Dunmore, in Tarnland. About 40% of voters in the state back her.',
    ]);
    expect(figures.find((t) => t.figure.value === 'About 40%')?.figure.measures).toMatch(
      /the state of Tarnland/u,
    );
  });

  test.each([
    [
      'Cardiff Rovers signed a striker. The Welsh club paid £5m for him.',
      'amount Cardiff Rovers paid for him',
    ],
    ['Halden Bank cut costs. The struggling bank paid £5m in fines.', 'fines Halden Bank paid'],
  ])('a description with a modifier names its organisation: %s', (text, measures) => {
    expect(located([text]).find((t) => t.figure.value === '£5m')?.figure.measures).toBe(measures);
  });

  test('"it" after a sentence about something else stays "it"', () => {
    const figures = located([
      'Corvane Foods opened a plant. The new line was slow. It sold 4 million cans last year.',
    ]);
    expect(figures.find((t) => t.figure.value === '4 million cans')?.figure.measures).toBe(
      'cans it sold last year',
    );
  });

  test('a capital that only opens the sentence is no organisation', () => {
    const figures = located([
      'Halden Bank made a plan. The plan stalled. Earlier it lost $9 million.',
    ]);
    expect(figures.find((t) => t.figure.value === '$9 million')?.figure.measures).toBe(
      'amount it lost',
    );
  });

  test('a lone capitalized name with no person cue is the organisation "it" stands for', () => {
    const figures = located([
      'Rivals bought shares in Corvane. Corvane was struggling in 2009, the season it lost $640 million.',
    ]);
    expect(figures.find((t) => t.figure.value === '$640 million')?.figure.measures).toBe(
      'amount Corvane lost',
    );
  });

  test('a possessive before a later word of the label names its owner there', () => {
    const figures = located(['Halden Bank sold two-thirds of its branch network last year.']);
    expect(figures.find((t) => t.figure.value === 'two-thirds')?.figure.measures).toBe(
      'share of Halden Bank’s branch network last year',
    );
  });

  test('another name between the subject and "its" leaves the label alone', () => {
    const figures = located(['Halden Bank wants Corvane Foods to cut its costs by 5% next year.']);
    expect(figures.find((t) => t.figure.value === '5%')?.figure.measures).not.toMatch(/’s/u);
  });

  test('a role nobody named holds stays a role', () => {
    const [figure] = located(['The coach signed 14 players before the season.']);
    expect(figure?.figure.measures).toBe('players the coach signed');
  });

  test('a head the label keeps without "the" is named, its possessive written once', () => {
    const figures = located([
      'Corvane Foods makes soup. The company’s revenue rose to $4 billion.',
    ]);
    expect(figures.find((t) => t.figure.value === '$4 billion')?.figure.measures).toBe(
      'Corvane Foods’ revenue',
    );
  });

  test('a possessive the label keeps is replaced, not doubled', () => {
    const figures = located(['Halden Bank grew. It said its deposits rose 4% last year.']);
    const label = figures.find((t) => t.figure.value === '4%')?.figure.measures ?? '';
    expect(label).not.toMatch(/\bits\b/u);
  });
});

describe('organisations named with two words', () => {
  test.each([
    [
      'said-it',
      'Meridian Freight said it would grow. It sold 4 million cans last year.',
      'Meridian Freight',
    ],
    [
      'the-name-head',
      'The Tarn Ferries company grew. It sold 4 million cans last year.',
      'Tarn Ferries',
    ],
    [
      'appositive-head',
      'Orla Textiles, a carpet maker, grew. It sold 4 million cans last year.',
      'Orla Textiles',
    ],
    [
      'verb-its',
      'Harlow Brothers raised its prices. It sold 4 million cans last year.',
      'Harlow Brothers',
    ],
  ])('%s: "it" names the company', (_cue, text, name) => {
    const figures = located([text]);
    expect(figures.find((t) => t.figure.value === '4 million cans')?.figure.measures).toBe(
      `cans ${name} sold last year`,
    );
  });

  test('a person named with two words stays a person', () => {
    const figures = located(['Tom Reyes said he would grow. It sold 4 million cans last year.']);
    expect(figures.find((t) => t.figure.value === '4 million cans')?.figure.measures).toBe(
      'cans it sold last year',
    );
  });

  test('a day between the company and "it" is no other name', () => {
    const figures = located(['Corvane Foods said on Monday that it sold 4 million cans.']);
    expect(figures.find((t) => t.figure.value === '4 million cans')?.figure.measures).toBe(
      'cans Corvane Foods sold',
    );
  });

  test('"The Pope" is a role, not an organisation', () => {
    const figures = located(['The Pope spoke. It sold 4 million cans last year.']);
    expect(figures.find((t) => t.figure.value === '4 million cans')?.figure.measures).toBe(
      'cans it sold last year',
    );
  });
});

describe('a possessive pronoun before the figure', () => {
  test('"her" after a verb is its object, not an owner', () => {
    const found = located(['Olga Marsh sings at the club. The club paid her $500 a night.']).find(
      (t) => t.figure.value === '$500 a night',
    );
    expect(found?.rule ?? '').not.toContain('pronoun-possessive-before-figure');
  });

  test('a rank whose ranking verb takes a name, not the pronoun, is not the pronoun’s', () => {
    const found = located([
      'Olga Marsh sang at the fair. Critics who heard her rated Ana Lima the 12th best singer.',
    ]).find((t) => t.figure.value === '12th');
    expect(found).toBeDefined();
    expect(found?.rule ?? '').not.toContain('ranked-object-pronoun');
  });

  test('no main organisation when the headline names none the story marks as one', () => {
    const found = located(
      [
        'Tarnland grew fast this year. Tarnland also raised taxes.',
        'Tarnland hired teachers. The company employs roughly 2,600 people.',
      ],
      'Tarnland booms',
    ).find((t) => t.figure.value === 'roughly 2,600 people');
    expect(found).toBeDefined();
    expect(found?.rule ?? '').not.toContain('main-organisation-description');
  });
});

describe('group pronouns and contact clauses', () => {
  const labelOf = (paragraphs: string[], value: string) =>
    located(paragraphs).find((t) => t.figure.value === value)?.figure.measures;

  test('"they" and "their" with no group opening the sentence stay as written', () => {
    expect(
      labelOf(
        ['Corvane Foods met the unions. Later they agreed to cut 60% of their overtime.'],
        '60%',
      ),
    ).not.toMatch(/unions|Corvane/u);
  });

  test('a contact clause whose pronoun two people could take keeps no name', () => {
    expect(
      labelOf(
        [
          'Ana Lima and Rosa Pinto farm pears near Tarn. Only 12 of the 40 pickers she hired showed up.',
        ],
        '40',
      ),
    ).not.toMatch(/Lima|Pinto/u);
  });
});

test('a person’s name before “its first …” is no owner of the period', () => {
  const figure = located(['Tomas Berg joined the board during its first two years.']).find(
    (t) => t.figure.value === 'two years',
  );
  expect(figure?.figure.measures ?? '').not.toMatch(/Berg’s first/u);
});
