import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { HOLDER_RULES } from '../../utils/analyze/figures/holder-rules';
import { type LocatedFigure, nameReferents, traceFigures } from '../../utils/analyze/figures/index';

// The holder table (STYLE.md "A heuristic is a row"): every row runs on its own invented story,
// which must reach that row and give its `measures`.

function located(paragraphs: string[]): LocatedFigure[] {
  const doc = annotateParagraphs(paragraphs);
  const out = traceFigures(doc.sentences).filter((t): t is LocatedFigure => 'figure' in t);
  nameReferents(out, doc);
  return out;
}

const labelOf = (paragraphs: string[], value: string): string | undefined =>
  located(paragraphs).find((t) => t.figure.value === value)?.figure.measures;

describe('figure holder rules', () => {
  test('rule names are unique', () => {
    const names = HOLDER_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(HOLDER_RULES.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    const found = located(paragraphs).find((t) => t.figure.value === figure);
    expect(found, `no figure "${figure}"`).toBeDefined();
    expect(found?.rule.split('+')).toContain(name);
    expect(found?.figure.measures).toBe(measures);
  });

  test('a place word after an -ing word is the holder’s too', () => {
    expect(
      labelOf(['Tom Reyes, 34, a baker from Dayton, came third in the race.'], 'third'),
    ).toMatch(/^Tom Reyes’ finishing place/u);
  });

  test('a reporting verb hands the figure to the reported clause', () => {
    expect(
      labelOf(['Tarn Ferries said rivals raised $4 million from banks.'], '$4 million'),
    ).not.toMatch(/Tarn/u);
  });

  test('another name between the subject and the figure leaves the label alone', () => {
    expect(
      labelOf(['Tarn Ferries wants Halden Bank to raise $4 million from banks.'], '$4 million'),
    ).not.toMatch(/Tarn/u);
  });

  test('a capital that opens the sentence without naming anyone is no holder', () => {
    expect(
      labelOf(['Inside the hall, workers raised $4 million from banks.'], '$4 million'),
    ).not.toMatch(/Inside/u);
  });

  test('a capital modifying a common noun is no holder', () => {
    expect(labelOf(['The Tarn port handled 900 ships last year.'], '900 ships')).not.toMatch(
      /Tarn’/u,
    );
  });

  test('a holder that names a company with two words needs no other mention', () => {
    expect(labelOf(['Corvane Foods has 3,000 customers in Ohio.'], '3,000 customers')).toBe(
      'Corvane Foods’ customers in Ohio',
    );
  });

  test('"the state" as the subject is the place the story named before', () => {
    expect(
      labelOf(
        [
          'Voters in Tarnland were keen this year.',
          'In the last primary, the state got 45,000 requests for ballots.',
        ],
        '45,000 requests',
      ),
    ).toBe('requests Tarnland got for ballots');
  });

  test('a label that already names the holder is left alone', () => {
    expect(
      labelOf(['Corvane Foods sold 3,000 cans to Corvane Foods customers.'], '3,000 cans'),
    ).not.toMatch(/Corvane Foods’/u);
  });

  test('a capital after an opening phrase is a name without another mention', () => {
    expect(
      labelOf(['After the storm, Corvane has 3,000 customers in Ohio.'], '3,000 customers'),
    ).toBe('Corvane’s customers in Ohio');
  });
});
