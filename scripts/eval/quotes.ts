/**
 * Quote scorer: quote precision and recall, speaker accuracy and speaker coverage, and the error
 * counts by category that the issue notes report.
 * - A prediction matches a gold quote when their distinct tokens overlap by at least
 *   MATCH_OVERLAP of the shorter one; matching is one-to-one, best pairs first (`pairQuotes`),
 *   so each prediction goes to the gold quote it best reproduces.
 * - Sets that list full quotes only (the team's gold) do not score partial predictions.
 * - An unmatched prediction that only repeats a gold quote (a subhead repeating it, or the author
 *   re-quoting it or a fragment of it later) is optional, as ANNOTATION.md says: not scored.
 * - Speaker accuracy is over matched quotes whose gold speaker is a name or description
 *   (PolNeAR pronoun-only speakers are left out, as its README advises, and so are gold speakers
 *   that name nobody: `namesNobody`). A definite description ("the retired surgeon") is also
 *   answered by the name the article gives it (`articleNames`); coverage is the share of
 *   matched quotes whose text says who (name, description or pronoun) that get any speaker.
 */
import type { OkSummary, Quote } from '../../utils/summary';
import type { EvalArticle, GoldQuote } from './sets';
import { overlap, ratio, sum, tokens } from './text';

/**
 * Token overlap over the shorter quote from which two quotes are the same (unit: share 0–1):
 * ANNOTATION.md's "containment or token overlap ≥ 0.8".
 */
export const MATCH_OVERLAP = 0.8;
/** Quotes of at most this many words count as short in the error breakdown (unit: words). */
const SHORT_QUOTE_WORDS = 3;
/**
 * Courtesy, political and royal titles dropped before comparing names ("Mr. Moffett" = "Toby
 * Moffett", "Prince Faisal" = "Faisal bin Salman"): ANNOTATION.md ignores titles.
 */
const TITLES = new Set(
  'mr mrs ms miss dr sen senator rep representative gov governor president gen rev prof prince princess sheikh king queen sir dame'.split(
    ' ',
  ),
);
/** Words after which a description's head noun has ended ("a spokesman for the campaign"). */
const HEAD_END = new Set('of for at in with who that which from on to'.split(' '));

/** Reflexives that only stress a named speaker ("Cruz himself" = Cruz). */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);

