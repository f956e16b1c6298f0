import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuotes } from '../../utils/analyze/quotes';
import { findSources } from '../../utils/analyze/sources';
import { PHRASE_RULES, SENTENCE_RULES, type SourceRule } from '../../utils/analyze/sources/rules';

const sourcesOf = (paragraphs: string[], phrase = PHRASE_RULES, sentence = SENTENCE_RULES) => {
  const doc = annotateParagraphs(paragraphs);
  return findSources(doc, findQuotes(doc), { phrase, sentence }).map(({ name, kind }) => ({
    name,
    kind,
  }));
};

const rows = [...PHRASE_RULES, ...SENTENCE_RULES].map((rule) => [rule.name, rule] as const);
const without = (rules: SourceRule<string>[], rule: SourceRule<string>) =>
  rules.filter((r) => r !== rule);

describe('source rules, each on its own example', () => {
  test.each(rows)('%s', (_, rule) => {
    const { paragraphs, source } = rule.example;
    const all = sourcesOf(paragraphs);
    const others = sourcesOf(
      paragraphs,
      without(PHRASE_RULES, rule),
      without(SENTENCE_RULES, rule),
    );
    if (rule === PHRASE_RULES[0]) {
      // The guard row: with it the phrase is no source; without it, a later row takes it.
      expect(all).not.toContainEqual(source);
      expect(others).toContainEqual(source);
    } else {
      expect(all).toContainEqual(source);
      expect(others).not.toContainEqual(source);
    }
  });
});
