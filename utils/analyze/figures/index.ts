/*
 * Figures: quantities a reader may want to check (percentages, money, measures, counts).
 *
 * How it works, per sentence:
 * 1. Mask spans that contain digits but are not figures: phone numbers, clock and race times,
 *    dates, time compounds used as adjectives ("10-year note", "five-year average") (`patterns.ts`).
 * 2. Scan the masked text with one pattern (qualifier, currency, number, scale, unit or counted
 *    noun, range tail, rate) and keep the verbatim slice of the original sentence.
 * 3. Drop what is a name or a bare number: years, ages ("aged 45", "Tusk, 66,"), ordinals,
 *    identifiers glued to letters ("COVID-19", "G7", "H100"), bare integers with no unit
 *    (the `DROP_RULES` table in `scan.ts`).
 * 4. Describe each figure with a short phrase built from the clause grammar (the counted noun,
 *    the "of X" complement, the verb and its subject), never from story-specific words (the
 *    `COUNTED_RULES` and `MEASURE_RULES` tables).
 *
 * Decision: "one" is never a figure ("one source", "one of the most"): a singular determiner
 * carries no quantity a reader would check, and it is far more often a pronoun or an idiom.
 */
import type { Figure, FigureKind, Quote, Sentence } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import { compactAlternations } from '../regex-trie';
import { relabelBackReferences } from './backref-rules';
import {
  checkFigures,
  CHECK_HEADLINE as HEADLINE_SENTENCE,
  CHECK_STANDFIRST as STANDFIRST_SENTENCE,
} from './checks';
import { COUNTED_RULES } from './counted-rules';
import { applyRules, measureContext } from './describe';
import { completeListHolders } from './holder-list-rules';
import { holderCompleter } from './holder-rules';
import { MEASURE_RULES } from './measure-rules';
import {
  CURRENCY_PREFIX,
  FIGURE_PATTERN,
  FIGURE_START,
  MAY_HOLD_FIGURE,
  mask,
  QUALIFIER_ONLY,
  unitCategory,
} from './patterns';
import { spellOutAcronyms } from './referent-acronyms';
import { fullFirstNames, fullNamesInList } from './referent-first-names';
import { referentNamer } from './referents';
import { relateFigures } from './relations';
import { type Candidate, classify, dropRule, moneyByVerb } from './scan';
import { nameSpeakers } from './speaker-rules';
import { carryWhen } from './when-carry-rules';
import { addWhen } from './when-rules';
import { addWhere } from './where-rules';

/**
 * A figure with the name of the rule that described it and its offsets in its sentence, or a
 * dropped match and its drop rule.
 */
export type FigureTrace =
  | { figure: Figure; rule: string; start: number; end: number }
  | { dropped: string; sentence: number; rule: string };
/** A kept figure with its offsets in its sentence. */
export type LocatedFigure = Extract<FigureTrace, { figure: Figure }>;

const LEADING_CURRENCY = new RegExp(`^${CURRENCY_PREFIX}\\s?`);

function previousKey(kind: FigureKind, value: string): string {
  return `${kind}|${unitCategory(value) ?? ''}`;
}

/** The candidate a match makes, or null when the match is empty or only qualifiers. */
function candidateOf(text: string, masked: string, match: RegExpExecArray): Candidate | null {
  const groups = match.groups ?? {};
  let start = match.index;
  const end = start + match[0].length;
  const qual = groups.qual ?? '';
  if (masked.slice(start, end).trim() === '') return null;
  if (qual && !groups.range1 && !groups.range2 && /^between\s$/i.test(qual)) start += qual.length;
  const value = text.slice(start, end);
  if (
    value.trim() === '' ||
    (QUALIFIER_ONLY.test(value) && value.replace(QUALIFIER_ONLY, '') === '')
  )
    return null;
  const amount = groups.amount ?? groups.part ?? '';
  return {
    groups,
    value,
    core: amount.replace(LEADING_CURRENCY, ''),
    qual,
    kind: moneyByVerb(classify(groups, value), groups, text.slice(0, start)),
    before: text.slice(0, start),
    after: text.slice(end),
  };
}

/** Where a figure may be: a digit, a currency sign or a number word (MAY_HOLD_FIGURE, every hit). */
const FIGURE_ANCHOR = new RegExp(compactAlternations(MAY_HOLD_FIGURE.source, 'gu'), 'gu');
/** FIGURE_START with its word lists as prefix trees (regex-trie.ts). */
const START_AT = new RegExp(compactAlternations(FIGURE_START.source, 'uy'), 'uy');
/** FIGURE_PATTERN tried at one position only (its word lists as prefix trees: regex-trie.ts). */
const FIGURE_AT = new RegExp(compactAlternations(FIGURE_PATTERN.source, 'uy'), 'uy');
/**
 * How far before its number word or digit a figure can start: the longest qualifier and currency
 * prefix ("An average of US$ 4") are well within it (unit: characters).
 */
