/**
 * Claim scorers.
 * Team gold (tests/gold/claims.json):
 * - coverage: share of the reference highlights' content tokens (stopwords removed) that appear
 *   in the top TOP_CLAIMS claims;
 * - attribution: for gold articles that list `attributions` (a sentence prefix and the listed
 *   source the sentence is attributed to, or null when the story itself states it), the share
 *   given exactly, read as the shipped analysis reads a claim's attribution (the phrase, then the
 *   source rules: utils/analyze/index.ts).
 * Reference summaries (the BBC News Summary set, ./bbc-summary.ts): ROUGE-1/2/L F of the top
 * ROUGE_CLAIMS claims against the reference, beside Lead-3 (the story's first three sentences of at
 * least LEAD_MIN_WORDS words) computed in the same run, for the dev and held-out splits apart.
 */
import { annotate } from '../../utils/analyze/annotate';
import { claimAttributionAt } from '../../utils/analyze/attribution';
import { indexPeople } from '../../utils/analyze/names';
import { findCitedSources } from '../../utils/analyze/sources';
import { wordCount } from '../../utils/extract/words';
import type { OkSummary } from '../../utils/summary';
import { type Rouge, rouge } from './rouge';
import type { EvalArticle } from './sets';
import { mean, tokens } from './text';

/** Claims scored per article, as shown in the popup by default (unit: claims). */
export const TOP_CLAIMS = 5;
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

/** Share of the highlights' content tokens that the claims contain (1 when there are none). */
export function highlightCoverage(highlights: string[], claims: string[]): number {
  const claimed = new Set(claims.flatMap(contentWords));
  const reference = highlights.flatMap(contentWords);
  return reference.length ? reference.filter((t) => claimed.has(t)).length / reference.length : 1;
}

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
  const coverage = highlightCoverage(
    highlights,
    claims.map((c) => c.text),
  );
  const lines = [
    `${article.id.padEnd(28)} coverage ${coverage.toFixed(3)}  (${claims.length} claims)`,
  ];
  const people = indexPeople(summary.sentences.map((s) => s.text));
  let right = 0;
  // Every gold sentence read as if it were a claim: its phrase, then the source it names.
  const phrases = new Map<number, string>();
  for (const g of attributions) {
    const i = summary.sentences.findIndex((s) => s.text.startsWith(g.sentence));
    const phrase = claimAttributionAt(summary.sentences, i, people);
    if (phrase) phrases.set(i, phrase);
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

/** Claims scored against a reference summary (unit: claims). */
export const ROUGE_CLAIMS = 3;
/** Lead-3 takes the first sentences with at least this many words (unit: words). */
const LEAD_MIN_WORDS = 6;
/** --check on reference summaries: top-3 ROUGE-1 F at least this much above Lead-3 on held-out. */
const TARGET_ROUGE1_GAIN = 0.03;

/** Lead-3: the story's first three sentences of at least six words. */
export function leadSentences(
  sentences: readonly { text: string }[],
  count = ROUGE_CLAIMS,
): string[] {
  return sentences
    .map((s) => s.text)
    .filter((t) => wordCount(t) >= LEAD_MIN_WORDS)
    .slice(0, count);
}

export interface RougeScore {
  id: string;
  split: string;
  claims: Rouge;
  lead: Rouge;
  lines: string[];
}

/** Scores one article's top claims and its Lead-3 against its reference summary. */
export function scoreClaimsRouge(
  article: EvalArticle,
  summary: OkSummary,
  verbose: boolean,
): RougeScore {
  const reference = (article.raw.summary ?? []) as string[];
  const claims = summary.claims.slice(0, ROUGE_CLAIMS);
  const lead = leadSentences(summary.sentences);
  const score = {
    id: article.id,
    split: String(article.raw.split ?? 'all'),
    claims: rouge(
      claims.map((c) => c.text),
      reference,
    ),
    lead: rouge(lead, reference),
  };
  const lines = verbose
    ? [
        `${article.id.padEnd(24)} ${score.split.padEnd(8)} R1 claims ${score.claims.r1.toFixed(3)}  lead ${score.lead.r1.toFixed(3)}`,
        ...claims.map((c) => `    [${c.sentence}] ${c.score.toFixed(3)} ${c.text.slice(0, 110)}`),
      ]
    : [];
  return { ...score, lines };
}

const meanRouge = (rs: Rouge[]): Rouge => ({
  r1: mean(rs.map((r) => r.r1)),
  r2: mean(rs.map((r) => r.r2)),
  rl: mean(rs.map((r) => r.rl)),
});

/** Per-split table of mean ROUGE F (claims beside Lead-3) and whether held-out meets the target. */
export function reportClaimsRouge(scores: RougeScore[]): {
  lines: string[];
  ok: boolean;
  totals: Record<string, { n: number; claims: Rouge; lead: Rouge }>;
} {
  const lines = scores.flatMap((s) => s.lines);
  const splits = [...new Set(scores.map((s) => s.split))].sort();
  const totals: Record<string, { n: number; claims: Rouge; lead: Rouge }> = {};
  lines.push(
    `\nROUGE F, top-${ROUGE_CLAIMS} claims vs Lead-3 (first 3 sentences of >= ${LEAD_MIN_WORDS} words)`,
    'split       n   |  R1 claims  lead   gain |  R2 claims  lead   gain |  RL claims  lead   gain',
  );
  for (const split of splits) {
    const part = scores.filter((s) => s.split === split);
    const claims = meanRouge(part.map((s) => s.claims));
    const lead = meanRouge(part.map((s) => s.lead));
    totals[split] = { n: part.length, claims, lead };
    const cell = (k: keyof Rouge) =>
      `${claims[k].toFixed(3).padStart(9)} ${lead[k].toFixed(3)} ${(claims[k] - lead[k] >= 0 ? '+' : '') + (claims[k] - lead[k]).toFixed(3)}`;
    lines.push(
      `${split.padEnd(9)} ${String(part.length).padStart(3)}   |${cell('r1')} |${cell('r2')} |${cell('rl')}`,
    );
  }
  const held = totals.heldout;
  const ok = held !== undefined && held.claims.r1 >= held.lead.r1 + TARGET_ROUGE1_GAIN;
  lines.push(
    held
      ? `target: held-out R1 claims >= Lead-3 + ${TARGET_ROUGE1_GAIN} (${ok ? 'met' : 'not met'})`
      : 'target: no held-out split in this set',
  );
  return { lines, ok, totals };
}
