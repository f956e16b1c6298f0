import { describe, expect, test } from 'vitest';
import {
  lowerWords,
  MAYBE_UNSPACED,
  maybeUnspacedCode,
  readingMinutes,
  storyWordCount,
  wordCount,
} from '../../utils/extract/words';

describe('wordCount in every script', () => {
  test('spaced scripts are counted by their spaces', () => {
    expect(wordCount('The council voted on Tuesday.')).toBe(5);
    expect(wordCount('صوت المجلس يوم الثلاثاء')).toBe(4);
  });

  test('Chinese, Japanese and Thai are cut into words, not counted as one', () => {
    // "The city government announced on Tuesday that it will extend the metro next year."
    const chinese = wordCount('市政府周二宣布，明年将扩建地铁网络。');
    expect(chinese).toBeGreaterThanOrEqual(7);
    expect(chinese).toBeLessThanOrEqual(12);
    // "The town announced a new plan on Tuesday."
    expect(wordCount('町は火曜日に新しい計画を発表した。')).toBeGreaterThanOrEqual(6);
    // "The government announced a new plan"
    expect(wordCount('รัฐบาลประกาศแผนใหม่')).toBeGreaterThanOrEqual(3);
  });

  test('a reader-facing count keeps the English count and segments CJK', () => {
    expect(storyWordCount(["It's a 1,200-word story — really."])).toBe(5);
    expect(storyWordCount(['市政府周二宣布。'])).toBeGreaterThanOrEqual(3);
  });

  test('lowerWords cuts unspaced runs into words and keeps spaced words whole', () => {
    const words = lowerWords('Metro 地铁网络 Plan');
    expect(words[0]).toBe('metro');
    expect(words.at(-1)).toBe('plan');
    expect(words.length).toBeGreaterThanOrEqual(4);
  });
});

describe('readingMinutes per language', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'wort').join(' ');

  test('English at 230 words a minute, German slower (IReST: 179)', () => {
    expect(readingMinutes([words(460)], 'en')).toBe(2);
    expect(readingMinutes([words(460)], 'de-DE')).toBe(3);
  });

  test('Chinese by characters (255 a minute), Japanese too (357 a minute)', () => {
    const chinese = '市'.repeat(1020);
    expect(readingMinutes([chinese], 'zh')).toBe(4);
    // A page declaring the wrong language is read by its script.
    expect(readingMinutes([chinese], 'en')).toBe(4);
    const japanese = 'のは'.repeat(357);
    expect(readingMinutes([japanese], 'ja')).toBe(2);
  });

  test('never below one minute', () => {
    expect(readingMinutes(['Short.'], null)).toBe(1);
    expect(readingMinutes([], null)).toBe(1);
  });
});

describe('maybeUnspacedCode', () => {
  test('names the same characters as MAYBE_UNSPACED, for every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (maybeUnspacedCode(code) !== MAYBE_UNSPACED.test(String.fromCharCode(code)))
        differing.push(code);
    expect(differing).toEqual([]);
  });

  test.each([
    ['one  two\nthree', 3],
    ['The river rose – again', 5],
    ['天气 good', wordCount('天气 good')],
    ['Ünïcödé wörds “quoted”', 3],
  ])('wordCount(%j) counts by spaces unless an unspaced script is present', (text, words) => {
    expect(wordCount(text)).toBe(words);
  });
});