const REACH_BACK = 48;

/**
 * The matches `masked.matchAll(FIGURE_PATTERN)` gives, found faster: every figure holds an anchor
 * within REACH_BACK characters of its start, so only the positions just before an anchor are
 * tried, leftmost first, as the global scan would. On a long read most of a sentence's word
 * starts are far from any number, and trying the whole pattern there was the figures stage's
 * main cost (speed budget: a 25,000-word story analyzed in under 1 s).
 */
function* figureMatches(masked: string): Generator<RegExpExecArray> {
  let from = 0;
  for (const anchor of masked.matchAll(FIGURE_ANCHOR)) {
    const at = anchor.index;
    if (at < from) continue;
    for (let start = Math.max(from, at - REACH_BACK); start <= at; start++) {
      START_AT.lastIndex = start;
      if (!START_AT.test(masked)) continue;
      FIGURE_AT.lastIndex = start;
      const match = FIGURE_AT.exec(masked);
      if (!match || match[0] === '') continue;
      yield match;
      from = start + match[0].length;
      break;
    }
  }
}

/** Most words between two figures for the second to continue the first's label (unit: words). */
const CONTINUATION_MAX_WORDS = 20;

/** The figures of one sentence, each traced to its rule, dropped matches included. */
function traceSentence(sentence: Sentence, seen: Map<string, number>, out: FigureTrace[]): void {
  const text = sentence.text;
  // What the previous figure of the same kind and unit measures: "rose 5% in March and 7% in
  // April". A duration never inherits a length ("a 1,000-foot ship … in 22 years").
  const previous = new Map<string, string>();
  let lastEnd = 0;
  if (!MAY_HOLD_FIGURE.test(text)) return;
  const masked = mask(text);
  for (const match of figureMatches(masked)) {
    const c = candidateOf(text, masked, match);
    if (!c) continue;
    const dropped = dropRule(c);
    if (dropped) {
      out.push({ dropped: c.value, sentence: sentence.index, rule: dropped });
      continue;
    }
    const { groups, kind } = c;
    let value = c.value;
    if (kind === 'money' && groups.noun)
      value = value.slice(0, value.length - groups.noun.length - (groups.rate?.length ?? 0));
    value = value.trimEnd();
    const nounText = groups.noun ?? groups.partNoun ?? groups.vagueNoun;
    let countedNoun: string | null = null;
    if (nounText && kind === 'count') countedNoun = nounText.trim();
    if (groups.partNoun) countedNoun = nounText?.trim() ?? null;
    const start = c.before.length;
    const previousOfKind = previousKey(kind, value);
    // "… at 25bp, but overall …: a large part (29%) …": a figure far from the last one, or past a
    // colon, is no continuation of it.
    const gap = text.slice(lastEnd, start);
    if (gap.includes(':') || gap.split(/\s+/u).length > CONTINUATION_MAX_WORDS) previous.clear();
    lastEnd = start + value.length;
    const ctx = measureContext(
      text,
      start,
      start + value.length,
      kind,
      countedNoun,
      previous.get(previousOfKind),
    );
    let { measures, rule } = applyRules(countedNoun ? COUNTED_RULES : MEASURE_RULES, ctx);
    // "three times as likely", "five times": the multiplier, said whole.
    if (/\btimes$/.test(value) && rule !== 'multiple-as-compared') {
      const as = /^\s+as\s+([a-z]+)/.exec(c.after);
      measures = as ? `times as ${as[1]}` : measures.replace(/^times\b/, 'number of times');
      rule = `${rule}+times`;
    }
    if (kind !== 'count') previous.set(previousOfKind, measures);
    // "eight of the 48 workers": the whole is a figure of its own; a relative clause after the
    // noun ("the 48 workers she hired") says which whole.
    const whole = groups.whole?.trim();
    if (whole && countedNoun) {
      const at = start + value.indexOf(whole);
      const which = rule === 'counted-relative-clause' ? measures : countedNoun;
      out.push({
        figure: { sentence: sentence.index, value: whole, measures: which, kind: 'count' },
        rule: 'whole-of-part',
        start: at,
        end: at + whole.length,
      });
    }
    // A figure the story repeats in a later sentence is listed once; two in one sentence are two
    // quantities ("sold $400bn of short bonds and bought $400bn of long ones").
    const key = `${value.toLowerCase()}|${measures.toLowerCase()}`;
    const seenIn = seen.get(key);
    if (seenIn !== undefined && seenIn !== sentence.index) continue;
    seen.set(key, sentence.index);
    out.push({
      figure: { sentence: sentence.index, value, measures, kind },
      rule,
      start,
      end: start + value.length,
    });
  }
}

/**
 * Figures found in story order, each with the rule that described it (and dropped matches with
 * theirs); a change or a conversion written across two matches is already one figure.
 */
