/**
 * A part of a whole and what that part is or does: "three out of every 20 pupils were absent",
 * "six out of 10 voters", "half of the tenants voted against the plan". The noun after the ratio
 * or fraction is what the share is of, and the predicate after it says which part; without
 * these rows the label was the noun alone (noun-after, share-of) or a phrase before the figure
 * ("figures show"). Rows of `MEASURE_RULES`, run before the shape rules (whose share-of row
 * still gives "share of spires" when no predicate follows).
 */
import { subjectVerbAsWritten } from './as-written';
import type { MeasureContext, MeasureRule } from './describe';
import { FUNCTION_WORDS, isDeterminer, isInflectedVerb, phraseAfter } from './grammar';

/** "three out of every 20", "six out of 10": the ratio's shape. */
const OUT_OF = /\bout\s+of\s+(?:every\s+)?[\d,]+$|\bout\s+of\s+(?:every\s+)?\p{Ll}+$/u;
/** "half of the", "two-thirds of", "Half the": a spelled fraction, then its whole. */
const FRACTION_OF =
  /^\s+(?:of\s+(?:(?:the|its|their|his|her|our|all)\s+)?|(?:the|its|their)\s+)(?=\p{L})/iu;
/** Most words of the predicate kept (unit: words). */
const MAX_PREDICATE_WORDS = 5;

/** The noun a part is of and what the part is or does, read from the words after the ratio. */
function partOf(text: string): { noun: string; predicate: string; verbal: boolean } | null {
  // "voters backed the plan": a past or present verb after the noun is no part of it.
  const nounWords = phraseAfter(text).split(' ');
  while (nounWords.length > 1 && isInflectedVerb(nounWords.at(-1) ?? '')) nounWords.pop();
  while (nounWords.length > 1 && /^\p{Ll}+ed$/u.test(nounWords.at(-1) ?? '')) nounWords.pop();
  // "dentists recommend": a bare word after a plural noun is its verb.
  const last = nounWords.at(-1) ?? '';
  if (nounWords.length > 1 && /s$/u.test(nounWords.at(-2) ?? '') && /^\p{Ll}+[^s]$/u.test(last))
    nounWords.pop();
  const noun = nounWords.join(' ');
  if (!noun || /^(?:is|are|was|were|has|have|had)\b/u.test(noun)) return null;
  const at = text.indexOf(noun);
  const rest = at < 0 ? '' : text.slice(at + noun.length);
  // "were absent from class last term", "approve of the deal": what the part is or does, up to
  // a clause break, at most a few words; a verb after the noun reads "that approve".
  const said = /^\s+((?:is|are|was|were)\s+)?([^,;:.—–()“”"]+)/u.exec(rest);
  const words =
    (said?.[2] ?? '')
      .split(/\s+(?:and|or|but|while|when|as|because|even|last|this|next)\b/u)[0]
      ?.trim()
      .split(/\s+/u)
      .filter((w) => w && !isDeterminer(w))
      .slice(0, MAX_PREDICATE_WORDS) ?? [];
  while (words.length > 0 && FUNCTION_WORDS.has(words.at(-1)?.toLowerCase() ?? '')) words.pop();
  const first = words[0] ?? '';
  // A verb opens the predicate: an inflected form, a past form, or a bare one after a plural
  // ("parents worry"); "the way through the game" has none.
  const verb =
    isInflectedVerb(first) ||
    /^\p{Ll}+ed$/u.test(first) ||
    (/s$/u.test(noun) && /^\p{Ll}+[^s]$/u.test(first));
  const opener = !said?.[1] && verb && !FUNCTION_WORDS.has(first) ? 'that ' : '';
  const predicate =
    words.length > 0 && /^\p{Ll}/u.test(first) && (opener || said?.[1] || FUNCTION_WORDS.has(first))
      ? `${opener}${words.join(' ')}`
      : '';
  return { noun, predicate, verbal: predicate !== '' && (opener !== '' || !!said?.[1]) };
}

/** "The club sold nine out of 10 seats": who did what to the part, as written, or "". */
function actedOn(ctx: MeasureContext): string {
  const agent = ctx.agent();
  return (agent ? subjectVerbAsWritten(ctx.before, agent) : null) ?? '';
}

/** The ratio rows, in order. */
export const RATIO_RULES: readonly MeasureRule[] = [
  {
    // "Three out of every 20 rural pupils were absent from class": the share of the noun after
    // the ratio, and the part its copula names.
    name: 'share-out-of',
    example: {
      sentence: 'Three out of every 20 rural pupils were absent from class last term.',
      figure: 'Three out of every 20',
      measures: 'share of rural pupils absent from class',
    },
    apply: (ctx) => {
      if (!OUT_OF.test(ctx.bareValue) || !/^\s+\p{L}/u.test(ctx.right)) return null;
      if (/^\s+of\b/u.test(ctx.right)) return null;
      const part = partOf(ctx.right);
      if (!part) return null;
      return [`share of ${part.noun}`, part.predicate, actedOn(ctx)].filter(Boolean).join(' ');
    },
  },
  {
    // "Half of the tenants voted against the plan": a spelled fraction of a noun, and what that
    // part did; without a predicate the share-of row answers.
    name: 'fraction-of-doing',
    example: {
      sentence: 'Half of the tenants voted against the new parking plan.',
      figure: 'Half',
      measures: 'share of tenants that voted against new parking plan',
    },
    apply: (ctx) => {
      if (ctx.kind !== 'percent' || /[\d%]|percent|point/u.test(ctx.bareValue)) return null;
      const whole = FRACTION_OF.exec(ctx.right);
      if (!whole) return null;
      const part = partOf(ctx.right.slice(whole[0].length - 1));
      if (!part?.verbal) return null;
      return `share of ${part.noun} ${part.predicate}`;
    },
  },
];
