/**
 * A count of part of a group the sentence names first: "Of the 300 applicants, 45 were
 * accepted", "Out of 4,000 pupils, 1,310 stayed home on Friday". The bare number counts members
 * of that group, and what the clause says of them says which; without this row the label kept
 * only the predicate ("stayed home on Friday", clause-gist), losing whom it counts. A row of
 * `MEASURE_RULES`, run before the verb rows.
 */
import type { MeasureRule } from './describe';
import { FUNCTION_WORDS } from './grammar';

/** "Of the 300 applicants, ", "Out of some 4,000 pupils, ": the group, opening the sentence. */
const FRONTED_WHOLE =
  /^(?:Out\s+of|Of)\s+(?:the\s+|all\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+((?:\p{L}[\p{L}’'-]*\s+){0,3}\p{L}[\p{L}’'-]*),\s*$/u;
/** Auxiliaries before the predicate, dropped ("were absent" → "absent"). */
const AUXILIARY = /^(?:were|was|are|is|had|have|has|been|be|would|will|could|did)$/u;
/** Most words of the predicate kept (unit: words). */
const MAX_PREDICATE_WORDS = 5;

/** The part-of-whole rows, in order. */
export const PART_OF_WHOLE_RULES: readonly MeasureRule[] = [
  {
    // "Of the 3,000 applicants, 1,250 were accepted": the group and what the clause says of the part.
    name: 'part-of-fronted-whole',
    example: {
      sentence: 'Of the 3,000 applicants, 1,250 were accepted on Friday.',
      figure: '1,250',
      measures: 'applicants accepted on Friday',
    },
    apply: (ctx) => {
      if (ctx.countedNoun || ctx.category !== 'number') return null;
      const group = FRONTED_WHOLE.exec(ctx.before)?.[1];
      if (!group) return null;
      const words = (/^\s+([^,.;:()—–]+)/u.exec(ctx.right)?.[1] ?? '').split(/\s+/u);
      let k = 0;
      while (k < words.length && AUXILIARY.test(words[k] ?? '')) k++;
      const predicate = words.slice(k, k + MAX_PREDICATE_WORDS);
      while (predicate.length > 0 && FUNCTION_WORDS.has(predicate.at(-1)?.toLowerCase() ?? ''))
        predicate.pop();
      return [group, ...predicate].join(' ').trim();
    },
  },
];
