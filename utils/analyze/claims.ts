import { wordCount } from '../extract/words';
import type { Claim, Figure, Quote, Sentence } from '../summary';
import type { AnnotatedDocument } from './annotate';
import { claimAttribution } from './attribution';

/*
 * Claims: the sentences that carry the story, most important first.
 *
 * Each candidate sentence gets a weighted score from signals that need no model: position (the
 * lede carries the story in news writing), overlap with the headline, centrality (similarity to
 * the rest of the story), figures, named entities and attribution. Sentences that are mostly a
 * direct quote, headings and background biography are not claims; near-duplicates are dropped.
 */

/** Number of claims returned when the caller gives no limit. */
export const DEFAULT_CLAIM_LIMIT = 5;

/** Token Jaccard similarity above which a sentence repeats a better claim (unit: share 0..1). */
const NEAR_DUPLICATE_JACCARD = 0.5;
/** Share of a sentence's characters inside quotation marks above which it is a quote, not a claim. */
const QUOTE_COVERAGE_MAX = 0.6;
/** Sentences with fewer words are headings or fragments (unit: words). */
const MIN_CLAIM_WORDS = 6;
/** Position decay: the lede weight halves every this many sentences (unit: sentences). */
const LEDE_HALF_LIFE = 3;
/** Figures and capitalized words at which those signals saturate (unit: count per sentence). */
const FIGURES_SATURATION = 2;
const ENTITIES_SATURATION = 4;
/** Score multiplier for a sentence carrying a background biography clause (unit: factor). */
const BIOGRAPHY_PENALTY = 0.6;
/** Words left once a biography clause is removed below which the sentence is only background. */
const MIN_REMAINDER_WORDS = 9;

/** Signal weights; they sum to 1 so the score stays within 0..1. */
const WEIGHTS = {
  lede: 0.3,
  headline: 0.22,
  centrality: 0.22,
  figures: 0.1,
  entities: 0.06,
  attribution: 0.1,
} as const;

const STOPWORDS = new Set(
  'a an the of in on at to for from by with as than that this these those which who whom whose what when where while and or but nor not no is are was were be been being has have had do does did will would could should may might must can it its their his her our your my they he she we you i said says say also after before over into about more most other some any all such only its there here if then so up out just would told according'.split(
    ' ',
  ),
);

/** Background biography: "who emigrated … in 1973", "previously served as", "was born in". */
const BIOGRAPHY =
  /\b(?:who|which)\s+(?:previously|formerly|once|emigrated|was born|grew up|served|founded|joined|studied)\b|\b(?:previously|formerly) (?:served|worked|was)\b|\bwas born in\b|\bemigrated\b|\bfounded in \d{4}\b/i;

/**
 * Lowercased content tokens with a light plural strip, for overlap measures. Not the analysis's
 * tokenizer (tokens.ts) on purpose for now: moving the ranking onto it shifts every claim score;
 * TODO [2027-01-15]: move with the claims-ranking rework (issue 16), which re-tunes the weights.
 */
