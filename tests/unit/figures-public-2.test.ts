import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { BbcPair } from '../../scripts/eval/bbc-summary';
import {
  GOLD_PATH_2,
  type GoldFile2,
  MIN_DIGIT_TOKENS,
  PER_TOPIC,
  pageOf,
  rankOf,
  selectPages,
  TOPICS,
  textOf,
} from '../../scripts/eval/figures-public-2';

/** An invented story: `digits` sentences each holding one number written in digits. */
function story(topic: string, n: number, digits: number): BbcPair {
  const sentences = Array.from({ length: digits }, (_, i) => `The club sold ${i + 2} kites.`);
  sentences.push('Nobody counted the gulls.');
  return {
    id: `bbc-${topic}-${String(n).padStart(3, '0')}`,
    topic,
    title: `Kite sale ${n}`,
    paragraphs: [sentences],
    summary: [],
  };
}

describe('the second figures set: selection rule', () => {
  test('per topic, stories with enough digit tokens, in the order of the salted hash, capped', () => {
    const pairs = [
      ...Array.from({ length: PER_TOPIC + 3 }, (_, i) => story('sport', i + 1, MIN_DIGIT_TOKENS)),
      story('sport', 50, MIN_DIGIT_TOKENS - 1),
      story('entertainment', 1, 10),
      story('tech', 1, MIN_DIGIT_TOKENS + 2),
    ];
    const chosen = selectPages(pairs);
    const sport = chosen.filter((p) => p.topic === 'sport');
    expect(sport).toHaveLength(PER_TOPIC);
    expect(sport.map((p) => p.id)).not.toContain('bbc-sport-050');
    const ranks = sport.map((p) => rankOf(p.id));
    expect([...ranks].sort()).toEqual(ranks);
    expect(chosen.map((p) => p.topic)).not.toContain('entertainment');
    expect(chosen.at(-1)?.id).toBe('bbc-tech-001');
    // The order of the input does not change the choice.
    expect(selectPages([...pairs].reverse()).map((p) => p.id)).toEqual(chosen.map((p) => p.id));
  });

  test('a story is named by topic and number and read as headline then paragraphs', () => {
    const pair = story('business', 7, 1);
    expect(pageOf(pair)).toBe('business/007');
    expect(textOf(pair)).toBe('Kite sale 7\n\nThe club sold 2 kites. Nobody counted the gulls.');
  });

  test('the committed gold holds the rule it was built with and its stories', () => {
    const gold = JSON.parse(readFileSync(GOLD_PATH_2, 'utf8')) as GoldFile2;
    expect(gold.selection).toEqual({
      topics: [...TOPICS],
      perTopic: PER_TOPIC,
      minDigitTokens: MIN_DIGIT_TOKENS,
    });
    for (const topic of TOPICS) {
      expect(gold.pages.filter((p) => p.page.startsWith(`${topic}/`))).toHaveLength(PER_TOPIC);
    }
    expect(gold.pages.every((p) => /^[0-9a-f]{64}$/u.test(p.textSha256))).toBe(true);
  });
});
