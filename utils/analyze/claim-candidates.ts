/**
 * Claim candidates: the sentences of a story that can be claims, each with the features that rank
 * it (utils/analyze/claims.ts weighs them). Headings, page furniture (NOT_A_CLAIM), sentences that
 * are mostly a quote nobody is named for, and background biography are left out here.
 */
import { wordCount } from '../extract/words';
import type { Figure, Quote, Sentence } from '../summary';
import type { AnnotatedDocument } from './annotate';
import { cosine, lexRank, norm } from './lex-rank';
import { CAPITALIZED_STOPWORDS } from './lexicon';
import { type Token, tokenize } from './tokens';

/** Share of a sentence's characters inside quotation marks above which it is a quote (unit: share). */
const QUOTE_COVERAGE_MAX = 0.6;
/** Sentences with fewer words are headings or fragments (unit: words). */
const MIN_CLAIM_WORDS = 6;
/** Figures at which that signal saturates (unit: figures per sentence). */
const FIGURES_SATURATION = 2;
/** Content words at which the length signal saturates (unit: distinct content words). */
const LENGTH_SATURATION = 20;
/** Main entities: the story's most repeated capitalized words, at most this many (unit: words). */
const MAIN_ENTITIES = 5;
/** A sentence mentioning this many main entities gets the full entity signal (unit: entities). */
const ENTITIES_SATURATION = 2;
/** Score multiplier for a sentence carrying a background biography clause (unit: factor). */
const BIOGRAPHY_PENALTY = 0.6;
/** Words left once a biography clause is removed below which the sentence is only background. */
const MIN_REMAINDER_WORDS = 9;

/** The first candidate sentences each get their own prior (the lede effect; unit: ranks). */
const LEDE_RANKS = 3;
/** The rest share a prior by their tenth of the story (unit: buckets). */
const POSITION_TENTHS = 10;

/** The prior's bucket of a candidate: its rank for the first LEDE_RANKS, then its tenth of the story. */
export function positionBucket(rank: number, candidates: number): number {
  if (rank < LEDE_RANKS) return rank;
  return (
    LEDE_RANKS + Math.min(POSITION_TENTHS - 1, Math.floor((POSITION_TENTHS * rank) / candidates))
  );
}

/**
 * Position prior by bucket (positionBucket): the share of candidate sentences the BBC News Summary
 * dev split's reference summaries keep, made non-increasing and scaled so the first sentence is 1.
 * Fitted by scripts/eval/tune-claims.ts.
 */
export const POSITION_PRIOR: readonly number[] = [
  1, 0.61, 0.61, 0.61, 0.61, 0.61, 0.61, 0.61, 0.57, 0.54, 0.5, 0.5, 0.4,
];

/** The features that make a sentence a claim, each within 0..1. */
export interface ClaimFeatures {
  /** Learned prior of its place among the story's candidate sentences (POSITION_PRIOR). */
  position: number;
  /** LexRank centrality, scaled so the story's most central sentence is 1. */
  centrality: number;
  /** Cosine similarity of its content words with the headline's and standfirst's. */
  headline: number;
  /** Figures it states, saturating at FIGURES_SATURATION. */
  figures: number;
  /** 1 when it names its source (an attribution phrase or a reporting verb's subject). */
  source: number;
  /** Share of the story's main entities it mentions, saturating at ENTITIES_SATURATION. */
  entities: number;
  /** Distinct content words, saturating at LENGTH_SATURATION. */
  length: number;
}

/** Words that carry no content for overlap measures. */
const STOPWORDS = new Set(
  'a an the of in on at to for from by with as than that this these those which who whom whose what when where while and or but nor not no is are was were be been being has have had do does did will would could should may might must can it its their his her our your my they he she we you i said says say also after before over into about more most other some any all such only there here if then so up out just told according'.split(
    ' ',
  ),
);

/**
 * Page furniture that is never a claim, one row each, with an invented example; a sentence any
 * row matches is dropped. Evidence: bylines, credits and reading prompts slip through extraction
 * on agency and tabloid pages (tests/fixtures: contributor-credits-and-share-line,
 * photo-credit-caption-and-deck-before-lede, image-caption-with-glued-photo-credit).
 */
