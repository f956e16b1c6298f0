import { describe, expect, test } from 'vitest';
import {
  barePrefixes,
  bareValue,
  contentWords,
  distinctiveCore,
  fingerprintFigure,
  hashOf,
  labelFault,
  matchFigures,
  normaliseValue,
  numericCore,
  type PlainFigure,
  parseAnnotations,
  scorePage,
  stem,
  totalsOf,
  wordsOf,
} from '../../scripts/eval/figures-public';
import type { Figure, OkSummary } from '../../utils/summary';

const SALT = 'test-salt';

describe('the normaliser shared by annotation and scoring', () => {
  test.each([
    ['More  than $12bn.', 'more than $12bn'],
    ['“4.1 per cent”', '4.1 percent'],
    ['$300–350bn', '$300-350bn'],
  ])('value %s → %s', (value, expected) => {
    expect(normaliseValue(value)).toBe(expected);
  });

  test.each([
    ['more than 110,000', '110000'],
    ['110,000', '110000'],
    ['$12bn', '12000000000'],
    ['12 billion', '12000000000'],
    ['4.1%', '4.1%'],
    ['4.1 percent', '4.1%'],
    ['Sixty-six percent', '66%'],
    ['a dozen', '12'],
    ['twice', '2'],
    ['two-thirds', '0.6666666667'],
    ['half', '0.5'],
    ['third-largest', '3'],
    ['14th', '14'],
    ['-1.5 percent', '-1.5%'],
    ['several thousand', 'several'],
    ['hundreds of thousands', 'hundreds of thousands'],
    ['almost two decades', '2'],
    ['nearly a decade', 'decade'],
    ['up to 2TB', '2'],
  ])('numeric core of %s is %s', (value, core) => {
    expect(numericCore(value)).toBe(core);
  });

  test.each([
    ['companies', 'company'],
    ['boxes', 'box'],
    ["mayor's", 'mayor'],
    ['votes', 'vote'],
    ['bus', 'bus'],
    ['class', 'class'],
  ])('stem %s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });

  test('content words drop stop words and bare numbers, stem, and keep order once', () => {
    expect(contentWords("Seats the council's parties won in the 2026 votes")).toEqual([
      'seat',
      'council',
      'party',
      'won',
      'vote',
    ]);
  });

  test('hashes are short, stable, salted and keep kinds apart', () => {
    expect(hashOf(SALT, 'value', '12')).toMatch(/^[0-9a-f]{12}$/);
    expect(hashOf(SALT, 'value', '12')).toBe(hashOf(SALT, 'value', '12'));
    expect(hashOf(SALT, 'value', '12')).not.toBe(hashOf('other', 'value', '12'));
    expect(hashOf(SALT, 'value', '12')).not.toBe(hashOf(SALT, 'core', '12'));
  });
});

describe('working annotations', () => {
  test('pages and figures are read, key marked by a star', () => {
    const pages = parseAnnotations(
      '# comment\n\n## set-a/page-1\n* $12bn — money the port will borrow\n- 3 — cranes it buys\n',
    );
    expect(pages).toEqual([
      {
        set: 'set-a',
        page: 'page-1',
        figures: [
          { key: true, value: '$12bn', measures: 'money the port will borrow' },
          { key: false, value: '3', measures: 'cranes it buys' },
        ],
      },
    ]);
  });

  test('a line that is not a figure is an error, not skipped', () => {
    expect(() => parseAnnotations('## a/b\n12 borrowed')).toThrow(/line 2/);
  });
});

// An invented mini story (no third-party text): "The port authority will borrow more than $12bn
// to build two new quays, Mayor Ana Ruiz, 58, said. Cargo rose from 2.1 million to 2.4 million
// containers. Two of the three bidders are local."
const GOLD: PlainFigure[] = [
  { value: 'more than $12bn', measures: 'amount the port authority will borrow', key: true },
  { value: 'two', measures: 'new quays the port will build', key: true },
  { value: '58', measures: 'age of Mayor Ana Ruiz', key: false },
  { value: '2.1 million', measures: 'containers of cargo before the rise', key: false },
  { value: '2.4 million', measures: 'containers of cargo after the rise', key: true },
  { value: 'Two', measures: 'local bidders for the port work', key: false },
  { value: 'three', measures: 'bidders for the port work', key: false },
];
const gold = GOLD.map((f) => fingerprintFigure(SALT, f));

const figure = (value: string, measures: string, extra: Partial<Figure> = {}): Figure => ({
  sentence: 0,
  value,
  measures,
  kind: 'count',
  ...extra,
});

describe('matching tool figures to gold fingerprints', () => {
  test('exact value first, numeric core as the lenient fallback, each gold used once', () => {
    const tool = [
      figure('$12bn', 'amount the port authority will borrow'),
      figure('two', 'local bidders'),
      figure('two', 'new quays'),
      figure('58', 'age of the mayor'),
      figure('1,000', 'unrelated number'),
    ];
    const match = matchFigures(SALT, gold, tool);
    // "$12bn" is not "more than $12bn" but has its numeric core.
    expect(match.toolToGold[0]).toEqual([0]);
    // Two gold "two"s: each tool "two" takes the one whose measures it shares.
    expect(match.toolToGold[1]).toEqual([5]);
    expect(match.toolToGold[2]).toEqual([1]);
    expect(match.toolToGold[3]).toEqual([2]);
    expect(match.toolToGold[4]).toBeNull();
    expect(match.goldToTool).toEqual([0, 2, 3, null, null, 1, null]);
  });

  test('a change matches both its ends; a repeated value is a repeat, not a false figure', () => {
    const tool = [
      figure('2.4 million', 'containers of cargo', {
        change: { from: '2.1 million', to: '2.4 million', by: null, direction: 'up' },
      }),
      figure('2.4 million', 'boxes handled'),
    ];
    const match = matchFigures(SALT, gold, tool);
    expect(match.toolToGold[0]).toEqual([4, 3]);
    expect(match.toolToGold[1]).toBeNull();
    expect(match.repeats).toEqual([1]);
  });

  test('a value differing only by qualifiers or trailing words matches by its bare value', () => {
    const local = [
      fingerprintFigure(SALT, { value: 'as high as 24 to 1', measures: 'peak ratio', key: true }),
      fingerprintFigure(SALT, {
        value: 'almost 30 years old',
        measures: 'age of the quay',
        key: false,
      }),
    ];
    const tool = [figure('24 to 1', 'number'), figure('30 years', 'duration')];
    expect(matchFigures(SALT, local, tool).toolToGold).toEqual([[0], [1]]);
    expect(bareValue('Almost 30 years old')).toBe('30 years old');
    expect(barePrefixes('30 years old')).toEqual(['30 years', '30 years old']);
  });

  test('a small whole number matches by core only when the labels share a word', () => {
    const tool = [figure('58 to 60 years', 'duration'), figure('3 bidders', 'bidders')];
    const match = matchFigures(SALT, gold, tool);
    expect(match.toolToGold).toEqual([null, [6]]);
    expect(distinctiveCore('58')).toBe(false);
    expect(distinctiveCore('110000')).toBe(true);
    expect(distinctiveCore('4.1%')).toBe(true);
    expect(distinctiveCore('few')).toBe(false);
  });

  test('a page score counts key recall, precision, measures words and bad labels', () => {
    const summary = {
      meta: { title: 'Port to borrow $12bn' },
      paragraphs: ['The port authority will borrow more than $12bn on Tuesday.'],
      figures: [
        figure('more than $12bn', 'amount the port authority will borrow'),
        figure('2.4 million', 'amount'),
        figure('Tuesday', 'uesday'),
        figure('three', 'bidders toward'),
      ],
    } as unknown as OkSummary;
    const page = { set: 's', page: 'p', htmlSha256: 'x', figures: gold };
    const score = scorePage(SALT, page, summary);
    expect(score.keyFound).toBe(2);
    expect(score.goldKey).toBe(3);
    expect(score.toolRight).toBe(3);
    expect(score.tool).toBe(4);
    // all 5 gold words; none of 5 ("containers of cargo after the rise" vs "amount"); 1 of 3.
    expect(score.measureShares).toEqual([1, 0, 1 / 3]);
    expect(score.categoryLabels).toBe(1);
    expect(score.fragmentLabels).toBe(2);
    const totals = totalsOf([score]);
    expect(totals.keyRecall).toBeCloseTo(2 / 3);
    expect(totals.precision).toBeCloseTo(3 / 4);
    expect(totals.badLabels).toBeCloseTo(3 / 4);
  });
});

describe('bare category and fragment labels', () => {
  const story = wordsOf(
    'On Tuesday the council voted toward a new budget of $4m, above the average page count; sometimes.',
  );
  test.each([
    ['amount', 'category'],
    ['Share', 'category'],
    ['amount: told', 'category'],
    ['duration', 'category'],
    ['uesday', 'fragment'],
    ['toward', 'fragment'],
    ['money the council voted to', 'fragment'],
    ['false', 'fragment'],
    ['', 'fragment'],
    ['new budget the council voted', null],
    ['age of the governor', null],
    ['age of the mayor', null],
    ['verage', 'fragment'],
    // A category word's plural is a whole word too, though the story has only "sometimes".
    ['times the budget', null],
    ['ometimes', 'fragment'],
  ])('%s → %s', (label, fault) => {
    expect(labelFault(label, story)).toBe(fault);
  });
});