const nameTokens = (name: string): string[] => {
  const t = tokens(name)
    .map((w) => w.replace(/'s$/u, ''))
    .filter((w, i) => i === 0 || !REFLEXIVES.has(w));
  while (t.length > 1 && TITLES.has(t[0] ?? '')) t.shift();
  return t;
};

/**
 * A gold speaker that names nobody: an annotation slip that caught the reporting verb ("said",
 * "asked", "said in a statement", "According to"), a first-person pronoun ("me") or a single
 * letter. ANNOTATION.md gives every quote a person, organisation or description: these quotes
 * are left out of speaker accuracy, as pronoun-only speakers are.
 */
export function namesNobody(gold: string): boolean {
  return (
    /^(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|according to)\b/iu.test(
      gold.trim(),
    ) ||
    /^(?:i|me|we|us)$/iu.test(gold.trim()) ||
    gold.trim().length < 2
  );
}

/** Titles written abbreviated before a name, by the head noun they abbreviate. */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  senator: 'sen',
  governor: 'gov',
  representative: 'rep',
  general: 'gen',
  professor: 'prof',
  reverend: 'rev',
};

/** Words of a description before its head noun that may sit between an article and the head. */
const APPOSITIVE_WORDS = 4;

/**
 * Whether the article gives a named speaker the gold description: ANNOTATION.md asks for "the
 * fullest name the article gives anywhere", so "the retired surgeon" is rightly answered "Ana
 * Lima" when the article says "Ana Lima, a retired surgeon" or "retired surgeon Ana Lima". Only
 * those two explicit forms count (a name with the description's head noun set off after it, or
 * the head noun as a title before it, abbreviated or not: "Sen. Ana Lima" for "the senator");
 * the tool's own coreference is never consulted.
 */
export function articleNames(text: string, description: string, name: string): boolean {
  if (!/^(?:the|this|that)\s/iu.test(description.trim())) return false;
  const head = headNoun(description);
  const surname = nameTokens(name).at(-1);
  if (!head || !surname || head.length < 3) return false;
  // Either case for every letter (tokens are lowercase; "McConnell"), other characters escaped.
  const word = (w: string) =>
    [...w]
      .map((c) =>
        c.toUpperCase() !== c
          ? `[${c.toUpperCase()}${c}]`
          : c.replace(/[.*+?^${}()|[\]\\]/u, '\\$&'),
      )
      .join('');
  // A title may be abbreviated before the name ("Florida Sen. Ana Lima" = "the Florida senator").
  const short = TITLE_ABBREVIATIONS[head];
  const h = short ? `(?:${word(head)}|${word(short)}\\.?)` : word(head);
  const n = word(surname);
  const title = new RegExp(`\\b${h}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${n}\\b`, 'u');
  const appositive = new RegExp(
    `\\b${n}(?:['’]s)?\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,${APPOSITIVE_WORDS}}${h}\\b`,
    'u',
  );
  return title.test(text) || appositive.test(text);
}
const contains = (a: string[], b: string[]): boolean =>
  ` ${a.join(' ')} `.includes(` ${b.join(' ')} `);
/** A description, not a name: lowercase, or opened by a determiner ("The president", "One aide"). */
const isDescription = (gold: string): boolean =>
  /^\p{Ll}/u.test(gold.trim()) ||
  /^(?:the|a|an|one|two|three|another|some|several|many|these|those)\s/iu.test(gold.trim());

/**
 * The heads an annotated span names its speaker by, as the bake-off (scripts/bakeoff-nlp.ts)
 * reads them: the span cut before an appositive, a parenthesis, a dash or "who" ("Jackson, the
 * delegate from Maine" → "Jackson"), plus a name set off after a role ("Florida's attorney
 * general, Pam Bondi" → "Pam Bondi"), plus the whole span.
 */
function goldHeads(gold: string): string[] {
  const parts = gold.split(/\s*(?:,|\(|\s[—–-]+\s|\s--\s|\swho\s|\swhich\s)\s*/u);
  const head = parts[0] ?? gold;
  // "Mr. Ward of the Harbour Trust" names Mr. Ward: a name followed by the body it belongs to
  // ("of the": "Bank of Lisbon" is one name).
  const affiliated = /^((?:\p{Lu}[\p{L}'’.-]*\s){1,4})of\sthe\s/u.exec(`${head} `)?.[1]?.trim();
  const named = parts
    .slice(1)
    .filter((x) => /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u.test(x.trim()))
    .map((x) => x.trim());
  return [...new Set([head, ...(affiliated ? [affiliated] : []), ...named, gold])].filter(
    (x) => x !== '',
  );
}

/** The head noun of a description: its last word before a preposition or relative word. */
function headNoun(description: string): string | undefined {
  const t = tokens(description);
  const end = t.findIndex((w, i) => i > 0 && HEAD_END.has(w));
  return (end > 0 ? t.slice(0, end) : t).at(-1);
}

/**
 * Lenient speaker match, as the PolNeAR README advises: same name or one inside the other, same
 * surname, titles ignored; a description matches on its head noun, in the name or the role.
 */
export function sameSpeaker(
  gold: string | null,
  predicted: Quote | null,
  articleText = '',
): boolean {
  const name = predicted?.speaker ?? null;
  if (gold === null || name === null) return gold === name;
  return goldHeads(gold).some(
    (head) =>
      sameAs(head, name, predicted?.speakerRole ?? null) ||
      (articleText !== '' && articleNames(articleText, head, name)),
  );
}

/** Short words an organisation's initials skip ("Bureau of Harbour Safety" = "BHS"). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * Whether the gold names the predicted organisation by its initials ("the HTU board" for
 * "Harbour Trade Union"): an abbreviation is the same name, so the same speaker. The predicted
 * name needs at least two capitalized words, every one giving its initial.
 */
export function abbreviates(gold: string, name: string): boolean {
  const words = name.split(/\s+/u).filter((w) => w !== '' && !INITIALS_SKIP.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const initials = words.map((w) => w[0]).join('');
  return gold.split(/[\s'’]+/u).some((w) => w === initials);
}

/** One annotated head against a predicted speaker and role. */
function sameAs(gold: string, name: string, role: string | null): boolean {
  const g = nameTokens(gold);
  const p = nameTokens(name);
  if (g.length === 0 || p.length === 0) return false;
  if (contains(g, p) || contains(p, g)) return true;
  if (abbreviates(gold, name)) return true;
  if (isDescription(gold)) {
    const head = headNoun(gold);
    const said = [...p, ...tokens(role ?? '')];
    return head !== undefined && said.includes(head);
  }
  return /^\p{Lu}/u.test(gold.split(/\s+/).at(-1) ?? '') && g.at(-1) === p.at(-1);
}

type Category =
  | 'quote missed (short)'
  | 'quote missed (longer)'
  | 'extra: quoted text annotators call no quote'
  | 'extra: other'
  | 'speaker wrong (gold is a name)'
  | 'speaker wrong (gold is a description)'
  | 'speaker missing (gold is a name)'
  | 'speaker missing (gold is a description)'
  | 'speaker missing (gold is a pronoun)';

export interface QuoteScore {
  id: string;
  group: string;
  gold: number;
  predicted: number;
  /** Predictions that match at least one gold quote (precision's numerator). */
  matchedPredicted: number;
  /** Gold quotes matched (recall's numerator). */
  matched: number;
  speakerScored: number;
  speakerRight: number;
  coverable: number;
  covered: number;
  errors: { category: Category; detail: string }[];
  /** Unmatched predictions that only repeat a gold quote's words (optional, not scored). */
  optional: string[];
}

/** Share of a gold segment's distinct tokens a prediction must hold to cover it (unit: share 0–1). */
const SPAN_CONTAINMENT = 0.8;

/**
 * ANNOTATION.md: "a tool quote spanning several adjacent gold segments matches each" (“X,” she
 * said, “Y.” is two gold segments; a tool may give one quote). An unmatched gold segment next
 * to a matched one is matched to the same prediction when that prediction holds its tokens.
 */
function spanAdjacent(
  gold: GoldQuote[],
  predicted: Quote[],
  matches: (number | null)[],
): (number | null)[] {
  const out = [...matches];
  const holds = (g: GoldQuote, p: Quote): boolean => {
    const inP = new Set(tokens(p.text));
    const t = [...new Set(tokens(g.text))];
    return t.length > 0 && t.filter((w) => inP.has(w)).length / t.length >= SPAN_CONTAINMENT;
  };
  let changed = true;
  while (changed) {
    changed = false;
    gold.forEach((g, i) => {
      if (out[i] !== null && out[i] !== undefined) return;
      for (const j of [i - 1, i + 1]) {
        const m = out[j];
        const p = m === null || m === undefined ? undefined : predicted[m];
        if (p && holds(g, p)) {
          out[i] = m ?? null;
          changed = true;
          return;
        }
      }
    });
  }
  return out;
}

/** Share of a prediction's distinct tokens inside a gold quote from which it repeats it (0–1). */
const REPEAT_CONTAINMENT = 0.8;

/**
 * Whether an unmatched prediction is one ANNOTATION.md calls optional: a subhead repeating a
 * gold quote (its paragraph is only the quotation), or the author re-quoting a fragment of a
 * gold quote after it (fewer words, later than the prediction that matched that gold quote).
 * Nearly all its distinct tokens must be inside that gold quote.
 */
function isOptionalRepeat(
  p: Quote,
  summary: OkSummary,
  gold: GoldQuote[],
  predicted: Quote[],
  matches: (number | null)[],
): boolean {
  const t = [...new Set(tokens(p.text))];
  if (t.length === 0) return false;
  const paragraph = summary.paragraphs[summary.sentences[p.sentence]?.paragraph ?? -1] ?? '';
  const subhead = tokens(paragraph).join(' ') === tokens(p.text).join(' ');
  return gold.some((g, i) => {
    const inG = new Set(tokens(g.text));
    if (t.filter((w) => inG.has(w)).length / t.length < REPEAT_CONTAINMENT) return false;
    if (subhead) return true;
    const m = matches[i];
    const first = m === null || m === undefined ? undefined : predicted[m];
    return first !== undefined && first.sentence < p.sentence && t.length <= inG.size;
  });
}

/** Shared distinct tokens over all distinct tokens of both texts (unit: share 0–1). */
function jaccard(a: string, b: string): number {
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  const union = ta.size + tb.size - common;
  return union === 0 ? 0 : common / union;
}

/**
 * Pairs gold and predicted quotes one-to-one, best pairs first. ANNOTATION.md: a prediction
 * matches the gold quote it reproduces. `overlap` (over the shorter quote, ≥ MATCH_OVERLAP)
 * decides which pairs may match; among them the pair sharing the larger share of both quotes'
 * tokens (Jaccard) goes first, then story order. `overlap` alone would tie a short gold fragment
 * inside a long prediction with the long gold quote that prediction reproduces, and pairing in
 * gold order would hand the prediction to whichever came first. A gold quote left unmatched
 * then takes a prediction whose gold quote can move to another prediction it matches, so
 * pairing best first never matches fewer gold quotes than any one-to-one pairing could.
 */
export function pairQuotes(
  gold: { text: string }[],
  predicted: { text: string }[],
): (number | null)[] {
  const pairs: { g: number; p: number; score: number; both: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const score = overlap(g.text, p.text);
      if (score >= MATCH_OVERLAP)
        pairs.push({ g: gi, p: pi, score, both: jaccard(g.text, p.text) });
    });
  });
  pairs.sort((a, b) => b.both - a.both || b.score - a.score || a.g - b.g || a.p - b.p);
  const out: (number | null)[] = gold.map(() => null);
  const holder = new Map<number, number>();
  for (const { g, p } of pairs) {
    if (out[g] !== null || holder.has(p)) continue;
    out[g] = p;
    holder.set(p, g);
  }
  // One-to-one still means as many matches as possible: an unmatched gold quote takes a
  // prediction whose gold quote can move to another prediction it also matches.
  const options = gold.map((_, gi) => pairs.filter((x) => x.g === gi).map((x) => x.p));
  const reassign = (g: number, seen: Set<number>): boolean => {
    for (const p of options[g] ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      const other = holder.get(p);
      if (other === undefined || reassign(other, seen)) {
        out[g] = p;
        holder.set(p, g);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, g) => {
    if (out[g] === null) reassign(g, new Set());
  });
  return out;
}

/** Scores one article's predicted quotes against its gold quotes. */
export function scoreQuotes(article: EvalArticle, summary: OkSummary): QuoteScore {
  const all = summary.quotes;
  const predicted = article.scoresPartials ? all : all.filter((q) => !q.partial);
  const gold = article.quotes ?? [];
  const matches = spanAdjacent(gold, predicted, pairQuotes(gold, predicted));
  const score: QuoteScore = {
    id: article.id,
    group: article.group,
    gold: gold.length,
    predicted: predicted.length,
    matchedPredicted: new Set(matches.filter((m) => m !== null)).size,
    matched: 0,
    speakerScored: 0,
    speakerRight: 0,
    coverable: 0,
    covered: 0,
    errors: [],
    optional: [],
  };
  const articleText = article.story.paragraphs.join('\n');
  const error = (category: Category, detail: string): void => {
    score.errors.push({ category, detail });
  };
  gold.forEach((g: GoldQuote, i) => {
    const index = matches[i];
    const p = index === null || index === undefined ? undefined : predicted[index];
    const excerpt = `“${g.text.slice(0, 70)}”`;
    if (!p) {
      const short = tokens(g.text).length <= SHORT_QUOTE_WORDS;
      error(
        short ? 'quote missed (short)' : 'quote missed (longer)',
        `${excerpt} (${g.speaker ?? g.span})`,
      );
      return;
    }
    score.matched++;
    if (g.resolution !== 'none') {
      score.coverable++;
      if (p.speaker !== null) score.covered++;
    }
    const kind = g.speaker !== null && isDescription(g.speaker) ? 'description' : 'name';
    if (g.resolution === 'pronoun' && p.speaker === null) {
      error('speaker missing (gold is a pronoun)', `${excerpt} (${g.span})`);
    }
    if (g.resolution !== 'name' || (g.speaker !== null && namesNobody(g.speaker))) return;
    score.speakerScored++;
    if (sameSpeaker(g.speaker, p, articleText)) score.speakerRight++;
    else if (p.speaker === null)
      error(`speaker missing (gold is a ${kind})`, `${excerpt} gold ${g.speaker}`);
    else
      error(`speaker wrong (gold is a ${kind})`, `${excerpt} gold ${g.speaker}, got ${p.speaker}`);
  });
  const used = new Set(matches.filter((m): m is number => m !== null));
  const notQuotes = article.notQuotes ?? [];
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    if (isOptionalRepeat(p, summary, gold, predicted, matches)) {
      // ANNOTATION.md lists "a subhead repeating a quote" and "the author re-quoting a fragment
      // just quoted" as optional: neither a miss when absent nor a false positive when present.
      score.predicted--;
      score.optional.push(`“${p.text.slice(0, 70)}”`);
      return;
    }
    const listed = notQuotes.some((n) => overlap(n, p.text) >= MATCH_OVERLAP);
    error(
      listed ? 'extra: quoted text annotators call no quote' : 'extra: other',
      `“${p.text.slice(0, 70)}” (${p.speaker})`,
    );
  });
  return score;
}

export interface QuoteTotals {
  articles: number;
  gold: number;
  precision: number;
  recall: number;
  speakerAccuracy: number;
  speakerCoverage: number;
}

/** The totals line and, per group, the same numbers; error counts by category. */
export function reportQuotes(
  scores: QuoteScore[],
  verbose: boolean,
): { lines: string[]; totals: QuoteTotals } {
  const lines: string[] = [];
  const totals = (xs: QuoteScore[]): QuoteTotals => {
    const matched = sum(xs, (s) => s.matched);
    return {
      articles: xs.length,
      gold: sum(xs, (s) => s.gold),
      precision:
        sum(xs, (s) => s.matchedPredicted) /
        Math.max(
          1,
          sum(xs, (s) => s.predicted),
        ),
      recall:
        matched /
        Math.max(
          1,
          sum(xs, (s) => s.gold),
        ),
      speakerAccuracy:
        sum(xs, (s) => s.speakerRight) /
        Math.max(
          1,
          sum(xs, (s) => s.speakerScored),
        ),
      speakerCoverage:
        sum(xs, (s) => s.covered) /
        Math.max(
          1,
          sum(xs, (s) => s.coverable),
        ),
    };
  };
  const row = (label: string, xs: QuoteScore[]): string => {
    const t = totals(xs);
    return `${label.padEnd(36)} ${String(t.articles).padStart(4)} ${String(t.gold).padStart(5)}  ${t.precision.toFixed(3)}  ${t.recall.toFixed(3)}  ${t.speakerAccuracy.toFixed(3)}  ${t.speakerCoverage.toFixed(3)}`;
  };
  lines.push(`${'group'.padEnd(36)} arts  gold  P      R      spk-acc spk-cov`);
  const groups = [...new Set(scores.map((s) => s.group))].sort();
  if (groups.length > 1 || verbose) {
    for (const g of groups)
      lines.push(
        row(
          g,
          scores.filter((s) => s.group === g),
        ),
      );
  }
  if (verbose) {
    for (const s of scores) {
      lines.push(
        `${s.id}: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}, speakers ${ratio(s.speakerRight, s.speakerScored)}`,
      );
      for (const e of s.errors) lines.push(`  ${e.category}: ${e.detail}`);
      for (const o of s.optional) lines.push(`  optional, repeats a gold quote: ${o}`);
    }
  }
  lines.push(row('TOTAL', scores));
  const counts = new Map<string, number>();
  for (const s of scores)
    for (const e of s.errors) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  lines.push('', 'errors by category:');
  for (const [category, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    lines.push(`  ${String(n).padStart(5)}  ${category}`);
  }
  return { lines, totals: totals(scores) };
}
