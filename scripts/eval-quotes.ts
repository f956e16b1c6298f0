/**
 * Scores findQuotes against tests/gold/quotes.json (hand-written articles, full quotes only).
 * Usage: npm run eval:quotes [-- --check] [--verbose]
 * - a prediction matches a gold quote when their normalized token sets overlap by at least
 *   MATCH_OVERLAP of the shorter one; matching is one-to-one, in story order;
 * - partial quotes (partial: true) are not scored: the gold lists full quotes only;
 * - speaker accuracy is over matched quotes, lenient: same name, same surname, or one
 *   description containing the other ("one resident" / "one resident, a retired teacher").
 */
import { readFileSync } from 'node:fs';
import { findQuotes } from '../utils/analyze/quotes';
import { splitSentences } from '../utils/analyze/sentences';
import type { Quote } from '../utils/summary';

interface GoldQuote {
  text: string;
  speaker: string | null;
}
interface GoldArticle {
  id: string;
  title: string;
  text: string;
  quotes: GoldQuote[];
}

/** Token overlap over the shorter quote from which two quotes are the same (unit: share 0–1). */
const MATCH_OVERLAP = 0.5;
/** Minimum precision over all articles for --check (share of predicted full quotes matched). */
const TARGET_PRECISION = 0.92;
/** Minimum recall over all articles for --check (share of gold quotes found). */
const TARGET_RECALL = 0.9;
/** Minimum speaker accuracy over matched quotes for --check. */
const TARGET_SPEAKER = 0.9;
/** The article that must come out exactly right for --check (texts matched, all speakers right). */
const SEED_ID = 'seed-reuters-putin-ceasefire';

const normalize = (text: string): string[] =>
  text
    .replace(/[“”«»„]/gu, '"')
    .replace(/[‘’]/gu, "'")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];

function overlap(a: string, b: string): number {
  const ta = new Set(normalize(a));
  const tb = new Set(normalize(b));
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / Math.min(ta.size, tb.size);
}

/** Lenient speaker match: same name, same last word (surname), or one contains the other. */
export function sameSpeaker(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = normalize(gold).join(' ');
  const p = normalize(predicted).join(' ');
  if (g === p || g.includes(p) || p.includes(g)) return true;
  const gl = g.split(' ').pop();
  const pl = p.split(' ').pop();
  return gl !== undefined && gl === pl && /^\p{Lu}/u.test(gold.split(' ').pop() ?? '');
}

interface Score {
  id: string;
  gold: number;
  predicted: number;
  matched: number;
  speakersRight: number;
  problems: string[];
}

function score(article: GoldArticle): Score {
  const paragraphs = article.text
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const predicted = findQuotes(splitSentences(paragraphs)).filter((q: Quote) => !q.partial);
  const used = new Set<number>();
  const problems: string[] = [];
  let matched = 0;
  let speakersRight = 0;
  for (const g of article.quotes) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      const o = overlap(g.text, p.text);
      if (!used.has(i) && o >= MATCH_OVERLAP && o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    const p = predicted[best];
    if (!p) {
      problems.push(`  missed: “${g.text}” (${g.speaker})`);
      continue;
    }
    used.add(best);
    matched++;
    if (sameSpeaker(g.speaker, p.speaker)) speakersRight++;
    else problems.push(`  speaker: “${g.text.slice(0, 50)}…” gold ${g.speaker}, got ${p.speaker}`);
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) problems.push(`  extra: “${p.text}” (${p.speaker})`);
  });
  return {
    id: article.id,
    gold: article.quotes.length,
    predicted: predicted.length,
    matched,
    speakersRight,
    problems,
  };
}

function main(): void {
  const check = process.argv.includes('--check');
  const verbose = process.argv.includes('--verbose');
  const gold = JSON.parse(
    readFileSync(new URL('../tests/gold/quotes.json', import.meta.url), 'utf8'),
  ) as GoldArticle[];
  const scores = gold.map(score);
  const pct = (n: number, d: number): string => (d === 0 ? '  -  ' : (n / d).toFixed(2));
  console.log('article                              gold pred  P     R     speaker');
  for (const s of scores) {
    console.log(
      `${s.id.padEnd(36)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(4)}  ${pct(s.matched, s.predicted)}  ${pct(s.matched, s.gold)}  ${pct(s.speakersRight, s.matched)}`,
    );
    if (verbose) for (const line of s.problems) console.log(line);
  }
  const sum = (f: (s: Score) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const precision =
    sum((s) => s.matched) /
    Math.max(
      1,
      sum((s) => s.predicted),
    );
  const recall =
    sum((s) => s.matched) /
    Math.max(
      1,
      sum((s) => s.gold),
    );
  const speaker =
    sum((s) => s.speakersRight) /
    Math.max(
      1,
      sum((s) => s.matched),
    );
  const seed = scores.find((s) => s.id === SEED_ID);
  const seedExact =
    seed !== undefined &&
    seed.matched === seed.gold &&
    seed.predicted === seed.gold &&
    seed.speakersRight === seed.gold;
  console.log(
    `\nTOTAL ${scores.length} articles, ${sum((s) => s.gold)} gold quotes: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, speaker accuracy ${speaker.toFixed(3)}, seed story ${seedExact ? 'exact' : 'NOT exact'}`,
  );
  if (check) {
    const ok =
      precision >= TARGET_PRECISION &&
      recall >= TARGET_RECALL &&
      speaker >= TARGET_SPEAKER &&
      seedExact;
    console.log(
      ok
        ? 'check: OK'
        : `check: FAILED (targets: P ≥ ${TARGET_PRECISION}, R ≥ ${TARGET_RECALL}, speaker ≥ ${TARGET_SPEAKER}, seed exact)`,
    );
    if (!ok) process.exitCode = 1;
  }
}

main();
