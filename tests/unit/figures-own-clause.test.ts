import { describe, expect, test } from 'vitest';
import { tracedFigure } from '../harness/figure-trace';

// Labels built from the figure's own clause (invented sentences): each case fails without the
// change it names.

const figureOf = (sentence: string, value: string) => tracedFigure(sentence, value)?.figure;

describe('labels from the figure’s own clause', () => {
  test.each([
    // describe.ts: "a little more than a year" is a duration, not a rate's qualifier.
    [
      'The dock strike lasted a little more than a year.',
      'a little more than a year',
      'duration of the dock strike',
    ],
    // money-where-rules.ts: "lost billions more in the crash of …": the event before its "of".
    [
      'Savers would have lost billions more in the bond market crash of that winter.',
      'billions',
      'amount Savers would have lost in the bond market crash',
    ],
    // agent-rules.ts valuation-of-subject: an appositive valuation names the noun before it.
    [
      'The ferry start-up, valued at $2 billion, hired a new chief.',
      '$2 billion',
      'valuation of ferry start-up',
    ],
    // span-rules.ts distance-away: the noun a place name locates, before "N km away".
    [
      'The samples were flown to the depot in Granby, 170 km away.',
      '170 km',
      'distance from depot in Granby',
    ],
    ['He lives in Lyon, 30 km away.', '30 km', 'distance from Lyon'],
    // agent-rules.ts change-in: a bare noun phrase after "in" says where the change happened.
    [
      'Shares of the ferry firm fell 6 percent in early trading.',
      '6 percent',
      'fall in Shares of the ferry firm in early trading',
    ],
    ['Exports rose 4% in the spring.', '4%', 'rise in Exports in the spring'],
    // interval-rules.ts: a main clause of eight words then "and" is whole, not cut by the cap.
    [
      'About 40 seconds after the whistle blew, a crew in Dover finished loading the truck and rested.',
      'About 40 seconds',
      'time after the whistle blew until a crew in Dover finished loading the truck',
    ],
    // noun-after.ts complementOf: where the sized thing is or goes, cut before "following".
    [
      'Crews put up a temporary 40-foot fence around the old pier following the storm.',
      '40-foot',
      'length of temporary fence around old pier',
    ],
    [
      'The club began a two-month-long trip to the Arctic this summer.',
      'two-month-long',
      'trip to Arctic',
    ],
    // counted-rules.ts counted-breakdown: a second count in the parentheses, and a share as
    // the whole (no breakdown of a percentage).
    [
      'The club fields 18 players (11 forwards and seven defenders) per match.',
      'seven defenders',
      'defenders among players per match',
    ],
    ['Turnout was 40 percent (about 3,000 voters) in the town.', 'about 3,000 voters', 'voters'],
    // A time after the figure ("in its first year") is when, not what the money is in nor which
    // ones were counted (describe.ts WHEN, money-in, verb-by-subject-to, counted-post-modifier).
    [
      'The ferry line made $4 million in its first full year of trading.',
      '$4 million',
      'amount the ferry line made in its first full year of trading',
    ],
    [
      'The film made $50 million in its opening weekend.',
      '$50 million',
      'amount the film made in its opening weekend',
    ],
    [
      'The app drew 2 million users in its first week.',
      '2 million users',
      'users the app drew in its first week',
    ],
    // comparative-rules.ts: "three times as many cars", a finding verb before the subject, and
    // a relative clause's verb that is no subject (the times rows answer).
    [
      'The new plant makes three times as many cars as the old one.',
      'three times',
      'times as many cars the new plant makes',
    ],
    [
      'The survey found rents were twice as high in the city.',
      'twice',
      'times as high for rents in the city',
    ],
    ['Women who smoke were three times as likely to quit.', 'three times', 'times as likely'],
    // grammar.ts phraseBefore: a subject over the word cap keeps its head ("average leverage of
    // …") and loses its last prepositional phrase; a number-adjective compound stays inside.
    [
      'The average leverage of the largest lenders in the region rose to 25 to 1.',
      '25 to 1',
      'average leverage of the largest lenders',
    ],
    [
      'Last year the typical debt load of the 20-largest lenders rose to 25 to 1.',
      '25 to 1',
      'debt load of the 20-largest lenders',
    ],
    // frame-rules.ts share-of-own-object: the level after "from … to", and no pronoun owner.
    [
      'The town cut its spending on roads from 10% to 6% of its budget.',
      '6%',
      'town’s spending on roads as share of budget',
    ],
    // frame-rules.ts part-of-period: an order word before a duration names a part of a period.
    [
      'During the opening two years of the siege, the port stayed shut.',
      'two years',
      'opening part of the siege',
    ],
    // qualified-rules.ts: the terms an amount is given in, a number-adjective compound included.
    [
      'The plan implies a total cost of more than $40bn in 10-year bonds, the office said.',
      'more than $40bn',
      'total cost in 10-year bonds',
    ],
  ])('%s', (sentence, value, measures) => {
    expect(figureOf(sentence, value)?.measures).toBe(measures);
  });

  test.each([
    ['The first 12 months of the plan cost $4 million.', '12 months'],
    ['The archive has put the first thirty years of them online.', 'thirty years'],
  ])('no part of a period: %s', (sentence, value) => {
    expect(figureOf(sentence, value)?.measures).not.toMatch(/part of/u);
  });

  test.each([
    ['Pension funds would have lost billions more in the crash.', 'billions', 'money'],
    ['Critics say the fund wasted millions on consultants.', 'millions', 'count'],
    ['Millions watched the final on Sunday.', 'Millions', 'count'],
  ])('kind: %s', (sentence, value, kind) => {
    expect(figureOf(sentence, value)?.kind).toBe(kind);
  });
});
