/**
 * Who a story relies on: named people who speak or are quoted, organizations cited as sources,
 * and anonymous sources with their descriptions. Counting rules:
 * - named: mentions = sentences that name the person (any form of the name); quotes = quotes
 *   (full and partial) attributed to them.
 * - organization and anonymous: mentions = sentences that cite them.
 */
import type { Quote, Source } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import { SourceBook } from './book';
import { speakerKind } from './kind';
import { sourcePhrase } from './phrase';
import { PHRASE_RULES, SENTENCE_RULES, type SourceContext, type SourceRule } from './rules';

/** The entry a phrase rule cited last (read through a call: the rules set it). */
const lastCitedName = (ctx: SourceContext): string | undefined => ctx.book.lastCited?.name;

/** The rule tables findSources runs (tests run them with a row left out). */
export interface SourceRules {
  phrase: SourceRule<string>[];
  sentence: SourceRule<string>[];
}

const DEFAULT_RULES: SourceRules = { phrase: PHRASE_RULES, sentence: SENTENCE_RULES };

/** Finds the sources a story cites, most cited first (quotes, then mentions, then position). */
export function findSources(
  doc: AnnotatedDocument,
  quotes: Quote[],
  rules: SourceRules = DEFAULT_RULES,
): Source[] {
  return findCitedSources(doc, quotes, new Map(), rules).sources;
}

/**
 * The sources, and the source each claim is attributed to. `claimPhrases` holds each claim's
 * attribution phrase by sentence ("according to two officials", "Kremlin spokesperson Dmitry
 * Peskov", "these sources"): it is read by the same rules as every other source phrase, and the
 * claim's attribution is the `name` of the entry the rule took, or null when no rule took it as a
 * source (a pronoun, a predicate, a clause fragment) or the entry is not listed. So a claim
 * attribution is always a listed source or null (the contract, utils/summary.ts).
 */
export function findCitedSources(
  doc: AnnotatedDocument,
  quotes: Quote[],
  claimPhrases: ReadonlyMap<number, string> = new Map(),
  rules: SourceRules = DEFAULT_RULES,
): { sources: Source[]; claimSources: Map<number, string | null> } {
  const ctx: SourceContext = { doc, book: new SourceBook() };
  // Named people and unnamed sources that speak in quotes.
  // One kind per speaker, read at its first quote (a long story quotes the same few people).
  const kinds = new Map<string, Source['kind']>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const kind = kinds.get(q.speaker) ?? speakerKind(q.speaker, doc, q.sentence);
    kinds.set(q.speaker, kind);
    ctx.book.add(q.speaker, kind, q.speakerRole, q.sentence, true).quotes++;
  }
  doc.sentences.forEach((s, i) => {
    const phrases = [doc.attributions[i] ?? null, doc.speechSubjects[i] ?? null].filter(
      (x): x is string => x !== null,
    );
    for (const raw of new Set(phrases.map(sourcePhrase))) {
      rules.phrase.some((rule) => rule.apply(ctx, raw, s.index));
    }
    for (const rule of rules.sentence) rule.apply(ctx, doc.masked[i] ?? s.text, s.index);
  });
  const taken = new Map<number, string>();
  for (const [sentence, phrase] of claimPhrases) {
    ctx.book.lastCited = null;
    const raw = sourcePhrase(phrase);
    const took = rules.phrase.some((rule) => rule.apply(ctx, raw, sentence));
    const name = lastCitedName(ctx);
    if (took && name !== undefined) taken.set(sentence, name);
  }
  const sources = ctx.book.sources(doc, quotes);
  const listed = new Set(sources.map((source) => source.name));
  const claimSources = new Map<number, string | null>();
  for (const sentence of claimPhrases.keys()) {
    const name = taken.get(sentence);
    claimSources.set(sentence, name !== undefined && listed.has(name) ? name : null);
  }
  return { sources, claimSources };
}
