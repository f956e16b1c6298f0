/**
 * Figure scorer (team gold, tests/gold/figures.json):
 * - key recall: share of key gold figures found (a prediction contains the gold number token and
 *   overlaps the gold value);
 * - precision: share of predictions that match any gold figure (key or not);
 * - noise: predictions that are dates, years, times, phone numbers or other listed non-figures;
 * - measures: for gold figures that give a `measures` phrase, the share whose matched prediction
 *   says it readably: at most MAX_MEASURE_WORDS words covering MEASURE_OVERLAP of the gold words;
 * - coverage: the mean share of the gold description's content words the matched prediction's
 *   `measures` contains (a missed figure scores 0), the issue-12 measure of label quality;
 * - bad labels: the share of predicted figures whose `measures` is a bare category word
 *   ("amount", "share", "duration"), empty, ends on a function word, or holds a word cut from a
 *   longer word of its sentence ("uesday").
 */
import type { Figure, OkSummary } from '../../utils/summary';
import type { EvalArticle } from './sets';
import { mean, sum, tokens } from './text';

interface GoldFigure {
  value: string;
  key: boolean;
  /** What a reader should understand the figure measures, without the sentence. */
  measures?: string;
}

/** Longest readable `measures` phrase (unit: words). */
const MAX_MEASURE_WORDS = 8;
/** Share of the gold measure's content words a prediction must contain (unit: share 0–1). */
const MEASURE_OVERLAP = 0.6;
const MEASURE_STOPWORDS = new Set('a an the of in on by to for with at from'.split(' '));
const measureWords = (text: string): string[] =>
  tokens(text).filter((w) => !MEASURE_STOPWORDS.has(w));

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

const WORD_NUMBERS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens twice half quarters'.split(
    ' ',
  ),
);
const numberTokens = (value: string): string[] =>
  (value.toLowerCase().match(/\d[\d,.]*\d|\d|[a-z]+/g) ?? []).filter(
    (t) => /\d/.test(t) || WORD_NUMBERS.has(t),
  );

function wordsOverlap(a: string, b: string): boolean {
  const wa = new Set(a.split(/\s+/));
  return b.split(/\s+/).filter((w) => wa.has(w)).length >= 2;
}

/**
 * Whether a predicted value stands for the gold value: shares its first number token and overlaps
 * it. A gold value with no number token ("about an hour", "almost a decade": ANNOTATION.md counts
 * approximate durations) must be contained in the prediction or contain it, whole words.
 */
export function valueMatches(predicted: string, gold: string): boolean {
  const p = predicted.toLowerCase();
  const g = gold.toLowerCase();
  const token = numberTokens(g)[0];
  if (!token) {
    const words = (text: string) => ` ${tokens(text).join(' ')} `;
    const [wp, wg] = [words(p), words(g)];
    return wg.trim() !== '' && wp.trim() !== '' && (wp.includes(wg) || wg.includes(wp));
  }
  if (!numberTokens(p).includes(token)) return false;
  return p.includes(g) || g.includes(p) || wordsOverlap(p, g);
}
const matches = valueMatches;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isNoise(value: string, notFigures: string[]): boolean {
  if (NOISE_SHAPES.some((shape) => shape.test(value))) return true;
  const v = value.toLowerCase();
  return notFigures.some((n) => {
    const nl = n.toLowerCase();
    return v === nl || new RegExp(`(?:^|\\s)${escapeRegExp(nl)}(?:$|\\s)`).test(v);
  });
}

/** Category words that say nothing alone (what `measures` falls back to when no rule answers). */
const BARE_CATEGORIES = new Set(
  'share amount number duration length distance area weight speed volume temperature energy power data figure total value count rate level'.split(
    ' ',
  ),
);
const LABEL_END_WORDS = new Set(
  'a an the of in on by to for with at from and or but that which who is was are were has had toward'.split(
    ' ',
  ),
);

/** Why a predicted `measures` is not a description (bare category, fragment, cut word), or null. */
export function badLabel(measures: string, sentence: string): string | null {
  const m = measures.trim().toLowerCase();
  if (!m) return 'empty';
  if (BARE_CATEGORIES.has(m)) return 'bare category';
  const words = tokens(m);
  if (LABEL_END_WORDS.has(words.at(-1) ?? '') || m.endsWith(':')) return 'fragment';
  const sentenceWords = new Set(tokens(sentence));
  const lowerSentence = sentence.toLowerCase();
  for (const w of words)
    if (w.length > 2 && !sentenceWords.has(w) && lowerSentence.includes(w)) {
      // A generated word ("rise", "held") is fine; a slice of a sentence word is a cut.
      const cut = new RegExp(`\\p{L}${w}|${w}\\p{L}`, 'u').test(lowerSentence);
      if (cut && !/^(?:rise|fall|share|amount|number|age|cost|value|of|by)$/.test(w))
        return 'cut word';
    }
  return null;
}

/** Share of the gold description's content words that a predicted `measures` contains (unit: 0–1). */
function coverage(predicted: string, gold: string): number {
  const p = new Set(measureWords(predicted));
  const g = measureWords(gold);
  return g.length > 0 ? g.filter((w) => p.has(w)).length / g.length : 0;
}

export interface FigureScore {
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
  /** Sum of `coverage` over gold figures with a `measures` phrase. */
  coverageSum: number;
  badLabels: string[];
}

