/**
 * Claim scorer (team gold, tests/gold/claims.json):
 * - coverage: share of the reference highlights' content tokens (stopwords removed) that appear
 *   in the top TOP_CLAIMS claims;
 * - attribution: for gold articles that list `attributions` (a sentence prefix and the listed
 *   source the sentence is attributed to, or null when the story itself states it), the share
 *   given exactly, read as the shipped analysis reads a claim's attribution (the phrase, then the
 *   source rules: utils/analyze/index.ts).
 */
import { annotate } from '../../utils/analyze/annotate';
import { claimAttribution } from '../../utils/analyze/attribution';
import { indexPeople } from '../../utils/analyze/names';
import { findCitedSources } from '../../utils/analyze/sources';
import type { OkSummary } from '../../utils/summary';
import type { EvalArticle } from './sets';
import { mean, tokens } from './text';

/** Claims scored per article, as shown in the popup by default (unit: claims). */
const TOP_CLAIMS = 5;
/** Minimum mean highlight-token coverage for --check (unit: share of reference tokens). */
const TARGET_COVERAGE = 0.6;
/** Minimum share of gold claim attributions given exactly for --check. */
const TARGET_ATTRIBUTION = 0.9;

const STOPWORDS = new Set(
  'a an the of in on at to for from by with as than that this these those which who whom whose what when where while and or but nor not no is are was were be been being has have had do does did will would could should may might must can it its their his her our your my they he she we you i said says say also'.split(
    ' ',
  ),
);
const contentWords = (text: string): string[] => tokens(text).filter((t) => !STOPWORDS.has(t));

export interface ClaimScore {
  id: string;
  coverage: number;
  attributionsGold: number;
  attributionsRight: number;
  lines: string[];
}

/** Scores one article's top claims and the attribution of its gold sentences. */
export function scoreClaims(
  article: EvalArticle,
  summary: OkSummary,
  verbose: boolean,
): ClaimScore {
  const highlights = (article.raw.highlights ?? []) as string[];
  const attributions = (article.raw.attributions ?? []) as {
    sentence: string;
    attribution: string | null;
  }[];
  const claims = summary.claims.slice(0, TOP_CLAIMS);
  const claimed = new Set(claims.flatMap((c) => contentWords(c.text)));
  const reference = highlights.flatMap(contentWords);
  const coverage = reference.length
    ? reference.filter((t) => claimed.has(t)).length / reference.length
    : 1;
  const lines = [
    `${article.id.padEnd(28)} coverage ${coverage.toFixed(3)}  (${claims.length} claims)`,
  ];
  const people = indexPeople(summary.sentences.map((s) => s.text));
  let right = 0;
  // Every gold sentence read as if it were a claim: its phrase, then the source it names.
  const phrases = new Map<number, string>();
  for (const g of attributions) {
    const i = summary.sentences.findIndex((s) => s.text.startsWith(g.sentence));
    const sentence = summary.sentences[i];
    const previous = summary.sentences.slice(Math.max(0, i - 3), i).map((s) => s.text);
    const phrase = sentence ? claimAttribution(sentence.text, people, previous) : null;
    if (sentence && phrase) phrases.set(sentence.index, phrase);
  }
  const { claimSources } = findCitedSources(annotate(article.story), summary.quotes, phrases);
  for (const g of attributions) {
    const sentence = summary.sentences.find((s) => s.text.startsWith(g.sentence));
    const got = sentence ? (claimSources.get(sentence.index) ?? null) : '(no such sentence)';
    if (got === g.attribution) right++;
    else lines.push(`  attribution: “${g.sentence}…” gold ${g.attribution}, got ${got}`);
  }
  if (verbose)
    for (const c of claims)
      lines.push(`    [${c.sentence}] ${c.score.toFixed(3)} ${c.text.slice(0, 110)}`);
  return {
    id: article.id,
    coverage,
    attributionsGold: attributions.length,
    attributionsRight: right,
    lines,
  };
}

/** The per-article lines, the mean line and whether the --check targets are met. */
export function reportClaims(scores: ClaimScore[]): { lines: string[]; ok: boolean } {
  const coverage = mean(scores.map((s) => s.coverage));
  const gold = scores.reduce((n, s) => n + s.attributionsGold, 0);
  const attribution = scores.reduce((n, s) => n + s.attributionsRight, 0) / Math.max(1, gold);
  const lines = scores.flatMap((s) => s.lines);
  lines.push(
    `\nMEAN over ${scores.length} articles: coverage ${coverage.toFixed(3)}  attribution ${attribution.toFixed(3)} (${gold} gold)`,
  );
  const ok = coverage >= TARGET_COVERAGE && attribution >= TARGET_ATTRIBUTION;
  if (!ok)
    lines.push(`targets: coverage >= ${TARGET_COVERAGE}, attribution >= ${TARGET_ATTRIBUTION}`);
  return { lines, ok };
}