export const NOT_A_CLAIM: readonly { name: string; example: string; test: RegExp }[] = [
  {
    name: 'byline or reporting credit',
    example: 'Reporting by Ann Lee in Lagos; Editing by Tom Hart.',
    test: /^(?:by|written by|(?:additional )?reporting by|edited by|editing by|compiled by|writing by)\s+\p{Lu}/iu,
  },
  {
    name: 'photo or image credit',
    example: 'Photo: Jane Doe/Getty Images. The flooded square on Monday.',
    test: /^(?:photo(?:graph)?s?|pictures?|images?|video)(?:\s+(?:credit|copyright|caption))?\s*(?::|by\b)|\b(?:getty images|afp via getty|reuters\/[\p{Lu}]|ap photo|image copyright|image caption)\b/iu,
  },
  {
    name: 'read more or follow prompt',
    example: 'Read more: How the port reopened after the storm.',
    test: /^(?:read (?:more|also|next)|see also|related|click here|sign up|subscribe|follow (?:us|him|her|them)|watch|listen)\b|\bread more\s*[:»›]/iu,
  },
];

/** Background biography: "who emigrated … in 1973", "previously served as", "was born in". */
const BIOGRAPHY =
  /\b(?:who|which)\s+(?:previously|formerly|once|emigrated|was born|grew up|served|founded|joined|studied)\b|\b(?:previously|formerly) (?:served|worked|was)\b|\bwas born in\b|\bemigrated\b|\bfounded in \d{4}\b/i;

