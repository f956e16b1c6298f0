import { describe, expect, test } from 'vitest';
import { findFigures } from '../../utils/analyze/figures';
import { findAgent } from '../../utils/analyze/figures/agent';
import { openingSubject } from '../../utils/analyze/figures/clause-frame';
import { splitSentences } from '../../utils/analyze/sentences';

// How the figure's verb, subject and object are read (agent.ts, clause-frame.ts), each case an
// invented sentence: the label the figure gets shows what was read.

const measuresOf = (text: string, value: string): string | undefined =>
  findFigures(splitSentences([text])).find((f) => f.value === value)?.measures;

describe('the figure’s subject and verb', () => {
  test.each([
    [
      'a thing changed from one level to another: both levels are the object’s, and who changed it',
      'The rowing club raised the monthly fee for members from $20 to $25.',
      '$25',
      'monthly fee for members the rowing club raised',
    ],
    [
      'putting a figure on a thing is an estimate: the label says whose',
      'The harbour survey puts the cost of the repairs at £3m.',
      '£3m',
      'cost of the repairs according to the harbour survey',
    ],
    [
      'keeping a thing at a level names who kept it',
      'The harbour board voted to maintain the mooring fee on small boats at 2%.',
      '2%',
      'mooring fee on small boats the harbour board voted to maintain',
    ],
    [
      '"whether" opens the clause whose subject the verb has, not a name before it',
      'The League is looking into whether Dara Holm accepted $40,000 from the agent of a rival club.',
      '$40,000',
      'amount Dara Holm accepted from agent',
    ],
    [
      'a verb with a particle after its figure keeps its subject, past an adverb',
      'The ferry firm got just $9,000 from the city.',
      '$9,000',
      'amount the ferry firm got from city',
    ],
    [
      'an activity after a duration keeps its prepositional object',
      'After four days working on the harbour wall, the divers rested.',
      'four days',
      'time working on harbour wall',
    ],
    [
      'a part out of a whole before its noun: the noun, then what the part does',
      'Nearly six out of 10 tenants approve of the new rules, a poll found.',
      'Nearly six out of 10',
      'share of tenants that approve of new rules',
    ],
    [
      'a spelled fraction of a noun keeps what the part did; without a verb the share-of row answers',
      'About a third of the trawlers stayed in port during the strike.',
      'About a third',
      'share of trawlers that stayed in port during strike',
    ],
    [
      'a fraction of a thing followed by a place, not a verb, stays the plain share',
      'Volunteers cleared two-thirds of the old canal by spring.',
      'two-thirds',
      'share of old canal',
    ],
    [
      'a part out of a whole that is an object: the noun, then who did what to it',
      'The ferry club sold nine out of 10 seats on the new boat.',
      'nine out of 10',
      'share of seats on new boat the ferry club sold',
    ],
    [
      'a verb of watching or reading takes its figure as object (watch, view, read)',
      'Most farm families read 3 newspapers a week.',
      '3 newspapers a week',
      'newspapers most farm families read',
    ],
    [
      'a present form of watching names who spent the time',
      'The average commuter watches 40 minutes of video a day.',
      '40 minutes',
      'duration of video watched by average commuter',
    ],
    [
      'a verb of change that takes the figure as its object acted on the "of" complement',
      'The ferry line could gain 12% of the island trade from the bus firms.',
      '12%',
      'share of island trade gained by ferry line',
    ],
    [
      'a present form after a name with a digit is its verb, no noun',
      'The K9 sells for $300 to $450 per unit, dealers say.',
      '$300 to $450 per unit',
      'price of K9',
    ],
    [
      'a quantity that opens its clause is the subject of what follows',
      'About $4 million was spent on the new pier.',
      'About $4 million',
      'amount spent on the new pier',
    ],
    [
      'a quantity whose clause only reports speech keeps its category',
      'Some 42% said they would vote.',
      'Some 42%',
      'share',
    ],
    [
      'a relative pronoun after a comma stands for the name before it',
      'The Tarn Greens, which had polled above 10% in spring, lost.',
      'above 10%',
      'share the Tarn Greens had polled in spring',
    ],
    [
      'a relative pronoun after an aside that renames a name stands for the name',
      'It is the same in Kent, another county held by the party, which also lost $2 million.',
      '$2 million',
      'amount lost by Kent',
    ],
    [
      'a relative pronoun after a singular noun phrase a determiner opens stands for it',
      'They sold the old depot, which earned $4 million last year.',
      '$4 million',
      'amount the old depot earned last year',
    ],
    [
      '"why" opens no subject',
      "That's why Skerry Trust raised $40,000 for the roof.",
      '$40,000',
      'amount Skerry Trust raised for roof',
    ],
    [
      'a time away from its subject keeps the verb as written and its object',
      'Ana Lima, who has run the ferry for 11 years, smiled.',
      '11 years',
      'time Ana Lima has run ferry',
    ],
    [
      'a weekday before ", which" is no subject',
      'Divers checked the pier on Monday, which runs about 40 feet into the bay.',
      'about 40 feet',
      'distance',
    ],
    [
      'a count whose subject aside stands between dashes keeps its predicate',
      'Once again, three board members — Ana Lima, Rosa Pinto and Tom Reyes — dissented.',
      'three board members',
      'board members dissented',
    ],
    [
      'a noun right after a preposition is no part of the name after it',
      'In return Lima gave the crew a $40 bonus.',
      '$40',
      'bonus given by Lima',
    ],
    [
      'what was sold for a price, and who sold it',
      'Corvane sold the old cannery for $40 million.',
      '$40 million',
      'price of old cannery sold by Corvane',
    ],
    [
      'a verb of change before "to" leaves the share to its subject, not the verb',
      'Farm debt climbed to 45% of income.',
      '45%',
      'farm debt as share of income',
    ],
    [
      'a participle after a comma shares the subject of the clause before it',
      'Last spring, the bakery rejected a $7 million bid, holding out for $9 million.',
      '$9 million',
      'amount held by bakery last spring',
    ],
    [
      'a passive change is named after its verb',
      'Fares will be cut by 8% next year.',
      '8%',
      'cut in Fares next year',
    ],
    [
      'a passive subject sized by "of" and a figure is the noun before "of"',
      'Pensions of more than $1,600 a month will be cut by 20%.',
      '20%',
      'cut in Pensions',
    ],
    [
      'how many times: the verb phrase after its auxiliary is kept from its verb, not its last words',
      'The injured climber was flown by helicopter to the Leith General Hospital twice.',
      'twice',
      'times flown by helicopter to Leith General Hospital',
    ],
    [
      'the whole of "eight of the 40 pickers" keeps the relative clause after its noun',
      'The grower said only eight of the 40 pickers she hired for the harvest showed up.',
      '40',
      'pickers hired for the harvest',
    ],
    [
      'a hedge ("of perhaps") and a leading "versus" are no part of the phrase before a figure',
      'The bids came in low: versus market expectations of perhaps $30m.',
      '$30m',
      'market expectations',
    ],
    [
      'a negated auxiliary after an age compound’s noun opens the predicate, no part of the noun',
      'A 17-year-old deckhand doesn’t usually steer the ferry.',
      '17-year-old',
      'age of deckhand',
    ],
    [
      'after a verb of change the aside is no restated object',
      'Sales rose 5% (300 units) last year.',
      '300 units',
      'units',
    ],
    [
      'a dimension with no noun before it is the verb’s subject’s',
      'The old lighthouse stands 40 feet tall.',
      '40 feet',
      'height of old lighthouse',
    ],
    [
      'a dimension in a participle phrase after a comma is the clause subject’s',
      'Built of granite, the Tarn Tower is the town’s tallest building, rising to 90 feet high.',
      '90 feet',
      'height of Tarn Tower',
    ],
    [
      'money given to a recipient keeps the named law or plan it went by',
      'Parliament allocated £40 million to ports in the Harbour Renewal Act last spring.',
      '£40 million',
      'amount Parliament allocated to ports in Harbour Renewal Act',
    ],
    [
      'the subject of "to" is the object of the verb before it: said with that verb and its subject',
      'Ana Lima wants the Harbour Board to increase its mooring fee from zero to 1 percent.',
      '1 percent',
      'mooring fee Ana Lima wants the Harbour Board to increase',
    ],
    [
      'a verb right after "and" shares the subject of the verb before it',
      'Kestrel Labs raised $5 million and topped a $40 million valuation.',
      '$40 million',
      'valuation topped by Kestrel Labs',
    ],
    [
      'a recipient phrase cut by a number ("in its first 12 months") is left out',
      'The Wren Press sold about 9,000 in its first 12 months.',
      'about 9,000',
      'number the Wren Press sold',
    ],
  ])('%s', (_why, sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toBe(measures);
  });

  test('a verb form right after a number is a noun ("a $7 million offer")', () => {
    const s = 'The bakery rejected a $7 million offer, they said.';
    expect(findAgent(s, s.indexOf(', they'))).toBeNull();
  });

  test.each([
    ['Last spring, the bakery rejected a bid', 'bakery'],
    ['Cargoes held up better', 'Cargoes'],
    ['They sold the farm', ''],
    ['In 2019 three firms merged', ''],
  ])('openingSubject(%j) is %j', (text, subject) => {
    expect(openingSubject(text)).toBe(subject);
  });
});

