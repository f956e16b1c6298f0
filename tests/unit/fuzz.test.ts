import { describe, expect, test } from 'vitest';
import { analyzeStory } from '../../utils/analyze';
import { summarizeDocument } from '../../utils/summarize';
import type { Story } from '../../utils/summary';
import { parseHtml } from '../harness/parse-html';
import { isStorySummary } from '../harness/summary-shape';
import { SEED_PARAGRAPHS, SEED_TITLE } from './data/seed-story';

/** Texts fed to analyzeStory per run; deterministic (seeded), so a failure reproduces. */
const FUZZ_CASES = 3000;
/** Guard against a hang, not a speed check: generous, since CI machines may be loaded (unit: ms). */
const FUZZ_TIMEOUT_MS = 120_000;

/** Random pages fed to the whole pipeline (extract + analyze) per run. */
const HTML_FUZZ_CASES = 300;

const TAGS = [
  'p',
  'div',
  'article',
  'main',
  'section',
  'aside',
  'nav',
  'h1',
  'h2',
  'span',
  'a',
  'li',
  'ul',
  'blockquote',
  'table',
  'td',
  'iframe',
  'script',
  'style',
  'noscript',
  'svg',
  'form',
  'br',
  'img',
];
const ATTRS = [
  '',
  ' class="ad-slot"',
  ' class="article-body"',
  ' id="comments"',
  ' hidden',
  ' role="navigation"',
  ' class="story-chunk"',
  ' onclick="alert(1)"',
  ' style="display:none"',
  ' href="javascript:alert(1)"',
];

/** mulberry32: a small seeded PRNG, so the fuzz inputs are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '.',
  '?',
  '!',
  '…',
  ',',
  ':',
  ';',
  '—',
  '–',
  '-',
  '%',
  '$',
  '€',
  '£',
  '¥',
  '0',
  '1',
  '7',
  '18',
  '70-80',
  '1,000',
  '3.5',
  'U.S.',
  'Nov.',
  'Mr.',
  'said',
  'told Reuters',
  'according to',
  'he said',
  'she',
  'Putin',
  'Vladimir Putin',
  'five insiders',
  'a senior official',
  'square kilometers',
  'million',
  'percent',
  '\n',
  '  ',
  '\u00a0',
  '\u200b',
  '\u202e',
  '😀',
  'ß',
  'İ',
  '<script>',
  '&amp;',
  '\\',
  '(',
  ')',
  '[',
  ']',
  '',
  'A',
  'a',
  'The',
  'NATO',
];

function mutate(text: string, next: () => number): string {
  const chars = Array.from(text);
  const edits = Math.floor(next() * 12);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (chars.length + 1));
    const op = next();
    if (op < 0.4) chars.splice(at, 0, PIECES[Math.floor(next() * PIECES.length)] as string);
    else if (op < 0.7) chars.splice(at, 1 + Math.floor(next() * 20));
    else
      chars.splice(
        at,
        0,
        ...chars.slice(Math.floor(next() * chars.length), Math.floor(next() * chars.length)),
      );
  }
  return chars.join('');
}

function randomText(next: () => number): string {
  const length = Math.floor(next() * 60);
  return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
    next() < 0.5 ? ' ' : '',
  );
}

function story(paragraphs: string[], title: string): Story {
  return {
    url: 'https://fuzz.test/',
    title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    excerpt: null,
    paragraphs,
  };
}

describe('analyzeStory under fuzzing', () => {
  test(
    `${FUZZ_CASES} random and mutated stories give valid summaries`,
    () => {
      const next = random(20261125);
      for (let run = 0; run < FUZZ_CASES; run++) {
        const count = 1 + Math.floor(next() * 4);
        const paragraphs = Array.from({ length: count }, () => {
          if (next() < 0.3) return randomText(next);
          const start = Math.floor(next() * SEED_PARAGRAPHS.length);
          return mutate(SEED_PARAGRAPHS[start] as string, next);
        });
        const input = story(paragraphs, next() < 0.5 ? SEED_TITLE : randomText(next));
        let summary: ReturnType<typeof analyzeStory>;
        try {
          summary = analyzeStory(input);
        } catch (error) {
          throw new Error(`run ${run} threw ${String(error)} on ${JSON.stringify(paragraphs)}`);
        }
        expect(isStorySummary(JSON.parse(JSON.stringify(summary)))).toBe(true);
        for (const item of [...summary.claims, ...summary.figures, ...summary.quotes]) {
          if (!summary.sentences[item.sentence])
            throw new Error(`run ${run}: dangling sentence index in ${JSON.stringify(paragraphs)}`);
        }
        for (const sentence of summary.sentences) {
          if (!summary.paragraphs[sentence.paragraph]?.includes(sentence.text)) {
            throw new Error(`run ${run}: sentence not verbatim: ${JSON.stringify(sentence)}`);
          }
        }
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('summarizeDocument under fuzzing', () => {
  test(
    `${HTML_FUZZ_CASES} random pages, hostile markup included, give a summary or a no-story reason`,
    () => {
      const next = random(7);
      const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
      const build = (depth: number): string => {
        const parts: string[] = [];
        const count = 1 + Math.floor(next() * 5);
        for (let i = 0; i < count; i++) {
          const roll = next();
          if (depth > 4 || roll < 0.35)
            parts.push(next() < 0.6 ? pick(SEED_PARAGRAPHS) : randomText(next));
          else if (roll < 0.45)
            parts.push(`<${pick(TAGS)}${pick(ATTRS)}>`); // unclosed tag
          else {
            const tag = pick(TAGS);
            parts.push(`<${tag}${pick(ATTRS)}>${build(depth + 1)}</${tag}>`);
          }
        }
        return parts.join('');
      };
      for (let run = 0; run < HTML_FUZZ_CASES; run++) {
        const html = `<html><head><title>${randomText(next)}</title></head><body>${build(0)}</body></html>`;
        const summary = summarizeDocument(
          parseHtml(html, 'https://fuzz.test/'),
          'https://fuzz.test/',
        );
        if (!isStorySummary(summary))
          throw new Error(`run ${run}: invalid summary for ${html.slice(0, 200)}`);
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});
