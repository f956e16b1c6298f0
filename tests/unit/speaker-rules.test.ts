import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';
import { SPEAKER_RULES } from '../../utils/analyze/speakers/rules';

/** The speaker of the example's last quote (or quote number `quote`) under the given rules. */
function lastSpeaker(paragraphs: string[], rules = SPEAKER_RULES, quote = -1): string | null {
  const doc = annotateParagraphs(paragraphs);
  const spans = findQuoteSpans(doc);
  return attributeSpeakers(doc, spans, rules).at(quote)?.speaker ?? null;
}

describe('speaker rules, each on its own example', () => {
  test.each(SPEAKER_RULES.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    // The table finds the speaker…
    expect(lastSpeaker(rule.example.paragraphs, SPEAKER_RULES, rule.example.quote)).toBe(
      rule.example.speaker,
    );
    // …and needs this row for it: the other rows do not find that speaker.
    const others = SPEAKER_RULES.filter((r) => r !== rule);
    expect(lastSpeaker(rule.example.paragraphs, others, rule.example.quote)).not.toBe(
      rule.example.speaker,
    );
  });

  test('rule names are unique', () => {
    expect(new Set(SPEAKER_RULES.map((r) => r.name)).size).toBe(SPEAKER_RULES.length);
  });
});
