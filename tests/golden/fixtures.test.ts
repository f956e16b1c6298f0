import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { summarizeDocument } from '../../utils/summarize';
import type { StorySummary } from '../../utils/summary';
import { fixtureUrl, listFixtures } from '../harness/fixtures';
import { parseHtml } from '../harness/parse-html';

const fixtures = listFixtures();

function summarize(name: string, html: string): StorySummary {
  return summarizeDocument(parseHtml(html, fixtureUrl(name)), fixtureUrl(name));
}

describe('golden pages', () => {
  test('there are golden pages', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s matches expected.json',
    (name, fixture) => {
      const path = join(fixture.dir, 'expected.json');
      expect(
        existsSync(path),
        `${name} has no expected.json: run npm run fixtures:update and review it`,
      ).toBe(true);
      const expected = JSON.parse(readFileSync(path, 'utf8')) as StorySummary;
      expect(summarize(name, fixture.html)).toEqual(expected);
    },
  );

  test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s keeps the contract invariants',
    (name, fixture) => {
      const summary = summarize(name, fixture.html);
      expect(summary.schemaVersion).toBe(2);
      if (summary.status !== 'ok') {
        expect(summary.reason.length).toBeGreaterThan(10);
        return;
      }
      const { sentences, paragraphs } = summary;
      sentences.forEach((sentence, index) => {
        expect(sentence.index).toBe(index);
        expect(paragraphs[sentence.paragraph]).toContain(sentence.text);
      });
      for (const item of [...summary.claims, ...summary.figures, ...summary.quotes]) {
        expect(sentences[item.sentence]).toBeDefined();
      }
      for (const figure of summary.figures) {
        expect(sentences[figure.sentence]?.text).toContain(figure.value);
      }
      // A claim is its sentence, less a leading dateline ("MOSCOW, Nov 20 (Reuters) – ").
      for (const claim of summary.claims)
        expect(sentences[claim.sentence]?.text).toContain(claim.text);
    },
  );
});
