import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { groupQuotesBySpeaker } from '../../components/quote-groups';
import { shownCount } from '../../components/ShowAllButton';
import { SummaryView } from '../../components/SummaryView';
import { matchesQuery } from '../../components/summary-find';
import type { FigureKind, OkSummary, Quote } from '../../utils/summary';

// A long story's summary (invented): 30 figures of three kinds, 20 quotes by three speakers.
const KINDS: FigureKind[] = ['money', 'percent', 'count'];
const SPEAKERS = ['Ada Byron', 'Ben Okafor', null];
const quote = (index: number, speaker: string | null): Quote => ({
  sentence: index,
  text: `Quoted words number ${index}`,
  speaker,
  speakerRole: null,
  partial: index % 5 === 0,
});
const LONG: OkSummary = {
  schemaVersion: 2,
  status: 'ok',
  url: 'https://news.example/long',
  meta: {
    title: 'A long story',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    excerpt: null,
    wordCount: 9000,
    readingMinutes: 40,
  },
  paragraphs: [],
  sentences: [],
  claims: [{ sentence: 0, text: 'The harbour reopened on Monday.', score: 1, attribution: null }],
  figures: Array.from({ length: 30 }, (_, index) => ({
    sentence: index,
    value: `${index + 1} units`,
    measures: `measure ${index + 1}`,
    kind: KINDS[index % 3] as FigureKind,
  })),
  // Ben speaks 10 times, Ada 7, nobody named 3.
  quotes: Array.from({ length: 20 }, (_, index) =>
    quote(index, index < 10 ? 'Ben Okafor' : index < 17 ? 'Ada Byron' : (SPEAKERS[2] ?? null)),
  ),
  sources: Array.from({ length: 9 }, (_, index) => ({
    name: `Source ${index + 1}`,
    kind: 'named' as const,
    role: null,
    mentions: 9 - index,
    quotes: 0,
  })),
};

async function show(findable = false) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(
    <SummaryView
      summary={LONG}
      claimLimit={5}
      findable={findable}
      onSelect={vi.fn()}
      onClaimLimit={vi.fn()}
    />,
    root,
  );
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const $ = (testId: string) => root.querySelector(`[data-testid="${testId}"]`) as HTMLElement;
  const all = (testId: string) => root.querySelectorAll(`[data-testid="${testId}"]`);
  return { root, tick, $, all };
}

describe('shownCount', () => {
  test.each([
    [3, false, 3],
    [8, false, 8],
    [9, false, 6],
    [9, true, 9],
    [400, false, 6],
  ])('%i items, expanded %s: %i shown', (total, expanded, shown) => {
    expect(shownCount(total, expanded)).toBe(shown);
  });
});

describe('groupQuotesBySpeaker', () => {
  test('the most quoted first, unattributed last, story order inside a group', () => {
    const groups = groupQuotesBySpeaker([
      quote(0, null),
      quote(1, 'Ada Byron'),
      quote(2, 'Ben Okafor'),
      quote(3, 'Ben Okafor'),
      quote(4, null),
      quote(5, null),
      quote(6, 'Cy Tan'),
    ]);
    expect(groups.map((group) => [group.speaker, group.quotes.map((q) => q.sentence)])).toEqual([
      ['Ben Okafor', [2, 3]],
      ['Ada Byron', [1]],
      ['Cy Tan', [6]],
      [null, [0, 4, 5]],
    ]);
  });
});

describe('matchesQuery', () => {
  test.each([
    [['Ben Okafor said'], 'okafor', true],
    [['José Núñez'], 'jose nunez', true],
    [['it’s over'], "it's", true],
    [['$4.2 billion'], '4.2', true],
    [['Ben Okafor', null], 'ada', false],
    [['anything'], '   ', true],
  ])('%o contains %s: %s', (texts, query, expected) => {
    expect(matchesQuery(texts, query)).toBe(expected);
  });
});

describe('a long summary', () => {
  test('each long section shows its first items, then all of them on "Show all (N)"', async () => {
    const { tick, $, all } = await show();
    expect(all('figure')).toHaveLength(6);
    expect($('show-all-figures').textContent).toBe('Show all (30)');
    expect($('show-all-figures').getAttribute('aria-expanded')).toBe('false');
    $('show-all-figures').click();
    await tick();
    expect(all('figure')).toHaveLength(30);
    expect($('show-all-figures').textContent).toBe('Show fewer');
    expect(all('quote')).toHaveLength(6);
    expect($('show-all-quotes').textContent).toBe('Show all (20)');
    expect(all('source')).toHaveLength(6);
    expect($('show-all-sources').textContent).toBe('Show all (9)');
  });

  test('figures filter by kind, and the counts say how many of how many', async () => {
    const { root, tick, $, all } = await show();
    expect($('figure-kinds').textContent).toBe(
      'Show figures of one kindAll (30)Money (10)Percent (10)Count (10)',
    );
    expect(root.querySelector('[data-testid="figure-kind-measure"]')).toBeNull();
    $('figure-kind-percent').click();
    await tick();
    expect($('count-figures').textContent).toBe('10 of 30');
    expect($('show-all-figures').textContent).toBe('Show all (10)');
    $('show-all-figures').click();
    await tick();
    expect([...all('figure')].map((item) => item.textContent)).toEqual(
      LONG.figures.filter((f) => f.kind === 'percent').map((f) => `${f.value}${f.measures}`),
    );
  });

  test('quotes group by speaker, the most quoted first, each group with its own "Show all"', async () => {
    const { tick, $, all } = await show();
    $('group-quotes').click();
    await tick();
    expect([...all('quote-group-speaker')].map((item) => item.textContent)).toEqual([
      'Ben Okafor',
      'Ada Byron',
      'Unattributed',
    ]);
    expect(all('quote')).toHaveLength(2 + 2 + 3);
    (all('show-all-group')[0] as HTMLButtonElement).click();
    await tick();
    expect(all('quote')).toHaveLength(10 + 2 + 3);
  });

  test('the find box narrows every section and says how many items match', async () => {
    const { tick, $, all } = await show(true);
    const find = $('find') as HTMLInputElement;
    find.value = 'number 1';
    find.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    // "number 1", "number 10" … "number 19": 11 quotes; no claim, figure or source matches.
    expect(all('quote')).toHaveLength(11);
    expect(all('figure')).toHaveLength(0);
    expect($('count-quotes').textContent).toBe('11 of 20');
    expect($('find-result').textContent).toBe('11 matches');
    expect($('section-figures').textContent).toContain('No matches.');
    expect(all('show-all-quotes')).toHaveLength(0);
  });

  test('no find box in the popup', async () => {
    const { root } = await show(false);
    expect(root.querySelector('[data-testid="find"]')).toBeNull();
  });
});