/** Scores one article's figures against its gold figures. */
export function scoreFigures(article: EvalArticle, summary: OkSummary): FigureScore {
  const gold = (article.raw.figures ?? []) as GoldFigure[];
  const notFigures = (article.raw.notFigures ?? []) as string[];
  const predicted = summary.figures;
  const used = new Set<number>();
  let measuresGold = 0;
  let measuresRight = 0;
  let coverageSum = 0;
  const measureProblems: string[] = [];
  // A change shows both ends and its size, a conversion both units: each can stand for a gold value.
  const valuesOf = (p: Figure): string[] => [
    p.value,
    ...[p.change?.from, p.change?.by].filter((v): v is string => Boolean(v)),
    ...(p.alsoWritten ?? []),
  ];
  const usedValues = new Set<string>();
  const goldMatched = gold.map((g) => {
    const i = predicted.findIndex((p, k) =>
      valuesOf(p).some((v, j) => !usedValues.has(`${k}|${j}`) && matches(v, g.value)),
    );
    if (i >= 0) {
      const j = valuesOf(predicted[i] as Figure).findIndex(
        (v, j) => !usedValues.has(`${i}|${j}`) && matches(v, g.value),
      );
      usedValues.add(`${i}|${j}`);
    }
    if (i >= 0) used.add(i);
    if (g.measures) {
      measuresGold++;
      const got = predicted[i]?.measures ?? '(not found)';
      if (i >= 0) coverageSum += coverage(got, g.measures);
      if (readableMeasure(got, g.measures)) measuresRight++;
      else measureProblems.push(`${g.value}: gold “${g.measures}”, got “${got}”`);
    }
    return i >= 0;
  });
  const keys = gold.filter((g) => g.key);
  const keyFound = gold.filter((g, i) => g.key && goldMatched[i]).length;
  const unmatched = predicted.filter((_, k) => !used.has(k));
  return {
    id: article.id,
    keyRecall: keys.length ? keyFound / keys.length : 1,
    precision: predicted.length ? used.size / predicted.length : 1,
    noise: unmatched.filter((p) => isNoise(p.value, notFigures)).map((p) => p.value),
    missed: gold.filter((g, i) => g.key && !goldMatched[i]).map((g) => g.value),
    unmatched: unmatched.map((p) => p.value),
    predicted,
    measuresGold,
    measuresRight,
    measureProblems,
    coverageSum,
    badLabels: predicted.flatMap((p) => {
      const why = badLabel(p.measures, summary.sentences[p.sentence]?.text ?? '');
      return why ? [`${p.value} → “${p.measures}” (${why})`] : [];
    }),
  };
}

/** Minimum mean key-figure recall for --check (unit: share of key gold figures). */
const TARGET_KEY_RECALL = 0.95;
/** Maximum predicted noise figures over the whole gold set for --check (unit: figures). */
const TARGET_MAX_NOISE = 0;
/** Minimum share of gold `measures` phrases rendered readably for --check. */
const TARGET_MEASURES = 0.8;

/** Per-article lines, the mean line and whether the --check targets are met. */
export function reportFigures(
  scores: FigureScore[],
  verbose: boolean,
): { lines: string[]; ok: boolean } {
  const lines: string[] = [];
  for (const s of scores) {
    lines.push(
      `${s.id.padEnd(28)} keyRecall ${s.keyRecall.toFixed(3)}  precision ${s.precision.toFixed(3)}  noise ${s.noise.length}`,
    );
    if (s.missed.length) lines.push(`  missed: ${s.missed.join(' | ')}`);
    if (s.noise.length) lines.push(`  noise: ${s.noise.join(' | ')}`);
    for (const m of s.measureProblems) lines.push(`  measures: ${m}`);
    for (const b of s.badLabels) lines.push(`  bad label: ${b}`);
    if (verbose) {
      if (s.unmatched.length) lines.push(`  unmatched: ${s.unmatched.join(' | ')}`);
      for (const f of s.predicted)
        lines.push(`    [${f.sentence}] ${f.kind.padEnd(7)} ${f.value}  →  ${f.measures}`);
    }
  }
  const keyRecall = mean(scores.map((s) => s.keyRecall));
  const precision = mean(scores.map((s) => s.precision));
  const noise = sum(scores, (s) => s.noise.length);
  const measuresGold = sum(scores, (s) => s.measuresGold);
  const measures = sum(scores, (s) => s.measuresRight) / Math.max(1, measuresGold);
  const cover = sum(scores, (s) => s.coverageSum) / Math.max(1, measuresGold);
  const predictedCount = sum(scores, (s) => s.predicted.length);
  const bad = sum(scores, (s) => s.badLabels.length) / Math.max(1, predictedCount);
  lines.push(
    `\nMEAN over ${scores.length} articles: keyRecall ${keyRecall.toFixed(3)}  precision ${precision.toFixed(3)}  noise ${noise}  measures ${measures.toFixed(3)} (${measuresGold} gold)  coverage ${cover.toFixed(3)}  badLabels ${bad.toFixed(3)} (${predictedCount} figures)`,
  );
  const ok =
    keyRecall >= TARGET_KEY_RECALL && noise <= TARGET_MAX_NOISE && measures >= TARGET_MEASURES;
  if (!ok)
    lines.push(
      `targets: keyRecall >= ${TARGET_KEY_RECALL}, noise <= ${TARGET_MAX_NOISE}, measures >= ${TARGET_MEASURES}`,
    );
  return { lines, ok };
}
