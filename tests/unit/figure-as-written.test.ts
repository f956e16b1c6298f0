import { describe, expect, test } from 'vitest';
import { findFigures } from '../../utils/analyze/figures';
import { findAgent } from '../../utils/analyze/figures/agent';
import { subjectVerbAsWritten } from '../../utils/analyze/figures/as-written';
import { splitSentences } from '../../utils/analyze/sentences';

// A verb's subject and verb as the sentence writes them (as-written.ts), each case an invented
// sentence: "amount Harbor Bank lost", not "amount lost by Harbor Bank".

const measuresOf = (text: string, value: string): string | undefined =>
  findFigures(splitSentences([text])).find((f) => f.value === value)?.measures;

const asWritten = (sentence: string, value: string): string | null => {
  const start = sentence.indexOf(value);
  const agent = findAgent(sentence, start);
  return agent ? subjectVerbAsWritten(sentence.slice(0, start), agent) : null;
};

describe('subject and verb as written', () => {
  test.each([
    ['a name and its verb', 'Harbor Bank lost $2bn on the bond trade.', '$2bn', 'Harbor Bank lost'],
    [
      'a short time phrase between commas is left out',
      'The comedy, by June, had grossed $90m in Canada.',
      '$90m',
      'the comedy had grossed',
    ],
    [
      'a determiner stays',
      'The county paid $3 million to the paving firm.',
      '$3 million',
      'the county paid',
    ],
    [
      'modals and auxiliaries stay',
      'The mill could have lost $4 million.',
      '$4 million',
      'the mill could have lost',
    ],
    [
      'a quantifier opening the sentence reads lower-case',
      'Every kiln takes about a day to cool.',
      'about a day',
      'every kiln takes',
    ],
    [
      'a particle stays',
      'The shelter took in 40 stray cats.',
      '40 stray cats',
      'the shelter took in',
    ],
  ])('%s', (_why, sentence, value, written) => {
    expect(asWritten(sentence, value)).toBe(written);
  });

  test.each([
    [
      'a participle without its auxiliary is no clause',
      'Coaches such as Ortega and Lind earning $2 million a year shrug.',
      '$2 million a year',
    ],
    ['a passive verb', 'Old kayaks can be bought for $90.', '$90'],
  ])('none: %s', (_why, sentence, value) => {
    expect(asWritten(sentence, value)).toBeNull();
  });
});

describe('labels read as a relative clause', () => {
  test.each([
    [
      'verb by subject',
      'Harbor Bank lost $2bn last year.',
      '$2bn',
      'amount Harbor Bank lost last year',
    ],
    [
      'counted object',
      'The agency hired 40 inspectors.',
      '40 inspectors',
      'inspectors the agency hired',
    ],
    [
      'of complement',
      'Tenant groups now run 30% of the old mill flats.',
      '30%',
      'share of old mill flats run by Tenant groups',
    ],
    [
      'an abbreviation in the subject keeps its period',
      'The average U.K. home keeps 14 houseplants.',
      '14 houseplants',
      'houseplants the average U.K. home keeps',
    ],
    [
      'a relative clause between subject and verb is left out',
      'The rowing club, which meets on Fridays, bought 12 new boats.',
      '12 new boats',
      'new boats the rowing club bought',
    ],
    [
      'a relative clause: its head after "of", past an adverbial aside',
      'The grant kept a steady level of ferry spending, which has, in turn, kept roughly 900 jobs.',
      'roughly 900 jobs',
      'jobs ferry spending has kept',
    ],
    [
      'a relative clause: the name an aside renames',
      'It is the same in Kent, another county held by the party, which will also lose two seats.',
      'two seats',
      'seats Kent will lose',
    ],
    [
      'a relative clause: the verb after the last "and"',
      'Its first boat, the Skerry, which launched in 1990 and sold about 400 tickets, sank.',
      'about 400 tickets',
      'tickets the Skerry sold',
    ],
    [
      'a relative clause that is no verb group: the head it hangs on',
      'The war, which has resulted in hundreds of thousands of deaths, goes on.',
      'hundreds of thousands of deaths',
      'deaths in the war',
    ],
    [
      'a singular period is a duration',
      'Each tunnel takes about a year to dig.',
      'about a year',
      'time each tunnel takes to dig',
    ],
    [
      'a place adverb after the figure says where',
      'Lakeview has earned about $90m worldwide.',
      'about $90m',
      'amount Lakeview has earned worldwide',
    ],
    [
      'money raised is no change, and says what it was for',
      'The rowing club had raised $400 for the harbour school.',
      '$400',
      'amount the rowing club had raised for harbour school',
    ],
    [
      'after a noun phrase the participle stays',
      'The port rejected a $9 million offer from a rival.',
      '$9 million',
      'offer from rival rejected by port',
    ],
  ])('%s', (_why, sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toBe(measures);
  });
});

describe('of-complement constructions', () => {
  test.each([
    [
      'a change noun sized by "of" says what changed',
      'Riders in the valley faced a rise of 6% in bus fares.',
      '6%',
      'rise in bus fares',
    ],
    [
      'a time after it is when, not what',
      'A drop of 5% in October worried the mill.',
      '5%',
      'drop in October',
    ],
    [
      'an intensifier before a share opening its clause',
      'A whopping 70% of the new flats are never rented by a local family.',
      '70%',
      'share of new flats never rented by a local family',
    ],
    [
      'a share opening its clause says what it does after its relative clause',
      'Officials said that about 40% of the grain that was stored is now spoiled by damp.',
      'about 40%',
      'share of grain that was stored now spoiled by damp',
    ],
    [
      'a share inside a clause keeps its relative clause alone',
      'The mill sold about 40% of the grain that was stored.',
      'about 40%',
      'share of grain that was stored',
    ],
    [
      'a capitalised noun the figure qualifies is read whole',
      'Inflation at 3% in May hurt.',
      '3%',
      'Inflation in May',
    ],
  ])('%s', (_why, sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toBe(measures);
  });
});

describe('the noun after a figure', () => {
  test.each([
    [
      'an adjective before the figure belongs to the noun',
      'The first $900 rebate check reached homes.',
      '$900',
      'first rebate check',
    ],
    [
      'a qualifier before the figure does not',
      'The council approved an estimated $4 million budget.',
      'an estimated $4 million',
      'budget',
    ],
    [
      'a preposition is no second noun',
      'Crews put up a temporary 40-foot fence around the pier.',
      '40-foot',
      'length of temporary fence around pier',
    ],
  ])('%s', (_why, sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toBe(measures);
  });
});

test('money in a name: a second verb after "and" is no part of the name', () => {
  expect(
    measuresOf(
      'The comedy had grossed more than $90m in Canada and beaten every rival.',
      'more than $90m',
    ),
  ).toBe('amount the comedy had grossed in Canada');
});