function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((t) => !STOPWORDS.has(t) && t.length > 1)
    .map((t) => t.replace(/['’]s$/, '').replace(/(?<=[^s])s$/, ''));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * For each set, its mean cosine similarity to every other set, in linear time. Cosine of binary
 * vectors is |a ∩ b| / sqrt(|a| |b|), so summing over b regroups per token t of a as
 * Σ_{b ∋ t} 1 / sqrt(|b|): one weight per token, computed once. Equal to the pairwise sum.
 */
function meanCosineToOthers(sets: Set<string>[]): number[] {
  const weight = new Map<string, number>();
  for (const set of sets) {
    if (set.size === 0) continue;
    const share = 1 / Math.sqrt(set.size);
    for (const token of set) weight.set(token, (weight.get(token) ?? 0) + share);
  }
  return sets.map((set) => {
    if (set.size === 0) return 0;
    const own = 1 / Math.sqrt(set.size);
    let sum = 0;
    for (const token of set) sum += (weight.get(token) ?? 0) - own;
    return (sum * own) / Math.max(1, sets.length - 1);
  });
}

/** Share of the sentence's characters inside quotation marks (curly or straight). */
function quotedShare(text: string, quotes: Quote[]): number {
  let covered = 0;
  for (const m of text.matchAll(/[“"«]([^”"»]+)(?:[”"»]|$)|^([^“"«]+)”/g)) covered += m[0].length;
  for (const q of quotes) {
    if (text.includes(q.text)) covered = Math.max(covered, q.text.length);
  }
  return Math.min(1, covered / Math.max(1, text.length));
}

/** Whether a sentence is a heading: too short, all capitals, or without closing punctuation. */
function isHeading(text: string): boolean {
  // Words in every script: a Chinese or Thai sentence has no spaces between its words.
  if (wordCount(text) < MIN_CLAIM_WORDS) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  // All capitals ("BREAKING NEWS"), in scripts that have capitals at all (not Arabic or Chinese).
  if (letters && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return true;
  return !/[.!?…"”’')\]。！？」』؟۔]$/u.test(text.trim());
}

/** Capitalized words not at the start of the sentence: a cheap named-entity count. */
function entityCount(text: string): number {
  const words = text.split(/\s+/).slice(1);
  return words.filter((w) => /^[“"‘(]?\p{Lu}[\p{L}’'.-]+/u.test(w)).length;
}

/** Ranks sentences by how much they carry the story and returns the top claims with attribution. */
export function rankClaims(
  doc: AnnotatedDocument,
  context: { quotes: Quote[]; figures: Figure[]; limit?: number },
): Claim[] {
  const { sentences, people } = doc;
  const limit = context.limit ?? DEFAULT_CLAIM_LIMIT;
  if (limit <= 0 || sentences.length === 0) return [];
  const sets = sentences.map((s) => new Set(tokens(s.text)));
  const title = new Set(tokens(doc.title));
  const quotesBySentence = new Map<number, Quote[]>();
  for (const q of context.quotes)
    quotesBySentence.set(q.sentence, [...(quotesBySentence.get(q.sentence) ?? []), q]);
  const figuresBySentence = new Map<number, number>();
  for (const f of context.figures)
    figuresBySentence.set(f.sentence, (figuresBySentence.get(f.sentence) ?? 0) + 1);

  const centralityRaw = meanCosineToOthers(sets);
  const maxCentrality = Math.max(...centralityRaw, Number.EPSILON);

  const candidates: { sentence: Sentence; score: number; set: Set<string> }[] = [];
  sentences.forEach((sentence, i) => {
    const text = sentence.text;
    if (isHeading(text)) return;
    if (quotedShare(text, quotesBySentence.get(sentence.index) ?? []) > QUOTE_COVERAGE_MAX) return;
    const set = sets[i] ?? new Set<string>();
    const lede = 0.5 ** (i / LEDE_HALF_LIFE);
    let titleShared = 0;
    for (const t of title) if (set.has(t)) titleShared++;
    const headline = title.size ? titleShared / title.size : 0;
    const centrality = (centralityRaw[i] ?? 0) / maxCentrality;
    const figures = Math.min(1, (figuresBySentence.get(sentence.index) ?? 0) / FIGURES_SATURATION);
    const entities = Math.min(1, entityCount(text) / ENTITIES_SATURATION);
    const attribution = doc.attributions[i] ? 1 : 0;
    let score =
      WEIGHTS.lede * lede +
      WEIGHTS.headline * headline +
      WEIGHTS.centrality * centrality +
      WEIGHTS.figures * figures +
      WEIGHTS.entities * entities +
      WEIGHTS.attribution * attribution;
    // A biography clause inside a claim ("Putin, who previously served as…, made the decision") dilutes
    // it; when little remains once the clause is removed, the sentence is background, not a claim.
    if (BIOGRAPHY.test(text)) {
      const remainder = text
        .replace(/,\s(?:who|which)\s[^,]*(?:,|$)/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
      const opensWithBiography =
        text.search(BIOGRAPHY) < text.length / 4 && !/,\s(?:who|which)\s/.test(text);
      if (opensWithBiography || remainder.length < MIN_REMAINDER_WORDS) return;
      score *= BIOGRAPHY_PENALTY;
    }
    candidates.push({ sentence, score, set });
  });

  // Highest score first; ties broken by story position.
  candidates.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (chosen.length >= limit) break;
    if (chosen.some((k) => jaccard(k.set, c.set) > NEAR_DUPLICATE_JACCARD)) continue;
    chosen.push(c);
  }
  const position = new Map(sentences.map((s, i) => [s.index, i]));
  return chosen.map(({ sentence, score }) => {
    const i = position.get(sentence.index) ?? 0;
    const previous = sentences.slice(Math.max(0, i - 3), i).map((s) => s.text);
    return {
      sentence: sentence.index,
      text: sentence.text,
      score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
      attribution: claimAttribution(sentence.text, people, previous),
    };
  });
}
