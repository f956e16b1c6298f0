/**
 * The measured comparison behind utils/analyze/regex-trie.ts (docs/decisions/0003-regex-trie.md):
 * the figure patterns' runs of literal alternatives built as one regular expression by our
 * `trieOf` and by the npm packages that build a regex from a word list, each compared with the
 * original pattern on every text of the PolNeAR development data (real news, not ours): matches
 * that differ (start, text or named groups), source length and matching time.
 *
 *   npm i --no-save regexgen@1.3.0 regex-trie@1.0.4 && npx tsx scripts/compare-regex-trie.ts
 *
 * The packages are not dependencies: they are installed for this comparison only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FIGURE_PATTERN, FIGURE_START, MAY_HOLD_FIGURE } from '../utils/analyze/figures/patterns';
import { compactAlternations, type RunBuilder } from '../utils/analyze/regex-trie';
import { POLNEAR_PATH } from './eval/sets';

const require = createRequire(import.meta.url);

/** A run's words as plain strings (atoms joined, `\.` read as `.`). */
const wordsOf = (run: string[][]): string[] =>
  run.map((atoms) => atoms.map((a) => (a.startsWith('\\') ? a.slice(1) : a)).join(''));

/**
 * The packages escape characters that need no escape ("\\-" outside a class, "\\'"), which the `u` flag the
 * figure patterns need (\\p{L}) rejects; written as `\\x2D` they mean the same in both modes.
 */
const uSafe = (source: string): string => source.replace(/\\-/gu, '\\x2D').replace(/\\'/gu, "'");

/** A package's builder, or null when it is not installed. */
function packageBuilder(name: string): RunBuilder | null {
  try {
    if (name === 'regexgen') {
      const regexgen = require('regexgen') as (words: string[]) => RegExp;
      return (run) => `(?:${uSafe(regexgen(wordsOf(run)).source)})`;
    }
    const RegexTrie = require('regex-trie') as new () => {
      add(words: string[]): void;
      toString(): string;
    };
    return (run) => {
      const trie = new RegexTrie();
      trie.add(wordsOf(run));
      return uSafe(trie.toString());
    };
  } catch {
    return null;
  }
}

const PATTERNS = { FIGURE_PATTERN, FIGURE_START, MAY_HOLD_FIGURE };
const records = JSON.parse(readFileSync(POLNEAR_PATH, 'utf8')) as { text: string }[];
const texts = records.map((r) => r.text);
const chars = texts.reduce((n, t) => n + t.length, 0);
console.log(`${texts.length} PolNeAR texts, ${chars.toLocaleString('en')} characters\n`);

type Match = string;
/** Every match of `re` (global) over the texts, as comparable strings, and the time taken. */
function matchesOf(re: RegExp): { matches: Match[]; ms: number } {
  re.lastIndex = 0;
  const matches: Match[] = [];
  const start = performance.now();
  for (const [index, text] of texts.entries())
    for (const m of text.matchAll(re))
      matches.push(`${index}:${m.index}:${m[0]}:${JSON.stringify(m.groups ?? null)}`);
  return { matches, ms: performance.now() - start };
}

const builders: [string, RunBuilder | undefined | null][] = [
  ['original (no rewrite)', null],
  ['ours (trieOf)', undefined],
  ['regexgen 1.3.0', packageBuilder('regexgen')],
  ['regex-trie 1.0.4', packageBuilder('regex-trie')],
];
/** Timing rounds, the contenders in turns; a contender's time is its least (unit: rounds). */
const ROUNDS = 3;

for (const [patternName, pattern] of Object.entries(PATTERNS)) {
  const contenders: { name: string; re: RegExp | null; note: string }[] = [];
  for (const [name, build] of builders) {
    if (build === null && name !== 'original (no rewrite)') {
      contenders.push({ name, re: null, note: 'not installed' });
      continue;
    }
    const source =
      build === null ? pattern.source : compactAlternations(pattern.source, 'gu', build);
    try {
      contenders.push({
        name,
        re: new RegExp(source, 'gu'),
        note: `source ${String(source.length).padStart(6)} chars`,
      });
    } catch (error) {
      // The figure patterns need the `u` flag (\p{L}); an escape a package writes may not be valid there.
      contenders.push({
        name,
        re: null,
        note: `not valid with the u flag: ${String(error).slice(-30)}`,
      });
    }
  }
  const best = new Map<string, number>();
  const found = new Map<string, Match[]>();
  for (let round = 0; round <= ROUNDS; round++)
    for (const { name, re } of contenders) {
      if (!re) continue;
      const run = matchesOf(re);
      found.set(name, run.matches);
      // Round 0 warms each pattern up (compilation, tier-up) and is not timed.
      if (round > 0) best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, run.ms));
    }
  const want = found.get('original (no rewrite)') ?? [];
  const wantSet = new Set(want);
  console.log(`${patternName}: ${want.length} matches`);
  for (const { name, note } of contenders) {
    const got = found.get(name);
    if (!got) {
      console.log(`  ${name.padEnd(22)} ${note}`);
      continue;
    }
    const gotSet = new Set(got);
    const differ =
      want.filter((m) => !gotSet.has(m)).length + got.filter((m) => !wantSet.has(m)).length;
    console.log(
      `  ${name.padEnd(22)} ${note}, ${String(differ).padStart(5)} matches differ, least of ${ROUNDS} ${(best.get(name) ?? 0).toFixed(0).padStart(5)} ms`,
    );
  }
}

// Order: in a JavaScript alternation the first alternative that lets the whole pattern match wins,
// so "an|a" and "a|an" match differently before a letter ("a" then "n…"). Invented example.
const ORDER_TEXT = 'an apple';
console.log('\nAlternatives in the order given: (?:a|an) on "an apple" matches "a" first');
for (const [name, build] of builders) {
  if (build === null && name !== 'original (no rewrite)') continue;
  const source = build === null ? '(?:a|an)' : compactAlternations('(?:a|an)', 'u', build);
  console.log(
    `  ${name.padEnd(22)} ${source.padEnd(14)} matches "${new RegExp(source, 'u').exec(ORDER_TEXT)?.[0]}"`,
  );
}