describe('what a subject holds', () => {
  test.each([
    ['The hotel has a pool and 40 rooms.', '40 rooms', 'hotel’s rooms'],
    [
      'It had a lot of users, a list of investors, and 400 employees.',
      '400 employees',
      'its employees',
    ],
    ['The hotel is 40 rooms short.', '40 rooms', 'rooms the hotel is short'],
  ])('%s', (sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toBe(measures);
  });
});

describe('a relative clause without a subject of its own', () => {
  test.each([
    [
      'The biggest gainer may be Dakota, a rural state last decade that is forecast to win four new seats.',
      'four new seats',
      'new seats Dakota is forecast to win',
    ],
    [
      'Then there is Ohio, scene of a close race in 2020, which is likely to pick up two extra seats.',
      'two extra seats',
      'extra seats Ohio is likely to pick',
    ],
    [
      'Mira Patel, who has sold 40 paintings, is moving.',
      '40 paintings',
      'paintings Mira Patel has sold',
    ],
    [
      'The new kiosk boots at once, unlike older tills, which take several minutes to start.',
      'several minutes',
      'time older tills take to start',
    ],
    [
      'Unlike most ferries, which carry 300 cars, the new boat is small.',
      '300 cars',
      'cars most ferries carry',
    ],
    ['Officials said that 40 paintings were sold.', '40 paintings', 'paintings were sold'],
    [
      'The firm opened a plant in Dayton that will employ 240 people.',
      '240 people',
      'people plant in Dayton will employ',
    ],
  ])('%s', (sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toBe(measures);
  });
});

