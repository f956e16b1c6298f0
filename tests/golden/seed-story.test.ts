import { describe, expect, test } from 'vitest';
import { summarizeDocument } from '../../utils/summarize';
import { fixtureUrl, listFixtures } from '../harness/fixtures';
import { parseHtml } from '../harness/parse-html';

// The seed story (../shared/seed) laid out in several page templates: whatever the layout, the
// summary must be the same story with the same quotes and figures and none of the page's noise.
const seedLayouts = listFixtures().filter((fixture) => fixture.name.startsWith('seed-'));

const SEED_QUOTES = [
  ['Without neutrality', 'Vladimir Putin'],
  ['Why? Because this would mean', 'Vladimir Putin'],
  ['Putin has already stated', 'Dmitry Peskov'],
  ['And the authorization of missiles', 'Dmitry Peskov'],
  ['He is the only individual', 'Steven Cheung'],
  ['A major agreement', 'Dimitri Simes'],
  ['The challenge lies', null],
] as const;

const SEED_FIGURES = [
  '70-80%',
  '26,000 square kilometers',
  '18%',
  '110,000 square kilometers',
  '650 square kilometers',
];

describe.each(seedLayouts.map((fixture) => [fixture.name, fixture] as const))(
  'seed story in %s',
  (name, fixture) => {
    const summary = summarizeDocument(parseHtml(fixture.html, fixtureUrl(name)), fixtureUrl(name));
    if (summary.status !== 'ok') throw new Error(`${name}: ${summary.reason}`);

    test('starts with the story, not the weather teaser or the breadcrumb', () => {
      expect(summary.meta.title).toMatch(/^Putin.s Rising Influence in Ukraine/);
      expect(summary.paragraphs[0]).not.toMatch(/snow|winter|wintry|HomeLocal/i);
      expect(summary.paragraphs.join('\n')).not.toMatch(/HomeLocal|Will it snow|Advertisement/);
    });

    test('lists the seven full quotes with their speakers', () => {
      const full = summary.quotes.filter((quote) => !quote.partial);
      expect(full).toHaveLength(SEED_QUOTES.length);
      SEED_QUOTES.forEach(([start, speaker], index) => {
        expect(full[index]?.text.startsWith(start)).toBe(true);
        if (speaker) expect(full[index]?.speaker).toBe(speaker);
        else expect(full[index]?.speaker ?? '').not.toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      });
      expect(summary.quotes.some((quote) => quote.text.includes('Art of the Deal'))).toBe(false);
      expect(summary.quotes.some((quote) => quote.text.includes('HARSH REALITY'))).toBe(false);
    });

    test('lists the territorial figures and no weather figure', () => {
      const values = summary.figures.map((figure) => figure.value);
      for (const figure of SEED_FIGURES)
        expect(values.some((value) => value.includes(figure))).toBe(true);
      expect(values.join(' ')).not.toMatch(/foot|snow|°/);
    });
  },
);
