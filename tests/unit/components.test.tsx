import { render } from 'preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { LensPanel } from '../../components/LensPanel';
import { plural } from '../../utils/plural';
import type { OkSummary } from '../../utils/summary';
import type { TabState } from '../../utils/tab-state';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

const SUMMARY: OkSummary = {
  schemaVersion: 2,
  status: 'ok',
  url: 'https://news.example/story',
  meta: {
    title: `Title ${HOSTILE}`,
    byline: null,
    siteName: 'Site',
    publishedTime: null,
    lang: 'en',
    excerpt: null,
    wordCount: 400,
    readingMinutes: 2,
  },
  paragraphs: [`First ${HOSTILE} sentence. Second sentence.`],
  sentences: [
    { index: 0, paragraph: 0, text: `First ${HOSTILE} sentence.` },
    { index: 1, paragraph: 0, text: 'Second sentence.' },
  ],
  claims: [
    { sentence: 0, text: `First ${HOSTILE} sentence.`, score: 0.9, attribution: null },
    {
      sentence: 1,
      text: 'Second sentence.',
      score: 0.5,
      attribution: 'according to two officials',
    },
  ],
  figures: [
    { sentence: 1, value: '18%', measures: 'share of Ukraine occupied by Russia', kind: 'percent' },
  ],
  quotes: [
    { sentence: 0, text: HOSTILE, speaker: 'Ann Lee', speakerRole: 'Mayor', partial: false },
  ],
  sources: [
    { name: 'Ann Lee', kind: 'named', role: 'Mayor', mentions: 2, quotes: 1 },
    { name: 'two officials', kind: 'anonymous', role: null, mentions: 1, quotes: 0 },
  ],
};

const actions = { onSelect: vi.fn(), onAnalyze: vi.fn(), onCopy: vi.fn(), onClaimLimit: vi.fn() };

function show(state: TabState, claimLimit = 5) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<LensPanel state={state} claimLimit={claimLimit} notice={null} actions={actions} />, root);
  return root;
}

beforeEach(() => {
  for (const action of Object.values(actions)) action.mockReset();
});

describe('plural', () => {
  test.each([
    [0, 'figure', '0 figures'],
    [1, 'figure', '1 figure'],
    [2, 'figure', '2 figures'],
    [1, 'organization', '1 organization'],
    [21, 'quote', '21 quotes'],
  ])('%i %s', (count, word, expected) => {
    expect(plural(count, word)).toBe(expected);
  });
});

