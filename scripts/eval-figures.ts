/**
 * Scores findFigures against tests/gold/figures.json.
 * Usage: npm run eval:figures [-- --check] [--verbose]
 * - key recall: share of key gold figures found (a prediction contains the gold number token and
 *   overlaps the gold value);
 * - precision: share of predictions that match any gold figure (key or not);
 * - noise: predictions that are dates, years, times, phone numbers or other listed non-figures;
 * - measures: for gold figures that give a `measures` phrase, the share whose matched prediction
 *   says it readably: at most MAX_MEASURE_WORDS words covering MEASURE_OVERLAP of the gold words.
 */
import { readFileSync } from 'node:fs';
import { findFigures } from '../utils/analyze/figures';
import { splitSentences } from '../utils/analyze/sentences';
import type { Figure } from '../utils/summary';

interface GoldFigure {
  value: string;
  key: boolean;
  /** What a reader should understand the figure measures, without the sentence. */
  measures?: string;
}
interface GoldArticle {
  id: string;
  title: string;
  text: string;
  figures: GoldFigure[];
  notFigures: string[];
}

/** Minimum mean key-figure recall for --check (unit: share of key gold figures). */
const TARGET_KEY_RECALL = 0.95;
/** Maximum predicted noise figures over the whole gold set for --check (unit: figures). */
const TARGET_MAX_NOISE = 0;
/** Minimum share of gold `measures` phrases rendered readably for --check. */
const TARGET_MEASURES = 0.8;
/** Longest readable `measures` phrase (unit: words). */
const MAX_MEASURE_WORDS = 8;
/** Share of the gold measure's content words a prediction must contain (unit: share 0–1). */
const MEASURE_OVERLAP = 0.6;
const MEASURE_STOPWORDS = new Set('a an the of in on by to for with at from'.split(' '));
const measureWords = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).filter(
    (w) => !MEASURE_STOPWORDS.has(w),
  );

/** Whether a predicted `measures` phrase says what the gold one says, briefly. */
function readableMeasure(predicted: string, gold: string): boolean {
  if (predicted.split(/\s+/).length > MAX_MEASURE_WORDS) return false;
  const p = new Set(measureWords(predicted));
  const g = measureWords(gold);
  return g.length > 0 && g.filter((w) => p.has(w)).length / g.length >= MEASURE_OVERLAP;
}

/** Generic shapes that are never figures, whatever the gold lists: years, dates, clock times, phones. */
const NOISE_SHAPES = [
  /^(?:in |since )?(?:1[5-9]\d\d|20\d\d)$/,
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d/,
  /\d\s?(?:a\.m\.|p\.m\.)/,
  /\d:\d\d/,
  /\d{3}[-\s]\d{3,4}[-\s]\d{4}/,
];

const numberTokens = (value: string): string[] =>
  (value.toLowerCase().match(/\d[\d,.]*\d|\d|[a-z]+/g) ?? []).filter(
    (t) => /\d/.test(t) || WORD_NUMBERS.has(t),
  );
const WORD_NUMBERS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens twice half quarters'.split(
    ' ',
  ),
);

/** Whether a predicted value stands for the gold value: shares its first number token and overlaps it. */
function matches(predicted: string, gold: string): boolean {
  const p = predicted.toLowerCase();
  const g = gold.toLowerCase();
  const token = numberTokens(g)[0];
  if (!token || !numberTokens(p).includes(token)) return false;
  return p.includes(g) || g.includes(p) || wordsOverlap(p, g);
}

function wordsOverlap(a: string, b: string): boolean {
  const wa = new Set(a.split(/\s+/));
  return b.split(/\s+/).filter((w) => wa.has(w)).length >= 2;
}

function isNoise(value: string, notFigures: string[]): boolean {
  if (NOISE_SHAPES.some((shape) => shape.test(value))) return true;
  const v = value.toLowerCase();
  return notFigures.some((n) => {
    const nl = n.toLowerCase();
    return (
      v === nl ||
      new RegExp(`(?:^|\\s)${nl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|\\s)`).test(v)
    );
  });
}

