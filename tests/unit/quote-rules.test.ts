import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { QUOTE_RULES, type QuoteRule } from '../../utils/analyze/quotes/rules';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';

/** The verdict on the example's first quoted span under the given rules. */
function verdictOf(example: QuoteRule['example'], rules: QuoteRule[]): string {
  const { paragraph, story = [] } = example;
  const span = findQuoteSpans(annotateParagraphs([paragraph, ...story]), rules)[0];
  if (span?.paragraph !== 0 || span.start !== paragraph.search(/[“"‘]/u)) return 'skip';
  return span.partial ? 'partial' : 'full';
}

describe('quote rules, each on its own example', () => {
  test.each(QUOTE_RULES.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    expect(verdictOf(rule.example, QUOTE_RULES)).toBe(rule.example.verdict);
    const others = QUOTE_RULES.filter((r) => r !== rule);
    expect(verdictOf(rule.example, others)).not.toBe(rule.example.verdict);
  });
});
