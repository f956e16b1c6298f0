import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findFigures } from '../../utils/analyze/figures';
import { COUNTED_RULES } from '../../utils/analyze/figures/counted-rules';
import { MEASURE_RULES } from '../../utils/analyze/figures/measure-rules';
import { FIGURE_PATTERN, FIGURE_START, mask } from '../../utils/analyze/figures/patterns';
import { DROP_RULES } from '../../utils/analyze/figures/scan';
import { splitSentences } from '../../utils/analyze/sentences';
import type { FigureKind } from '../../utils/summary';
import { listFixtures } from '../harness/fixtures';

// Which spans are figures (issue 12): ranks and places, multiplying verbs, race times, ratios
// against one, levels after measuring verbs; and which are names or bounds (race events,
// category bounds, sequence ordinals). Every sentence here is invented.

const valuesOf = (text: string) => findFigures(splitSentences([text])).map((f) => f.value);
const figureOf = (text: string, value: string) =>
  findFigures(splitSentences([text])).find((f) => f.value === value);

describe('figure recognition: these spans are figures', () => {
  test.each<[string, string, string, FigureKind]>([
    // Ranks and places.
    ['place after a finishing verb', 'Okafor finished third in the fell race.', 'third', 'other'],
    ['place after "came in"', 'The Otters came in second behind Leeds.', 'second', 'other'],
    ['place said with "be"', 'Mbeki was fourth in the 200m.', 'fourth', 'other'],
    ['place noun', 'The club sits in fifth place.', 'fifth', 'other'],
    ['career count', 'She set her 12th national record on Sunday.', '12th', 'other'],
    ['count in a period', 'It was his ninth win of the season.', 'ninth', 'other'],
    ['count this month', 'The mill is the third employer this month to close.', 'third', 'other'],
    ['streak in a row', 'The Comets won their sixth game in a row.', 'sixth', 'other'],
    ['rank before a superlative', 'It is the third-largest port in the region.', 'third', 'other'],
    ['rank before a spaced superlative', 'He ran the fifth fastest lap ever.', 'fifth', 'other'],
    ['numbered rank', 'The striker wore No. 9 all season.', 'No. 9', 'other'],
    ['world ranking', 'Sato is the world number three.', 'number three', 'other'],
    ['numbered seed', 'Ito beat the No 4 seed on Tuesday.', 'No 4', 'other'],
    ['place as an adjective', 'Fourth-placed Rovers drew again.', 'Fourth', 'other'],
    ['record count', 'She won a record seventh title.', 'a record seventh', 'other'],
    // Multiplying verbs.
    ['multiplying verb', 'Ferry fares tripled in a decade.', 'tripled', 'other'],
    [
      'qualified multiplying verb',
      'Orders more than doubled last spring.',
      'more than doubled',
      'other',
    ],
    ['multiplying base after a modal', 'Rents could double by the autumn.', 'double', 'other'],
    ['headline present tense', 'Bakery profits treble at Crumb & Co', 'treble', 'other'],
    ['present before a possessive', 'The mill doubles its output.', 'doubles', 'other'],
    // Times in two units, glued times.
    [
      'time in words and digits',
      'She won in one minute 52.3 seconds.',
      'one minute 52.3 seconds',
      'measure',
    ],
    ['glued time in two units', 'He ran 4min 02.1sec at the meet.', '4min 02.1sec', 'measure'],
    ['glued time alone', 'She clocked 11.9sec in the heats.', '11.9sec', 'measure'],
    // Ratios against one.
    ['one in N', 'The odds of a match are one in 20,000.', 'one in 20,000', 'percent'],
    ['one in a word', 'One in five tenants is behind on rent.', 'One in five', 'percent'],
    // A bare level after a measuring verb, at the end of a clause.
    ['level at sentence end', 'By Sunday the count had reached 312.', '312', 'other'],
    ['level after "rose to"', 'The number of stalls rose to 48 on Friday.', '48', 'other'],
    ['total at sentence end', 'Entries to the show totalled 640.', '640', 'other'],
    ['level before "after"', 'The tally stood at 9 after the recount.', '9', 'other'],
    // Counts of occurrences, places with "up", sizes in two sides.
    ['for the Nth time', 'The river burst its banks for the fourth time.', 'fourth', 'other'],
    ['place with "ended up"', 'The Otters ended up sixth.', 'sixth', 'other'],
    ['screen size', 'The panel shows 2,560 x 1,440 pixels.', '2,560 x 1,440 pixels', 'measure'],
    ['print size with a unit', 'She sells 5 x 7 inches prints.', '5 x 7 inches', 'measure'],
    // A distance run within a race is a figure, even after an opening preposition.
    ['distance still to run', 'With 200m to go she pulled clear.', '200m', 'other'],
  ])('%s', (_name, sentence, value, kind) => {
    expect(figureOf(sentence, value), `${valuesOf(sentence).join(' | ')}`).toMatchObject({
      value,
      kind,
    });
  });
});