describe('LensPanel', () => {
  test('renders page text as text, never as HTML', () => {
    const root = show(SUMMARY);
    expect(root.querySelector('[data-testid="summary"] img, script, img[src="x"]')).toBeNull();
    expect(root.textContent).toContain('<script>window.__pwned=1</script>');
  });

  test('shows sections with counts, named vs anonymous, and the claim limit', () => {
    const root = show(SUMMARY, 1);
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(1);
    expect(root.querySelector('[data-testid="source-balance"]')?.textContent).toBe(
      '1 named1 anonymous0 organizations',
    );
    expect(root.querySelector('[data-testid="quote-speaker"]')?.textContent).toBe('Ann Lee, Mayor');
  });

  test('the glance and every section heading agree with the items listed, in the right number', () => {
    const partial = {
      ...SUMMARY.quotes[0],
      partial: true,
      text: 'did it',
    } as OkSummary['quotes'][0];
    const root = show({ ...SUMMARY, quotes: [...SUMMARY.quotes, partial] });
    const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent;
    const items = (testId: string) => root.querySelectorAll(`[data-testid="${testId}"]`).length;
    expect(text('glance-quotes')).toBe('2 quotes (1 partial)');
    expect(text('glance-figures')).toBe('1 figure');
    expect(text('glance-sources')).toBe('2 sources:');
    expect(text('count-quotes')).toBe(String(items('quote')));
    expect(text('count-figures')).toBe(String(items('figure')));
    expect(text('count-sources')).toBe(String(items('source')));
    expect(text('count-claims')).toBe(String(items('claim')));
  });

  test('a partial quote says what it is, and a document source gets its badge in the glance and the list', () => {
    const partial = { ...SUMMARY.quotes[0], partial: true } as OkSummary['quotes'][0];
    const report = {
      name: 'a council report',
      kind: 'document',
      role: null,
      mentions: 1,
      quotes: 0,
    };
    const root = show({
      ...SUMMARY,
      quotes: [partial],
      sources: [...SUMMARY.sources, report as OkSummary['sources'][0]],
    });
    const mark = root.querySelector('[data-testid="quote-speaker"] .partial');
    expect(mark?.textContent).toBe(' (partial quote)');
    expect(mark?.getAttribute('title')).toMatch(/quoted words inside the reporter/);
    const glance = root.querySelector('[data-testid="glance"] [data-testid="badge-document"]');
    expect(glance?.textContent).toBe('1 document');
    expect(glance?.getAttribute('title')).toMatch(/report, court filing/);
    const listed = [...root.querySelectorAll('[data-testid="source"]')].map((li) => li.textContent);
    expect(listed).toContainEqual(expect.stringContaining('documenta council report'));
  });

  test('without a document, no document badge', () => {
    const root = show(SUMMARY);
    expect(root.querySelector('[data-testid="badge-document"]')).toBeNull();
  });

  test('a count of zero is not shown as a warning', () => {
    const root = show({ ...SUMMARY, sources: [SUMMARY.sources[0] as OkSummary['sources'][0]] });
    const badge = root.querySelector('[data-testid="glance"] [data-testid="badge-anonymous"]');
    expect(badge?.textContent).toBe('0 anonymous');
    expect(badge?.classList.contains('zero')).toBe(true);
    const named = root.querySelector('[data-testid="glance"] [data-testid="badge-named"]');
    expect(named?.classList.contains('zero')).toBe(false);
    expect(named?.getAttribute('title')).toMatch(/names/);
  });

  test.each(['claims', 'figures', 'quotes', 'sources'])(
    'the %s section explains itself behind a disclosure button',
    async (id) => {
      const root = show(SUMMARY);
      const button = root.querySelector(`[data-testid="about-${id}"]`) as HTMLButtonElement;
      const about = root.querySelector(`[data-testid="about-text-${id}"]`) as HTMLElement;
      expect(button.getAttribute('aria-controls')).toBe(about.id);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(about.hidden).toBe(true);
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(about.hidden).toBe(false);
      expect(about.textContent?.length).toBeGreaterThan(40);
    },
  );

  test.each([
    [{ status: 'idle', url: null }, 'Analyze'],
    [{ status: 'loading', url: null }, null],
    [{ status: 'restricted', url: null, reason: 'A PDF.' }, null],
    [{ status: 'error', url: null, message: 'Boom.' }, 'Try again'],
    [
      { schemaVersion: 2, status: 'no-story', url: 'https://x.test/', reason: 'Links.' },
      'Re-analyze',
    ],
    [SUMMARY, 'Re-analyze'],
  ] as [TabState, string | null][])('the analyze button where it can help: %o', (state, label) => {
    const root = show(state);
    const button = root.querySelector('[data-testid="analyze"]');
    expect(button?.textContent ?? null).toBe(label);
    expect(root.querySelector('[data-testid="progress"]') !== null).toBe(
      state.status === 'loading',
    );
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });

  test('clicking an item asks for its sentence', () => {
    const root = show(SUMMARY);
    (root.querySelector('[data-testid="figure"]') as HTMLButtonElement).click();
    expect(actions.onSelect).toHaveBeenCalledWith(1);
  });

  test.each([
    [{ status: 'idle', url: null }, 'status-idle', /Click the Story Lens icon/],
    [{ status: 'loading', url: null }, 'status-loading', /Reading the story/],
    [
      { status: 'restricted', url: null, reason: 'This is a browser page.' },
      'status-restricted',
      /This is a browser page/,
    ],
    [{ status: 'error', url: null, message: 'Boom.' }, 'status-error', /Boom/],
    [
      {
        schemaVersion: 2,
        status: 'no-story',
        url: 'https://x.test/',
        reason: 'This page is a list of links, not a story.',
      },
      'status-no-story',
      /list of links/,
    ],
  ] as [TabState, string, RegExp][])('shows the %o state', (state, testId, text) => {
    const root = show(state);
    expect(root.querySelector(`[data-testid="${testId}"]`)?.textContent).toMatch(text);
    expect(root.querySelector('[data-testid="summary"]')).toBeNull();
  });
});
