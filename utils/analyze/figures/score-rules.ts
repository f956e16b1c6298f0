/**
 * Scores and vote tallies ("beat the Hawks 3-1", "voted 6-1 to approve the budget"): a tally
 * says nothing without who played whom or who voted on what, and the generic verb rows read it
 * as a bare number ("number the Rovers beat"). The row names both sides as the sentence writes
 * them. Evidence (2026-12-03): a vote tally in the news-figures dev set and two council votes in
 * the golden fixtures read "number the … voted"; invented match reports read "number the Rovers
 * beat" (tests/unit/figures-score.test.ts).
 */
import { CONTEST_VERBS, TALLY_VERBS } from '../lexicon/figure-shapes';
import { alternation } from '../lexicon/words';
import type { MeasureRule } from './describe';
import { dropTrailingFunctionWords, phraseAfter, phraseBefore, wordsOf } from './grammar';

/** A tally: two whole numbers joined by a dash or "to" ("3-1", "52 to 48"). */
const TALLY = /^\d{1,3}\s*(?:-|–|\sto\s)\s*\d{1,3}$/u;
/** The contest or vote verb nearest the figure, with what stands between them (no clause break). */
const VERB_BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])(${alternation([...CONTEST_VERBS, ...TALLY_VERBS])})\s+([^,;:—–()"“”]{0,40}?)\s*$`,
  'iu',
);
const TALLY_VERB = new RegExp(`^(?:${alternation(TALLY_VERBS)})$`, 'iu');
/** The side a score is against, after the figure ("to the Hawks", "with the Hawks", "over …"). */
const OPPONENT_AFTER = /^\s+(to|with|against|over|in)\s+(.*)/u;
/** What a vote was for, after the figure and an optional time ("earlier this week to keep …"). */
const VOTE_AFTER =
  /^\s+(?:(?:on|this|last|earlier|late|early)\s+(?:\p{L}+\s+){0,2}?)?((?:to|against|for|on)\s+.*)/u;
/** Most words of the purpose kept (unit: words). */
const MAX_PURPOSE_WORDS = 7;

/** The words of `text` up to a clause break, at most `max`. */
function clip(text: string, max: number): string {
  const out: string[] = [];
  for (const { text: w } of wordsOf(text)) {
    if (/^[,;:()—–]$/u.test(w) || out.length >= max) break;
    // Articles go, as in every label ("to create stormwater utility").
    if (!/^(?:the|a|an)$/iu.test(w)) out.push(w);
  }
  // "to send the recommendation to the": a cut phrase never ends on a function word.
  dropTrailingFunctionWords(out);
  return out.join(' ');
}

export const SCORE_RULES: readonly MeasureRule[] = [
  {
    name: 'score-or-tally',
    example: {
      sentence: 'The Tarn Rovers beat the Halden Hawks 3-1 on Sunday.',
      figure: '3-1',
      measures: 'score as Tarn Rovers beat Halden Hawks',
    },
    apply: (ctx) => {
      if (!TALLY.test(ctx.bareValue.trim())) return null;
      const verb = VERB_BEFORE.exec(ctx.before);
      if (!verb?.[1]) return null;
      const lead = ctx.before.slice(0, verb.index);
      const subject = phraseBefore(wordsOf(lead)).replace(/^the\s+/iu, '');
      if (!subject) return null;
      if (TALLY_VERB.test(verb[1])) {
        const purpose = VOTE_AFTER.exec(ctx.right)?.[1] ?? '';
        const said = purpose ? clip(purpose, MAX_PURPOSE_WORDS) : '';
        return said.split(' ').length > 1 ? `vote of ${subject} ${said}` : `vote of ${subject}`;
      }
      const object = phraseAfter(verb[2] ?? '');
      const against = OPPONENT_AFTER.exec(ctx.right);
      const opponent = against?.[2] ? phraseAfter(against[2]) : '';
      const tail = opponent ? ` ${against?.[1]} ${opponent}` : '';
      return `score as ${subject} ${verb[1]}${object ? ` ${object}` : ''}${tail}`;
    },
  },
];