interface ArticleScore {
  id: string;
  keyRecall: number;
  precision: number;
  noise: string[];
  missed: string[];
  unmatched: string[];
  predicted: Figure[];
  measuresGold: number;
  measuresRight: number;
  measureProblems: string[];
}

function score(article: GoldArticle): ArticleScore {
  const paragraphs = article.text.split(/\n\s*\n/);
  const predicted = findFigures(splitSentences(paragraphs));
  const used = new Set<number>();
  let measuresGold = 0;
  let measuresRight = 0;
  const measureProblems: string[] = [];
  const goldMatched = article.figures.map((g) => {
    const i = predicted.findIndex((p, k) => !used.has(k) && matches(p.value, g.value));
    if (i >= 0) used.add(i);
    if (g.measures) {
      measuresGold++;
      const got = predicted[i]?.measures ?? '(not found)';
      if (readableMeasure(got, g.measures)) measuresRight++;
      else measureProblems.push(`${g.value}: gold “${g.measures}”, got “${got}”`);
    }
    return i >= 0;
  });
  const keys = article.figures.filter((g) => g.key);
  const keyFound = article.figures.filter((g, i) => g.key && goldMatched[i]).length;
  const unmatched = predicted.filter((_, k) => !used.has(k));
  return {
    id: article.id,
    keyRecall: keys.length ? keyFound / keys.length : 1,
    precision: predicted.length ? used.size / predicted.length : 1,
    noise: unmatched.filter((p) => isNoise(p.value, article.notFigures)).map((p) => p.value),
    missed: article.figures.filter((g, i) => g.key && !goldMatched[i]).map((g) => g.value),
    unmatched: unmatched.map((p) => p.value),
    predicted,
    measuresGold,
    measuresRight,
    measureProblems,
  };
}

const args = process.argv.slice(2);
const gold = JSON.parse(
  readFileSync(new URL('../tests/gold/figures.json', import.meta.url), 'utf8'),
) as GoldArticle[];
const scores = gold.map(score);
for (const s of scores) {
  console.log(
    `${s.id.padEnd(28)} keyRecall ${s.keyRecall.toFixed(3)}  precision ${s.precision.toFixed(3)}  noise ${s.noise.length}`,
  );
  if (s.missed.length) console.log(`  missed: ${s.missed.join(' | ')}`);
  if (s.noise.length) console.log(`  noise: ${s.noise.join(' | ')}`);
  for (const m of s.measureProblems) console.log(`  measures: ${m}`);
  if (args.includes('--verbose')) {
    if (s.unmatched.length) console.log(`  unmatched: ${s.unmatched.join(' | ')}`);
    for (const f of s.predicted)
      console.log(`    [${f.sentence}] ${f.kind.padEnd(7)} ${f.value}  →  ${f.measures}`);
  }
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const keyRecall = mean(scores.map((s) => s.keyRecall));
const precision = mean(scores.map((s) => s.precision));
const noise = scores.reduce((n, s) => n + s.noise.length, 0);
const measuresGold = scores.reduce((n, s) => n + s.measuresGold, 0);
const measures = scores.reduce((n, s) => n + s.measuresRight, 0) / Math.max(1, measuresGold);
console.log(
  `\nMEAN over ${scores.length} articles: keyRecall ${keyRecall.toFixed(3)}  precision ${precision.toFixed(3)}  noise ${noise}  measures ${measures.toFixed(3)} (${measuresGold} gold)`,
);
if (
  args.includes('--check') &&
  (keyRecall < TARGET_KEY_RECALL || noise > TARGET_MAX_NOISE || measures < TARGET_MEASURES)
) {
  console.error(
    `FAIL: targets are keyRecall >= ${TARGET_KEY_RECALL}, noise <= ${TARGET_MAX_NOISE} and measures >= ${TARGET_MEASURES}`,
  );
  process.exit(1);
}
