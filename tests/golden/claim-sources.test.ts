import { describe, expect, test } from 'vitest';
import { summarizeDocument } from '../../utils/summarize';
import { fixtureUrl, listFixtures } from '../harness/fixtures';
import { parseHtml } from '../harness/parse-html';

// The contract (utils/summary.ts): a claim's attribution is the name of a listed source or null,
// never a clause fragment; a quote's speaker is a listed source too. Checked on the analysis of
// every golden page, so a new page or rule cannot break it unseen.
describe.each(listFixtures())(
  '$name: attributions and speakers are listed sources',
  ({ name, html }) => {
    test('every claim attribution and quote speaker names a listed source', () => {
      const summary = summarizeDocument(parseHtml(html, fixtureUrl(name)), fixtureUrl(name));
      if (summary.status !== 'ok') return;
      const names = new Set(summary.sources.map((source) => source.name));
      const attributions = summary.claims.flatMap((claim) => claim.attribution ?? []);
      const speakers = summary.quotes.flatMap((quote) => quote.speaker ?? []);
      expect(attributions.filter((a) => !names.has(a))).toEqual([]);
      expect(speakers.filter((s) => !names.has(s))).toEqual([]);
    });
  },
);
