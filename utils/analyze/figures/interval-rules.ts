/**
 * A duration that opens its clause and is counted from an event to the main clause ("Three
 * weeks after the storm hit, the town reopened its school"): the label names both ends. Without
 * it the label kept only the "after" clause ("time after storm") or a verb gist, and lost what
 * happened at the far end. These rows run first among the duration rows (`duration-rules.ts`).
 */
import type { MeasureRule } from './describe';
import { dropTrailingFunctionWords, FUNCTION_WORDS, wordsOf } from './grammar';

/** Most words kept of the "after" clause and of the main clause (unit: words). */
const MAX_END_WORDS = 8;
/** A date aside between the two clauses ("…, in 1985, a boy finished"). */
const DATE_ASIDE = /^(?:in|on|by)\s+[^,]*\d[^,]*,\s*/u;
/** Contracted modals and auxiliaries dropped from a clause ("they'll play" → "they play"). */
const CONTRACTION = /(\p{L})['’](?:ll|d|ve|re)\b/gu;

/** The first words of a clause up to punctuation or "and" + another verb, trimmed of function words at the end. */
function clauseWords(text: string): string[] {
  const out: string[] = [];
  let cut = false;
  for (const { text: w } of wordsOf(text.replace(CONTRACTION, '$1'))) {
    if (/^[,;:()—–-]$/u.test(w)) break;
    // "finished reading the biography and cried": a second verb phrase is left out.
    if (/^(?:and|but|while|because|so)$/iu.test(w) && out.length > 2) break;
    if (out.length >= MAX_END_WORDS) {
      cut = true;
      break;
    }
    out.push(w);
  }
  // "agreed to hand the keys of the old mill to": a phrase cut by the cap ends before its preposition.
  if (cut) {
    while (out.length > 0 && !FUNCTION_WORDS.has(out.at(-1)?.toLowerCase() ?? '')) out.pop();
  }
  dropTrailingFunctionWords(out);
  return out;
}

/** The duration rows counted from an event to the main clause, in order. */
export const INTERVAL_RULES: readonly MeasureRule[] = [
  {
    // "About 30 seconds after you finish, the music plays again": from the event to the main clause.
    name: 'time-after-event-until',
    example: {
      sentence: 'About 40 seconds after the alarm sounds, the heavy doors close on their own.',
      figure: 'About 40 seconds',
      measures: 'time after the alarm sounds until the heavy doors close on their own',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration' || !/(?:^|,)\s*$/u.test(ctx.before)) return null;
      const m = /^\s+after\s+([^,;:—–()]+),\s*(.*)$/u.exec(ctx.right);
      if (!m?.[1] || !m[2]) return null;
      const event = clauseWords(m[1]);
      const main = clauseWords(m[2].replace(DATE_ASIDE, ''));
      // The event needs more than a word, and the main clause a subject and a verb.
      const content = (list: string[]) => list.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
      if (event.length < 2 || main.length < 2 || content(main).length < 2) return null;
      return `time after ${event.join(' ')} until ${main.join(' ')}`;
    },
  },
];