/** A word token as a lowercased content term for overlap measures, or null for a stopword. */
function term(token: string): string | null {
  let t = token.toLowerCase();
  if (t.endsWith("'s") || t.endsWith('’s')) t = t.slice(0, -2);
  if (t.includes('.') || t.includes("'") || t.includes('’')) t = t.replace(/[.'’]/gu, '');
  if (t.length < 2 || STOPWORDS.has(t)) return null;
  // A light plural strip so "profits" meets "profit" (not "ss": "loss", "press").
  return t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t;
}

/** A sentence's content-term counts and its entity terms (capitalized words after the first). */
function readTerms(
  tokens: readonly Token[],
  termOf: (token: string) => string | null,
): { counts: Map<string, number>; entities: Set<string> } {
  const counts = new Map<string, number>();
  const entities = new Set<string>();
  tokens.forEach((token, k) => {
    const t = termOf(token.text);
    if (!t) return;
    counts.set(t, (counts.get(t) ?? 0) + 1);
    // A cheap named-entity reading: a capitalized word that does not merely start the sentence.
    const first = token.text.charAt(0);
    if (k > 0 && first !== first.toLowerCase() && !CAPITALIZED_STOPWORDS.has(t)) entities.add(t);
  });
  return { counts, entities };
}

/** `term` remembered per story: a long story repeats its words many times. */
function memoTerm(): (token: string) => string | null {
  const memo = new Map<string, string | null>();
  return (token) => {
    let t = memo.get(token);
    if (t === undefined) {
      t = term(token);
      memo.set(token, t);
    }
    return t;
  };
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

/** A sentence that can be a claim, with its features and its content-word vector. */
export interface ClaimCandidate {
  /** Index into the document's sentences. */
  position: number;
  /** Rank among the story's candidate sentences (0 = the first sentence that can be a claim). */
  rank: number;
  sentence: Sentence;
  features: ClaimFeatures;
  /** Multiplier from the biography rule (1 when the sentence is no background). */
  penalty: number;
  vector: Map<string, number>;
  vectorNorm: number;
  /** The speaker when the sentence is mostly a direct quote, else null. */
  quoteSpeaker: string | null;
}

/** Why a sentence is not a claim, or null when it can be one. */
function rejection(text: string, quoted: number, speaker: string | null): string | null {
  if (isHeading(text)) return 'heading';
  const furniture = NOT_A_CLAIM.find((row) => row.test.test(text));
  if (furniture) return furniture.name;
  // A sentence that is mostly a quote is a claim only when the story says who said it.
  if (quoted > QUOTE_COVERAGE_MAX && speaker === null) return 'unattributed quote';
  return null;
}

/** The candidate sentences of a story with the features that rank them. */
export function claimCandidates(
  doc: AnnotatedDocument,
  context: { quotes: Quote[]; figures: Figure[]; standfirst?: string | null },
): ClaimCandidate[] {
  const { sentences } = doc;
  if (sentences.length === 0) return [];
  const termOf = memoTerm();
  const read = sentences.map((_, i) => readTerms(doc.tokens[i] ?? [], termOf));
  const counts = read.map((r) => r.counts);
  // TF-IDF with the story's sentences as documents: words every sentence uses weigh little.
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log((sentences.length + 1) / ((df.get(t) ?? 0) + 0.5));
  const vectors = counts.map((c) => {
    const v = new Map<string, number>();
    for (const [t, k] of c) v.set(t, k * idf(t));
    return v;
  });
  const norms = vectors.map(norm);
  const centrality = lexRank(vectors, norms);

  const headlineCounts = readTerms(
    tokenize(`${doc.title} ${context.standfirst ?? ''}`),
    termOf,
  ).counts;
  const headlineNorm = norm(headlineCounts);

  // Main entities: capitalized words named in the most sentences (at least two), first seen first.
  const entitySentences = new Map<string, number>();
  const entitiesOf = read.map((r) => r.entities);
  for (const set of entitiesOf)
    for (const t of set) entitySentences.set(t, (entitySentences.get(t) ?? 0) + 1);
  const main = new Set(
    [...entitySentences]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAIN_ENTITIES)
      .map(([t]) => t),
  );

  const quotesBySentence = new Map<number, Quote[]>();
  for (const q of context.quotes)
    quotesBySentence.set(q.sentence, [...(quotesBySentence.get(q.sentence) ?? []), q]);
  const figuresBySentence = new Map<number, number>();
  for (const f of context.figures)
    figuresBySentence.set(f.sentence, (figuresBySentence.get(f.sentence) ?? 0) + 1);

  const candidates: ClaimCandidate[] = [];
  sentences.forEach((sentence, i) => {
    const text = sentence.text;
    const quotes = quotesBySentence.get(sentence.index) ?? [];
    const quoted = quotedShare(text, quotes);
    const speaker =
      quoted > QUOTE_COVERAGE_MAX ? (quotes.find((q) => q.speaker)?.speaker ?? null) : null;
    if (rejection(text, quoted, speaker)) return;
    let penalty = 1;
    // A biography clause inside a claim ("Putin, who previously served as…, made the decision")
    // dilutes it; when little remains once the clause is removed, the sentence is background.
    if (BIOGRAPHY.test(text)) {
      const remainder = text
        .replace(/,\s(?:who|which)\s[^,]*(?:,|$)/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
      const opensWithBiography =
        text.search(BIOGRAPHY) < text.length / 4 && !/,\s(?:who|which)\s/.test(text);
      if (opensWithBiography || remainder.length < MIN_REMAINDER_WORDS) return;
      penalty = BIOGRAPHY_PENALTY;
    }
    const vector = vectors[i] ?? new Map<string, number>();
    const own = counts[i] ?? new Map<string, number>();
    let mainShared = 0;
    for (const t of entitiesOf[i] ?? []) if (main.has(t)) mainShared++;
    const rank = candidates.length;
    candidates.push({
      position: i,
      rank,
      sentence,
      features: {
        position: 0,
        centrality: centrality[i] ?? 0,
        headline: cosine(own, headlineCounts, norm(own), headlineNorm),
        figures: Math.min(1, (figuresBySentence.get(sentence.index) ?? 0) / FIGURES_SATURATION),
        source: doc.attributions[i] || doc.speechSubjects[i] ? 1 : 0,
        entities: main.size
          ? Math.min(1, mainShared / Math.min(ENTITIES_SATURATION, main.size))
          : 0,
        length: Math.min(1, own.size / LENGTH_SATURATION),
      },
      penalty,
      vector,
      vectorNorm: norms[i] ?? 0,
      quoteSpeaker: speaker,
    });
  });
  for (const c of candidates)
    c.features.position = POSITION_PRIOR[positionBucket(c.rank, candidates.length)] ?? 0;
  return candidates;
}