describe('a count that completes a clause ending on a preposition', () => {
  test.each([
    [
      'The only catch is that the pass is valid on up to five buses at any given time.',
      'up to five buses',
      'buses on which the pass is valid',
    ],
    [
      'Mira Patel, who’s dissented from all five board decisions this year, left.',
      'five board decisions',
      'board decisions from which Mira Patel dissented this year',
    ],
    [
      'Membership fell by 400 people last year.',
      '400 people',
      'people cut from Membership last year',
    ],
    ['She lives in a town of 3,000 people.', '3,000 people', 'people'],
    [
      'Speeding, which troopers cited as a factor in 870 crashes last year, is rising.',
      '870 crashes',
      'crashes troopers cited as a factor last year',
    ],
  ])('%s', (sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toBe(measures);
  });
});

describe('what the time or money went on', () => {
  test.each([
    [
      'Most new members spend two years adjusting to the rules, often grumbling.',
      'two years',
      'time most new members spend adjusting to rules',
    ],
    [
      'Every puzzle takes roughly twenty minutes to solve.',
      'roughly twenty minutes',
      'time every puzzle takes to solve',
    ],
    [
      'The ferry company carried 2.5 million tonnes last year.',
      '2.5 million tonnes',
      'weight the ferry company carried last year',
    ],
  ])('%s', (sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toBe(measures);
  });
});

describe('a clause that opens on a preposition', () => {
  test('the subject is read after the aside, not from "Unlike …"', () => {
    expect(
      measuresOf(
        'Unlike radio spending, which analysts say will barely grow this year, print ad revenue in the region totaled $70 million in 2019.',
        '$70 million',
      ),
    ).toBe('print ad revenue in the region in 2019');
  });
});
