/**
 * Scores rankClaims against tests/gold/claims.json.
 * Usage: npm run eval:claims [-- --check] [--verbose]
 * Coverage: share of the reference highlights' content tokens (lowercased words, stopwords
 * removed) that appear in the top claims.
 * Attribution: for gold articles that list `attributions` (a sentence prefix and the expected
 * phrase, or null when the story itself states the sentence), the share shown exactly as written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { claimAttribution } from '../utils/analyze/attribution';
import { rankClaims } from '../utils/analyze/claims';
import { findFigures } from '../utils/analyze/figures';
import { indexPeople } from '../utils/analyze/names';
import { splitSentences } from '../utils/analyze/sentences';
import type { Quote, Sentence } from '../utils/summary';

interface GoldArticle {
  id: string;
  title: string;
  text: string;
  highlights: string[];
  attributions?: { sentence: string; attribution: string | null }[];
}

/** Minimum mean highlight-token coverage for --check (unit: share of reference tokens). */
const TARGET_COVERAGE = 0.6;
/** Minimum share of gold claim attributions given exactly for --check. */
const TARGET_ATTRIBUTION = 0.9;
/** Claims scored per article, as shown in the popup (unit: claims). */
const TOP_CLAIMS = 5;

const STOPWORDS = new Set(
  'a an the of in on at to for from by with as than that this these those which who whom whose what when where while and or but nor not no is are was were be been being has have had do does did will would could should may might must can it its their his her our your my they he she we you i said says say also'.split(
    ' ',
  ),
);

const words = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu) ?? []).filter(
    (t) => !STOPWORDS.has(t),
  );

type QuoteFinder = (sentences: Sentence[]) => Quote[];

/** The quotes stage, when another engineer's module exists; claims still work without it. */
async function loadQuoteFinder(): Promise<QuoteFinder> {
  const path = new URL('../utils/analyze/quotes.ts', import.meta.url);
  if (!existsSync(path)) return () => [];
  try {
    const mod = (await import(path.href)) as { findQuotes?: QuoteFinder };
    return mod.findQuotes ?? (() => []);
  } catch (error) {
    console.warn(
      `quotes stage unavailable, scoring without quotes: ${String(error).split('\n')[0]}`,
    );
    return () => [];
  }
}

const args = process.argv.slice(2);
const gold = JSON.parse(
  readFileSync(new URL('../tests/gold/claims.json', import.meta.url), 'utf8'),
) as GoldArticle[];
const findQuotes = await loadQuoteFinder();
const coverages: number[] = [];
let attributionsGold = 0;
let attributionsRight = 0;
for (const article of gold) {
  const sentences = splitSentences(article.text.split(/\n\s*\n/));
  const claims = rankClaims(sentences, {
    title: article.title,
    quotes: findQuotes(sentences),
    figures: findFigures(sentences),
    limit: TOP_CLAIMS,
  });
  const claimed = new Set(claims.flatMap((c) => words(c.text)));
  const reference = article.highlights.flatMap(words);
  const covered = reference.filter((t) => claimed.has(t)).length;
  const coverage = reference.length ? covered / reference.length : 1;
  coverages.push(coverage);
  console.log(
    `${article.id.padEnd(28)} coverage ${coverage.toFixed(3)}  (${claims.length} claims)`,
  );
  const people = indexPeople(sentences.map((s) => s.text));
  for (const g of article.attributions ?? []) {
    attributionsGold++;
    const sentence = sentences.find((s) => s.text.startsWith(g.sentence));
    const got = sentence ? claimAttribution(sentence.text, people) : '(no such sentence)';
    if (got === g.attribution) attributionsRight++;
    else console.log(`  attribution: “${g.sentence}…” gold ${g.attribution}, got ${got}`);
  }
  if (args.includes('--verbose')) {
    for (const c of claims)
      console.log(`    [${c.sentence}] ${c.score.toFixed(3)} ${c.text.slice(0, 110)}`);
  }
}
const mean = coverages.reduce((a, b) => a + b, 0) / Math.max(1, coverages.length);
const attribution = attributionsRight / Math.max(1, attributionsGold);
console.log(
  `\nMEAN over ${coverages.length} articles: coverage ${mean.toFixed(3)}  attribution ${attribution.toFixed(3)} (${attributionsGold} gold)`,
);
if (args.includes('--check') && (mean < TARGET_COVERAGE || attribution < TARGET_ATTRIBUTION)) {
  console.error(
    `FAIL: targets are coverage >= ${TARGET_COVERAGE} and attribution >= ${TARGET_ATTRIBUTION}`,
  );
  process.exit(1);
}