export function traceFigures(sentences: Sentence[]): FigureTrace[] {
  const out: FigureTrace[] = [];
  const seen = new Map<string, number>();
  for (const sentence of sentences) traceSentence(sentence, seen, out);
  const related = relateFigures(out, sentences);
  relabelBackReferences(
    related.filter((t): t is LocatedFigure => 'figure' in t),
    sentences,
  );
  return related;
}

/** What the figures stage reads: the story's sentences, and its headline and standfirst to check them. */
export interface FigureInput {
  sentences: Sentence[];
  title?: string | null;
  excerpt?: string | null;
  /** The annotated story: its coreference lets labels name who a pronoun stands for. */
  doc?: AnnotatedDocument;
  /** The story's quotes: a label said in the first person inside one names its speaker. */
  quotes?: Quote[];
}

/**
 * Names the person or organisation a label's pronoun or description stands for ("amount she
 * spent" → "amount Lima spent"; `referents.ts`), appending the rule to the trace's.
 */
export function nameReferents(located: LocatedFigure[], doc: AnnotatedDocument): void {
  const name = referentNamer(doc);
  for (const t of located) {
    const sentence = doc.sentences[t.figure.sentence];
    if (!sentence) continue;
    const { measures, rule } = name(t.figure.measures, sentence, t.start);
    if (!rule) continue;
    t.figure.measures = measures;
    t.rule = `${t.rule}+${rule}`;
  }
  // "boost in FSP" → "boost in ferry support payments": the words the story spelled out before.
  for (const t of located) {
    const sentence = doc.sentences[t.figure.sentence];
    if (!sentence) continue;
    const { measures, rule } = spellOutAcronyms(
      t.figure.measures,
      doc.sentences,
      sentence,
      t.start,
    );
    if (!rule) continue;
    t.figure.measures = measures;
    t.rule = `${t.rule}+${rule}`;
  }
  // "Ana’s service" → "Ana Lima’s service": a first name alone, in full (`referent-first-names.ts`).
  for (const t of located) {
    const { measures, rule } = fullFirstNames(t.figure.measures, doc);
    if (!rule) continue;
    t.figure.measures = measures;
    t.rule = `${t.rule}+${rule}`;
  }
  // A label that leaves out whom its clause is about gets its holder (`holder-rules.ts`).
  const complete = holderCompleter(doc);
  for (const t of located) {
    const sentence = doc.sentences[t.figure.sentence];
    if (!sentence) continue;
    const { measures, rule } = complete(t.figure.measures, sentence, t.start, t.figure.value);
    if (!rule) continue;
    t.figure.measures = measures;
    t.rule = `${t.rule}+${rule}`;
  }
  // "400 employees, including about a dozen managers": the part takes the whole's holder.
  completeListHolders(
    located,
    doc.sentences.map((s) => s.text),
  );
}

/** The figures of a headline or standfirst, under the sentence index the contract gives it. */
function outsideFigures(text: string | null | undefined, index: number): LocatedFigure[] {
  if (!text?.trim()) return [];
  const out: FigureTrace[] = [];
  traceSentence({ index, paragraph: -1, text }, new Map(), out);
  return out.filter((t): t is LocatedFigure => 'figure' in t);
}

/**
 * Finds figures (counts, money, percentages, measures, ranges, changes) in story order, with what
 * each measures; a figure the headline, standfirst or its own parts contradict carries `check`.
 */
export function findFigures(input: Sentence[] | FigureInput): Figure[] {
  const { sentences, title, excerpt, doc, quotes } = Array.isArray(input)
    ? { sentences: input }
    : input;
  const located = traceFigures(sentences).filter((t): t is LocatedFigure => 'figure' in t);
  if (doc) nameReferents(located, doc);
  // "boats I still own" → "boats Pinto still owns": the quote's speaker (`speaker-rules.ts`).
  if (quotes) nameSpeakers(located, quotes, sentences, doc?.people.names);
  // "patrols at sea in Skye": the place named right after the label's last word.
  addWhere(located, sentences);
  // "Last year she sold …", "each year 800 families pay …": the time the clause gives before.
  addWhen(located, sentences);
  // "By May 2019, …. It had 40 boats": the time the sentence before set (`when-carry-rules.ts`).
  carryWhen(located, sentences);
  // "age of Lima" → "age of Ana Lima": a person in full at the first label naming them.
  if (doc) {
    const named = fullNamesInList(
      located.map((t) => t.figure.measures),
      doc,
    );
    located.forEach((t, i) => {
      const n = named[i];
      if (!n?.rule) return;
      t.figure.measures = n.measures;
      t.rule = `${t.rule}+${n.rule}`;
    });
  }
  checkFigures(located, sentences, [
    ...outsideFigures(title, HEADLINE_SENTENCE),
    ...outsideFigures(excerpt, STANDFIRST_SENTENCE),
  ]);
  return located.map((t) => t.figure);
}
