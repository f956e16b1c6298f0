/** The source phrase of an attribution, shared by the source rules and the claim attributions. */
import { SPEECH_VERBS } from '../lexicon';

/**
 * The source phrase of an attribution: "according to two officials" → "two officials",
 * "Executives admitted" → "Executives", "and experts" → "experts", "by the IAEA, Crowley" →
 * "Crowley" (a prepositional phrase before the comma belongs to the clause, not the source).
 */
export function sourcePhrase(attribution: string): string {
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
