/**
 * Who a story relies on: named people who speak or are quoted, organizations cited as sources,
 * and anonymous sources with their descriptions. Counting rules:
 * - named: mentions = sentences that name the person (any form of the name); quotes = quotes
 *   (full and partial) attributed to them.
 * - organization and anonymous: mentions = sentences that cite them.
 */
import type { Quote, Source } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import { SPEECH_VERBS } from '../lexicon';
import { SourceBook } from './book';
import { PHRASE_RULES, SENTENCE_RULES, type SourceContext, type SourceRule } from './rules';

/**
 * The source phrase of an attribution: "according to two officials" → "two officials",
 * "Executives admitted" → "Executives", "and experts" → "experts", "by the IAEA, Crowley" →
 * "Crowley" (a prepositional phrase before the comma belongs to the clause, not the source).
 */
function sourcePhrase(attribution: string): string {
  return attribution
    .replace(
      /^(?:according to|as reported by|as per(?: insights| information)? from|as per|citing|as told to)\s+/iu,
      '',
    )
    .replace(/^(?:and|or|but|while|as|when|whereas)\s+/iu, '')
    .replace(/^(?:by|from|to|with|for|of|in|on|at|under)\s[^,]*,\s*/iu, '')
    .replace(
      /\s+(?:has\s+|have\s+|had\s+)?(?:publicly\s+|also\s+|later\s+|earlier\s+|then\s+|now\s+|previously\s+|again\s+|\p{Ll}+ly\s+)?([\p{Ll}]+)(?:\s+\p{Lu}\S*)?$/u,
      (tail, verb: string) => (SPEECH_VERBS.has(verb) ? '' : tail),
    )
    .replace(/\s+(?:later|earlier|then|now|previously|again|also)$/iu, '')
    .trim();
}

/** Finds the sources a story cites, most cited first (quotes, then mentions, then position). */
export function findSources(
  doc: AnnotatedDocument,
  quotes: Quote[],
  rules: { phrase: SourceRule<string>[]; sentence: SourceRule<string>[] } = {
    phrase: PHRASE_RULES,
    sentence: SENTENCE_RULES,
  },
): Source[] {
  const ctx: SourceContext = { doc, book: new SourceBook() };
  // Named people and unnamed sources that speak in quotes.
  for (const q of quotes) {
    if (!q.speaker) continue;
    const named = doc.people.names.includes(q.speaker);
    ctx.book.add(q.speaker, named ? 'named' : 'anonymous', q.speakerRole, q.sentence).quotes++;
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
  return ctx.book.sources(doc, quotes);
}
