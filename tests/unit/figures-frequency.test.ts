import { describe, expect, test } from 'vitest';
import { tracedFigure } from '../harness/figure-trace';

// "twice a month" and its kin: a frequency is labelled with the clause it counts, never the
// bare category "multiple" (times-rules.ts FREQUENCY_RULE). Invented sentences.
const measuresOf = tracedFigure;

describe('frequency labels', () => {
  test.each([
    [
      'The parish council meets twice a month in the old school hall.',
      'twice a month',
      'times a month the parish council meets',
    ],
    [
      'The local paper, once a year, would print a list of every new bakery in town.',
      'once a year',
      'times a year the local paper would print a list',
    ],
    [
      'Once a year, the rowing club holds a dinner for its volunteers.',
      'Once a year',
      'times a year the rowing club holds a dinner',
    ],
    [
      'Even when the shop, twice a year, held a sale, nobody came.',
      'twice a year',
      'times a year the shop held a sale',
    ],
    ['We go twice a year.', 'twice a year', 'times a year we go'],
    [
      'The rule is hard for firms that audit their vans once a year.',
      'once a year',
      'times a year firms audit their vans',
    ],
    [
      'Nurses who work nights twice a week get a bonus.',
      'twice a week',
      'times a week nurses work nights',
    ],
    ['She said that the bus runs twice a day.', 'twice a day', 'times a day the bus runs'],
  ])('%s', (sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toMatchObject({
      rule: 'frequency-clause',
      figure: { measures },
    });
  });

  test('a multiple without a period keeps its own row', () => {
    expect(
      measuresOf('The ferry was towed back to port twice last winter.', 'twice'),
    ).toMatchObject({
      rule: 'times',
    });
  });
});