describe('figure recognition: these spans are not figures', () => {
  test.each<[string, string, string]>([
    // Sequence ordinals name an item, they count nothing.
    ['sequence quarter', 'Sales slowed in the second quarter of the year.', 'second'],
    ['sequence term', 'He began his second term in May.', 'second'],
    ['sequence round', 'They lost in the third round of the cup this season.', 'third'],
    ['sequence in a series', 'It was second in a series of talks.', 'second'],
    // Idioms of the multiplying verbs.
    ['double as', 'The barn could double as a shed.', 'double'],
    ['doubled as', 'The hall doubled as a canteen.', 'doubled'],
    ['doubled down', 'The mayor doubled down on the plan.', 'doubled'],
    ['tennis doubles', 'She won the doubles in Rome.', 'doubles'],
    ['double after "was"', 'The bill was double in size.', 'double'],
    ['double figures', 'The side hopes to double figures.', 'double'],
    // Race names.
    ['event won', 'Mbeki won the 800m at the county games.', '800m'],
    ['event final', 'She reached the 60m final in March.', '60m'],
    ['event with an adjective', 'He took indoor 60m gold.', '60m'],
    ['long event name', "The women's 10,000m is on Friday.", '10,000m'],
    ['event at a distance', 'She is unbeaten at 1500m this year.', '1500m'],
    ['event after a possessive', "Jones' 400m was slow.", '400m'],
    ['a bare No without a dot', 'No 10 said the plan stands.', 'No 10'],
    // Category bounds.
    ['class under an age', 'Children under 5 ride the ferry free.', 'under 5'],
    ['class over an age', 'People over 70 may apply for a pass.', 'over 70'],
    [
      'rule threshold',
      'Bakeries with more than 50 staff must publish their pay gap.',
      'more than 50 staff',
    ],
    // An aspect ratio and a relay are not sizes.
    ['aspect ratio', 'The 16x9 screen folds away.', '16x9'],
    // Short intervals between two events are times, not amounts.
    ['interval after an event', 'Two days after she won, she retired.', 'Two days'],
    ['interval before an event', 'She moved house three weeks before the final.', 'three weeks'],
    [
      'delay threshold',
      'Riders on buses late by more than an hour get a refund.',
      'more than an hour',
    ],
    [
      'job-cut threshold',
      'Mills cutting more than 30 jobs have to notify the council.',
      'more than 30 jobs',
    ],
    // "one in" before a year is a date, not a ratio.
    ['one in a year', 'The last flood like this one in 1998 closed the road.', 'one in 1998'],
  ])('%s', (_name, sentence, value) => {
    expect(valuesOf(sentence)).not.toContain(value);
  });

  test('a distance run is kept while the event is dropped', () => {
    const values = valuesOf('She won the 400m after leading through 300m.');
    expect(values).toContain('300m');
    expect(values).not.toContain('400m');
  });

  test('a span of years after an event is still a length', () => {
    expect(valuesOf('Forty years after the mill shut, the town rebuilt it.')).toContain(
      'Forty years',
    );
  });

  test('money in millions is never a race name', () => {
    expect(valuesOf('The club won £60m in prize money.')).toContain('£60m');
    expect(valuesOf('The club won the £60m in prize money.')).toContain('£60m');
  });

  test('a delay that happened is measured, not a threshold', () => {
    expect(valuesOf('The bus was late by more than an hour.')).toContain('more than an hour');
  });

  test('a crowd counted after "of" is not a rule threshold', () => {
    expect(valuesOf('Bakeries of more than 50 staff must report.')).toContain('more than 50 staff');
  });
});

describe('figure recognition: where a figure can start', () => {
  const fixtureSentences = listFixtures().flatMap(
    (f) =>
      (
        JSON.parse(readFileSync(join(f.dir, 'expected.json'), 'utf8')) as {
          sentences?: { text: string }[];
        }
      ).sentences?.map((s) => s.text) ?? [],
  );
  const ruleSentences = [...COUNTED_RULES, ...MEASURE_RULES, ...DROP_RULES].map(
    (r) => r.example.sentence,
  );
  // One invented sentence per way a figure can open (FIGURE_PATTERN's alternatives).
  const openings = [
    'About a third of a percentage point, two-thirds of the crew and half the members left.',
    'Three out of four riders, one in five pupils and 1,920 x 1,080 pixels were counted.',
    'An 18 to 1 vote, a 3-to-1 win, a five-minute clip and a three-goal lead followed.',
    'Thousands marched for decades; it took nearly a month, close to zero, 3min 59.4sec.',
    'She came fifth, wore No. 9, is world number three; fares tripled and could double.',
    'Profits treble at the bank; twice, once a week, a 12-year-old, a 4x faster chip.',
    'Eight of the 48 workers got US$ 4 million, Rs. 500, €3, -1.0 percent and 5 to 7 km.',
    'Several hundred fans, a handful of guards and another few boats came for 130 or so days.',
  ];
  /** The figures the whole pattern finds that FIGURE_START would skip. */
  const skipped = (sentence: string) =>
    [...mask(sentence).matchAll(FIGURE_PATTERN)]
      .filter((match) => {
        FIGURE_START.lastIndex = match.index;
        return !FIGURE_START.test(match.input);
      })
      .map((match) => match[0]);

  test.each(openings)('%s', (sentence) => {
    expect(skipped(sentence)).toEqual([]);
  });

  test('every golden page and rule example', () => {
    expect([...fixtureSentences, ...ruleSentences].flatMap(skipped)).toEqual([]);
  });

  test('an ordinary word is no start', () => {
    FIGURE_START.lastIndex = 0;
    expect(FIGURE_START.test('said 40')).toBe(false);
  });
});
